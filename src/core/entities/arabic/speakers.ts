/**
 * Speakers: a lone family name as the subject of a verb of saying, right before what was said.
 */
import type { Proposal } from '../context';
import { COMMON } from '../../lexicon/ar/function-words';
import { OPENING_COMPLEMENTISERS } from '../../lexicon/ar/saying';
import { TITLES } from '../../lexicon/ar/titles';
import { NOT_SPEAKERS, VERBS } from './speech';
import { definite, givenReading, proposal, type View } from './view';

/**
 * A lone family name as the subject of a verb of saying, right before what was said (`وقال الأعرجي إن`, `أكد ليبرمان
 * أن`, `قال سولانا: `): the press names a known figure so. Any noun can stand there, so the word must be none of the
 * words for sources, sides, groups, institutions and roles, no common word, no plural, no feminine noun, and when it
 * has the article, the shape of a family name (`الحريري`, not `المتحدث`).
 */
export function speakers(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  const text = v.ctx.norm.text;
  const named = new Set(out.filter((p) => p.kind === 'person').map((p) => v.text(p.last)));
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!v.has(i, VERBS)) continue;
    const j = i + 1;
    // A given name as written opens a person's name (the person rule's); read through a proclitic it is none
    // (`بوين` is no ب and `وين`).
    if (claimed[j] || !v.free(j) || givenReading(v, j) === v.text(j) || named.has(v.text(j))) continue;
    const w = v.text(j);
    if (
      w.length < 4 ||
      COMMON.has(w) ||
      v.has(j, TITLES) ||
      v.has(j, NOT_SPEAKERS) ||
      w.endsWith('ه') ||
      /(?:ون|ات)$/.test(w)
    )
      continue;
    // The subject of a verb takes no preposition (`ختم بالقول`).
    if (/^(?:[وف]?(?:بال|لل|كال))/.test(w)) continue;
    if (definite(w) ? !w.endsWith('ي') || w.length < 6 : /^[يتن]/.test(w)) continue;
    const gap = text.slice(tokens[j].end, tokens[j + 1].start);
    // What was said follows, or a family name's title in apposition (`وقال البدري مدير الكرة إن`; an undefined word
    // before a title is a noun in construct more often, `يعتبر مسجد الملك`).
    const next = gap === ' ' && (OPENING_COMPLEMENTISERS.has(v.text(j + 1)) || (definite(w) && v.has(j + 1, TITLES)));
    if (!(/^\s*[:"«“]/.test(gap) || next)) continue;
    out.push(proposal(j, j, 'person', v.name(j, j), 0.55, 'ar-speaker'));
    i = j;
  }
}
