/**
 * Quoted names and terms: not every quoted span is a claim. An outlet after `لـ` (`لـ"النهار"`), a movement after
 * its noun (`حركة "حماس"`, and `و"…"` after it), an operation, programme or title (`عملية "…"`, `the film "…"`),
 * a name the recogniser knows, a Title Case title in English, and a word or two in quotes where nobody is reported
 * speaking (scare quotes) are names or terms: the recogniser may use them, the quote list leaves them out.
 */
import type { Cues } from './cues';
import type { Grammar } from './grammar/grammar';
import type { QuotedSpan } from './quoted-spans';
import { G_COLON, type View } from './view';

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
export function isQuotedName(
  v: View,
  cues: Cues,
  g: Grammar,
  q: QuotedSpan,
  a: number,
  b: number,
  prevName: boolean,
): boolean {
  const n = b - a + 1;
  const inner = v.text.slice(q.inner.start, q.inner.end);
  const sentence = SENTENCE.test(inner) || /[.!?؟]$/.test(inner);
  // one mention and nothing more
  if (v.men[a] >= 0 && v.men[a] === v.men[b]) return true;
  const p = a - 1;
  if (p >= 0 && v.block[p] === v.block[a] && g.nameBeforeQuote(v, cues, p, a, n, sentence, prevName)) return true;
  if (sentence || v.gap[a] & G_COLON) return false;
  // a word or two in quotes with nobody reported speaking in the sentence: a term, not a claim
  if (n <= 2) {
    const seg = v.seg[a];
    let cue = false;
    for (let k = v.segStart[seg]; k < v.segEnd[seg] && !cue; k++) if (cues.type[k] && v.inQ[k] < 0) cue = true;
    if (!cue) return true;
  }
  return g.isQuotedTitle(v, cues, a, b);
}

/**
 * A line read as a headline: the first or second block, short, with no full stop at its end (`كشف السبب "خطأ بشري"`). A phrase it quotes is a
 * claim only where someone is named saying it.
 */
export function headlineLike(v: View, a: number): boolean {
  const b = v.block[a];
  // the headline, or the line right under it (a page's own headline repeated, a kicker)
  if (b > 1) return false;
  let first = a;
  while (first > 0 && v.block[first - 1] === b) first--;
  let last = a;
  while (last + 1 < v.n && v.block[last + 1] === b) last++;
  return last - first + 1 <= HEADLINE_WORDS && !/[.!?؟][\s"»”’')]*$/.test(v.text.slice(v.s[first], blockEnd(v, last)));
}

/** The longest line read as a headline, in words. */
const HEADLINE_WORDS = 14;

/** Where the block of token `last` ends in the text: before the next token's line break, or at the text's end. */
function blockEnd(v: View, last: number): number {
  const next = last + 1 < v.n ? v.s[last + 1] : v.text.length;
  const br = v.text.indexOf('\n', v.e[last]);
  return br >= 0 && br < next ? br : next;
}
