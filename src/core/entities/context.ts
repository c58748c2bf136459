/**
 * What every recogniser sees: the article's normalised text and its tokens. Recognisers propose names as token
 * ranges; `recognize` merges them with the glossary's names and decides what they refer to.
 */
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokens';
import type { EntityKind, Lang } from '../types';

export interface TextContext {
  lang: Lang;
  norm: Normalized;
  tokens: Token[];
  /** Index of the first token of each block (headline first); a name never spans two blocks. */
  blockStarts: number[];
  /** The given names the rules know (folded), from the glossary index. */
  givenNames: ReadonlySet<string>;
}

/** The block token `i` stands in. */
export function blockOf(ctx: TextContext, i: number): number {
  let b = 0;
  while (b + 1 < ctx.blockStarts.length && ctx.blockStarts[b + 1] <= i) b++;
  return b;
}

/** A name found by rule or model, with no glossary entry behind it. */
export interface Proposal {
  first: number;
  last: number;
  kind: EntityKind;
  /** The name without proclitics or titles, in normalised form: always a suffix of the span's normalised text. */
  name: string;
  source: 'rule' | 'model';
  confidence: number;
  /** The rules or passes that made it, for `explainEntities`; never part of a mention. */
  rules?: readonly string[];
}

/** A recogniser for one language: given the text and the tokens already claimed by glossary names, more names. */
export type Recognizer = (ctx: TextContext, claimed: Uint8Array) => Proposal[];
