/**
 * Quoted names and terms: not every quoted span is a claim. An outlet after `لـ` (`لـ"النهار"`), a movement after
 * its noun (`حركة "حماس"`, and `و"…"` after it), an operation, programme or title (`عملية "…"`, `the film "…"`),
 * a name the recogniser knows, a Title Case title in English, and a word or two in quotes where nobody is reported
 * speaking (scare quotes) are names or terms: the recogniser may use them, the quote list leaves them out.
 */
import { stripConj } from '../text/tokens';
import { TOWARD } from '../lexicon/ar/saying';
import { TITLE_SMALL } from '../lexicon/en/function-words';
import { AR_DESCRIBE, AR_NAME_NOUNS, AR_SPEECH_NOUNS, EN_NAME_NOUNS } from './lexicon';
import type { QuotedSpan } from './quoted-spans';
import type { Cues } from './speakers';
import { G_COLON, G_GLUED, type View } from './view';

const CLITIC = /^[لبوفك]{1,2}$/;
const PREP_CLITIC = /^[لبك][^ا]/;
const SENTENCE = /[.!?؟]\s/;

/** Token range `[first, last]` of a quoted span's words, or undefined where it holds none. */
export function tokenRange(v: View, q: QuotedSpan, from = 0): [number, number] | undefined {
  let a = from;
  while (a < v.n && v.s[a] < q.inner.start) a++;
  let b = a;
  while (b < v.n && v.e[b] <= q.inner.end) b++;
  return b > a ? [a, b - 1] : undefined;
}

/**
 * Whether the quoted span `q` (words `a..b`) is a name or term rather than a claim.
 * @param prevName whether the quoted span just before it, joined by `و`, was a name (`"فتح" و"حماس"`).
 */
export function isQuotedName(v: View, cues: Cues, q: QuotedSpan, a: number, b: number, prevName: boolean): boolean {
  const n = b - a + 1;
  const inner = v.text.slice(q.inner.start, q.inner.end);
  const sentence = SENTENCE.test(inner) || /[.!?؟]$/.test(inner);
  // one mention and nothing more
  if (v.men[a] >= 0 && v.men[a] === v.men[b]) return true;
  const ar = v.lang === 'ar';
  const p = a - 1;
  const glued = (v.gap[a] & G_GLUED) !== 0;
  if (p >= 0 && v.block[p] === v.block[a]) {
    const wp = v.w[p];
    if (ar && glued && CLITIC.test(wp)) {
      const last = wp[wp.length - 1];
      if (last === 'ل' && n <= 4) return true;
      if (last === 'ب' && n <= 3 && !describedBefore(v, cues, p)) return true;
      if ((last === 'و' || last === 'ف') && prevName) return true;
    }
    if (!sentence && n <= 6) {
      if (ar) {
        const x = stripConj(wp);
        // an indefinite noun names what follows (`حركة "حماس"`, `لصحيفة "هآرتس"`); a definite one is its subject
        // (`المنتدى "فتح …"`)
        if (AR_NAME_NOUNS.has(wp) || AR_NAME_NOUNS.has(x) || (PREP_CLITIC.test(x) && AR_NAME_NOUNS.has(x.slice(1))))
          return true;
        if (CLITIC.test(wp) && p > 0 && AR_NAME_NOUNS.has(stripConj(v.w[p - 1]))) return true;
      } else {
        if (EN_NAME_NOUNS.has(wp) && !(p > 0 && v.w[p - 1] === 'what')) return true;
        if (wp === 'as' && p > 0 && v.w[p - 1] === 'known') return true;
      }
    }
    if (n <= 3 && TOWARD.has(wp) && p > 0 && (AR_SPEECH_NOUNS.has(v.w[p - 1]) || cues.type[p - 1])) return true;
  }
  if (sentence || v.gap[a] & G_COLON) return false;
  // a word or two in quotes with nobody reported speaking in the sentence: a term, not a claim
  if (n <= 2) {
    const seg = v.seg[a];
    let cue = false;
    for (let k = v.segStart[seg]; k < v.segEnd[seg] && !cue; k++) if (cues.type[k] && v.inQ[k] < 0) cue = true;
    if (!cue) return true;
  }
  // an English title in Title Case (`"The Long Road Home"`), not right after a reporting verb
  if (!ar && n <= 6 && !(p >= 0 && cues.type[p])) {
    let title = true;
    for (let k = a; k <= b && title; k++)
      if (!v.cap[k] && !TITLE_SMALL.has(v.w[k]) && !/^\d/.test(v.w[k])) title = false;
    if (title && v.cap[a]) return true;
  }
  return false;
}

function describedBefore(v: View, cues: Cues, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 5); k--)
    if (AR_DESCRIBE.has(stripConj(v.w[k])) || AR_DESCRIBE.has(v.w[k]) || cues.lemma[k] === 'وصف') return true;
  return false;
}
