/**
 * Claims to check: the body sentences that assert something a fact-checker could check — figures, shares, sums and
 * dates; comparisons and trends; causes; anything put to unnamed sources — each with a score and its reasons.
 *
 * Sentences come from the one splitter; their words are read against the language's claim lexicon
 * (`signals.ts`); the analysis's vague sourcing and quotes add theirs (a quote's speaker is who made the claim). The
 * weights, each with its reason, are in `weights.ts`.
 */
import { normalize, type Normalized } from '../text/normalize';
import { sentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { CLAIM_REASONS, type Claim, type ClaimReason, type Lang, type Quote, type Span, type Vague } from '../types';
import { signReasons, wordReasons } from './signals';
import { THRESHOLD, WEIGHTS } from './weights';

export interface ClaimInput {
  text: string;
  /** Headline first, then the paragraphs (as `articleText` lays them out); the headline is not searched. */
  blocks: Span[];
  lang: Lang;
  quotes: Quote[];
  vague: Vague[];
  /** The normalised text and its tokens, where the caller has them (saves the work, same result). */
  norm?: Normalized;
  tokens?: Token[];
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The score of a set of reasons: the positive weights summed and clamped to 1, damped by the negative ones. */
export function claimScore(reasons: Iterable<ClaimReason>): number {
  let sum = 0;
  let damp = 1;
  for (const r of reasons) {
    const w = WEIGHTS[r];
    if (w >= 0) sum += w;
    else damp *= 1 + w;
  }
  return Math.round(Math.min(1, sum) * damp * 100) / 100;
}

/** Every body sentence scoring `THRESHOLD` or more, in text order. */
export function findClaims(input: ClaimInput): Claim[] {
  return scoreSentences(input).filter((c) => c.score >= THRESHOLD);
}

/** Every body sentence with its score and reasons, in text order (claims or not): for the tables and `--explain`. */
export function scoreSentences(input: ClaimInput): Claim[] {
  const { text, blocks, lang, quotes, vague } = input;
  const norm = input.norm ?? normalize(text);
  const tokens = input.tokens ?? tokenize(norm.text);
  const out: Claim[] = [];
  let ti = 0;
  for (let b = 1; b < blocks.length; b++) {
    for (const s of sentences(text, blocks[b], lang === 'en')) {
      const reasons = new Set<ClaimReason>();
      while (ti < tokens.length && norm.map[tokens[ti].start] < s.start) ti++;
      for (let j = ti; j < tokens.length && norm.map[tokens[j].start] < s.end; j++)
        wordReasons(tokens[j].text, lang, reasons);
      signReasons(text.slice(s.start, s.end), reasons);
      if (vague.some((v) => overlap(v, s) > 0)) reasons.add('vague-source');
      const quote = heldQuote(quotes, s);
      const speaker = quote === undefined ? undefined : quotes[quote].speaker;
      if (speaker && speaker.kind !== 'anonymous') reasons.add('attributed');
      const claim: Claim = {
        start: s.start,
        end: s.end,
        score: claimScore(reasons),
        reasons: CLAIM_REASONS.filter((r) => reasons.has(r)),
      };
      if (quote !== undefined) claim.quote = quote;
      out.push(claim);
    }
  }
  return out;
}

/** The index of the quote sharing most of the sentence, if any does. */
function heldQuote(quotes: Quote[], s: Span): number | undefined {
  let best: number | undefined;
  let most = 0;
  quotes.forEach((q, i) => {
    const o = overlap(q, s);
    if (o > most) [best, most] = [i, o];
  });
  return best;
}

/** Claims from the most worth checking down; ties in text order. */
export const rankClaims = (claims: Claim[]): Claim[] =>
  [...claims].sort((a, b) => b.score - a.score || a.start - b.start);
