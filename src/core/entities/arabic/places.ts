/**
 * Places: the places the lexicon knows, anywhere, and a proper word after a settlement or trigger noun (`بلدة عيتا`,
 * `مخيم عين الحلوة`).
 */
import type { Proposal } from '../context';
import { adjacent } from '../../match/name-matcher';
import { isClaimed } from '../found';
import { COMMON } from '../../lexicon/ar/function-words';
import { PLACE_TRIGGERS, PLACES, SETTLEMENTS } from '../../lexicon/ar/places';
import { TITLES } from '../../lexicon/ar/titles';
import { placeInPhrase } from './place-words';
import { articleBefore, definite, isNisba, proposal, verbShaped, type View } from './view';

/** The lexicon's places: one-word names, and the rest of each longer name by its first word (longest first). */
const SINGLE_PLACES = new Set<string>();
const MULTI_PLACES = new Map<string, string[][]>();
for (const p of PLACES) {
  const [first, ...rest] = p.split(' ');
  if (!rest.length) SINGLE_PLACES.add(first);
  else
    MULTI_PLACES.set(
      first,
      [...(MULTI_PLACES.get(first) ?? []), rest].sort((a, b) => b.length - a.length),
    );
}

/** The lexicon place that starts at token `i`: its last token and the reading of the first. */
export function placeAt(v: View, i: number): { last: number; head: string } | undefined {
  const tokens = v.tokens;
  for (const r of v.read(i)) {
    const multi = MULTI_PLACES.get(r);
    if (!multi && !SINGLE_PLACES.has(r)) continue;
    // `المالي` (financial) is not `مالي` (Mali): a place without the article never matches a word that has it.
    if (articleBefore(v.text(i), r)) continue;
    for (const rest of multi ?? []) {
      let ok = i + rest.length < tokens.length;
      for (let k = 0; ok && k < rest.length; k++)
        ok = tokens[i + 1 + k].text === rest[k] && adjacent(v.ctx.norm.text, tokens[i + k], tokens[i + 1 + k]);
      if (ok) return { last: i + rest.length, head: r };
    }
    if (SINGLE_PLACES.has(r)) return { last: i, head: r };
  }
  return undefined;
}

/**
 * The shapes of a feminine adjective or participle after a place noun (`منطقة عازلة`, `بلدة صغيرة`, `منطقة محتلة`):
 * فاعلة, فعيلة, and a participle in م. A town whose name ends in ta marbuta (`بلدة رحبة`, `مدينة حماة`) has none.
 */
export function feminineAdjective(word: string): boolean {
  return /^.ا..ه$|^..ي.ه$|^م.{3,}ه$/.test(word);
}

/** A settlement noun without the article, alone or after one proclitic (`بلدة`, `وبلدة`, `ببلدة`). */
const bareSettlement = (w: string) => SETTLEMENTS.has(w) || SETTLEMENTS.has(w.slice(1));

/** True where a word is the nisba of a place the lexicon knows (`لبناني`, `سوري`, `عراقي`, `حلبي`). */
export function placeNisba(word: string): boolean {
  const base = word.replace(/(?:يه|يون|يين|يات|ي)$/, '');
  return [base, 'ال' + base, base + 'ا', base + 'يا', 'ال' + base + 'يه', base + 'ه'].some((p) => SINGLE_PLACES.has(p));
}

/** Places: the lexicon's places anywhere, and a proper word after a settlement noun (`بلدة عيتا`). */
export function placesOf(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic) continue;
    const hit = placeAt(v, i);
    if (hit && !isClaimed(claimed, i, hit.last) && !placeInPhrase(v.ctx.norm.text, tokens, i, hit.last)) {
      // `الصين الشعبية` is the lexicon's `الصين`; a place followed by a nisba stays the place alone.
      out.push(
        proposal(i, hit.last, 'place', hit.head + v.name(i, hit.last).slice(v.text(i).length), 0.8, 'ar-known-place'),
      );
      i = hit.last;
      continue;
    }
    if (!v.has(i, PLACE_TRIGGERS) || (definite(v.text(i)) && !v.text(i).startsWith('العاصمه'))) continue;
    const j = i + 1;
    if (j >= tokens.length || !v.free(j) || claimed[j]) continue;
    const w = v.text(j);
    if (definite(w) || isNisba(w) || COMMON.has(w) || w.length < 3 || verbShaped(w, true)) continue;
    // A final ه is a town's ta marbuta only after a bare settlement noun (`بلدة رحبة`): after `للمدينة` it is a pronoun
    // (`للمدينة ودعوته`), and after `منطقة` nearly always an adjective.
    if (w.endsWith('ه') && (!bareSettlement(v.text(i)) || w.startsWith('و') || feminineAdjective(w))) continue;
    if (placeAt(v, j)) continue;
    // Two-word names whose second word takes the article (`عيتا الشعب`, `عين الحلوة`); a nisba stays out.
    let last = j;
    const k = j + 1;
    if (
      k < tokens.length &&
      v.free(k) &&
      definite(v.text(k)) &&
      !isNisba(v.text(k)) &&
      !v.has(k, TITLES) &&
      !v.has(k, PLACE_TRIGGERS)
    )
      last = k;
    out.push(proposal(j, last, 'place', v.name(j, last), 0.6, 'ar-place-noun'));
    i = last;
  }
}
