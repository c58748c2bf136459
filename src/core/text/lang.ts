/**
 * The article's language. Hamish reads Arabic and English; every other language is told apart so that it is left
 * alone rather than read as one of ours (Persian taken for Arabic gave `آنان` and `شرکت` as people; French and Czech
 * pages were read as English). The script decides first, then the function words of the languages that share it.
 */
import { ARABIC_SCRIPT_WORDS, LATIN_SCRIPT_WORDS } from '../lexicon/languages';
import type { Lang } from '../types';
import { isMostlyArabic } from './tokens';
import { fold } from './normalize';

/** Unicode ranges of the scripts that name a language on their own, the first that holds a letter wins a count. */
const SCRIPTS: [code: string, from: number, to: number][] = [
  ['arabic', 0x0600, 0x06ff],
  ['arabic', 0x0750, 0x077f],
  ['arabic', 0x08a0, 0x08ff],
  ['latin', 0x41, 0x5a],
  ['latin', 0x61, 0x7a],
  ['latin', 0xc0, 0x24f],
  ['ru', 0x0400, 0x04ff],
  ['el', 0x0370, 0x03ff],
  ['he', 0x0590, 0x05ff],
  ['hi', 0x0900, 0x097f],
  ['th', 0x0e00, 0x0e7f],
  ['ja', 0x3040, 0x30ff],
  ['zh', 0x4e00, 0x9fff],
  ['ko', 0xac00, 0xd7af],
];

/** How many sample words a language's fingerprint must hold before it outweighs the script's default. */
const MIN_HITS = 3;

/** The script most of the sample's letters are written in (`zh` for Han, `ja` where kana stand among them). */
function script(sample: string): string {
  const counts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    for (const [code, from, to] of SCRIPTS) {
      if (c >= from && c <= to) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  // Japanese writes Han beside its kana: any kana at all makes Han text Japanese.
  if ((counts.get('ja') ?? 0) > 0 && (counts.get('zh') ?? 0) > 0)
    counts.set('ja', counts.get('ja')! + counts.get('zh')!);
  let best = 'und';
  let most = 0;
  for (const [code, n] of counts) if (n > most) [best, most] = [code, n];
  return best;
}

/** The language whose function words the sample uses most, or `fallback` where none is used enough to tell. */
function byFunctionWords(sample: string, fingerprints: Record<string, Set<string>>, fallback: string): string {
  const tokens = fold(sample)
    .toLowerCase()
    .split(/[\s.,;:!?؟،؛"'«»()[\]{}]+/u);
  let best = fallback;
  let most = MIN_HITS - 1;
  for (const [code, set] of Object.entries(fingerprints)) {
    let hits = 0;
    for (const t of tokens) if (set.has(t)) hits++;
    if (hits > most) [best, most] = [code, hits];
  }
  return best;
}

/**
 * The language of a sample of text, as an ISO 639-1 code: `ar`, `fa`, `ur` for the Arabic script; `en`, `fr`, `de`,
 * … for the Latin script (English where no fingerprint tells); the script's main language for the others; `und`
 * where the sample has no letters.
 */
export function identifyLanguage(sample: string): string {
  const s = script(sample);
  if (s === 'arabic') return byFunctionWords(sample, ARABIC_SCRIPT_WORDS, 'ar');
  if (s === 'latin') return byFunctionWords(sample, LATIN_SCRIPT_WORDS, 'en');
  return s;
}

/** The language of an article where it is not one Hamish reads (its ISO code), else undefined. */
export function unreadLanguage(sample: string): string | undefined {
  const code = identifyLanguage(sample);
  return code === 'ar' || code === 'en' || code === 'und' ? undefined : code;
}

/** The article's language: the page's declaration where it names one we serve, else the script of the text. */
export function detectLang(declared: string | undefined, sample: string): Lang {
  const base = declared?.toLowerCase().split(/[-_]/)[0];
  const byScript: Lang = isMostlyArabic(sample) ? 'ar' : 'en';
  // A page may declare one language and carry an article in the other (Annahar's English edition under lang="ar").
  if ((base === 'ar' || base === 'en') && base === byScript) return base;
  return byScript;
}
