/**
 * The little of compromise the English recogniser uses, typed structurally so that the core never imports the
 * library: the caller passes compromise's default export in (Node imports it statically, the content script loads it
 * on demand for English articles only).
 */
import type { TextContext } from '../context';
import { ABBREVIATIONS } from '../../lexicon/en/abbreviations';

/** One compromise term as `json({offset: true})` reports it; offsets are UTF-16 units over the analysed text. */
export interface NlpTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
  terms: NlpTerm[];
}

export interface NlpView {
  json(options: { offset: true }): unknown;
  people(): NlpView;
  places(): NlpView;
  organizations(): NlpView;
}

/** compromise's default export (`import nlp from 'compromise'`) fits this shape. */
export interface Nlp {
  (text: string): NlpView;
  /** compromise's model; its `one.lexicon` (word → tag or tags) tells common words from names. */
  model?: () => object;
}

/** What compromise says about each token of the context: its tags and whether it opens a sentence. */
export interface TokenTags {
  tags: Set<string>[];
  /** True for the first word of a sentence, a block, a quotation or a parenthesis: its capital proves nothing. */
  sentenceStart: boolean[];
}

/** compromise's tags of places. */
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** compromise's tags of names of any kind: a lone capital its lexicon holds with one of them is a name. */
export const NAME_TAGS = [
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  ...PLACE_TAGS,
  'Organization',
  'ProperNoun',
  'Honorific',
];
/** compromise's tags of function words: a capital with one of them only opens a sentence. */
export const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Adverb',
  'Copula',
  'Modal',
];
/** compromise's tags of dates: `Monday`, `March`, `Eid al-Adha` are no names of ours. */
export const DATE_TAGS = ['Date', 'Month', 'WeekDay', 'Holiday'];

/** True where a token's tags hold any of `list`. */
export const hasTag = (tags: Set<string>, list: readonly string[]) => list.some((t) => tags.has(t));

/** compromise's lexicon, where the instance exposes one. */
export function lexiconOf(nlp: Nlp): Record<string, unknown> {
  const model = nlp.model?.() as { one?: { lexicon?: Record<string, unknown> } } | undefined;
  return model?.one?.lexicon ?? {};
}

/**
 * Each context's tags, kept while the context lives: the English recogniser and the tagger both read them, and
 * compromise runs once for both.
 */
const TAGGED = new WeakMap<TextContext, TokenTags>();

/** Runs compromise once over the normalised text and spreads its term tags over the context's tokens. */
export function tagTokens(nlp: Nlp, ctx: TextContext): TokenTags {
  const known = TAGGED.get(ctx);
  if (known) return known;
  const { tokens, norm } = ctx;
  const sentences = nlp(norm.text).json({ offset: true }) as NlpMatch[];
  const tags = tokens.map(() => new Set<string>());
  const sentenceStart = tokens.map(() => false);
  // Tokens and terms both run left to right: one pass with a cursor maps every term onto the tokens it overlaps.
  let k = 0;
  for (const s of sentences) {
    s.terms.forEach((term, n) => {
      const start = term.offset.start;
      const end = start + term.offset.length;
      while (k < tokens.length && tokens[k].end <= start) k++;
      if (n === 0 && k < tokens.length) sentenceStart[k] = true;
      for (let i = k; i < tokens.length && tokens[i].start < end; i++) for (const t of term.tags) tags[i].add(t);
    });
  }
  for (const b of ctx.blockStarts) if (b < tokens.length) sentenceStart[b] = true;
  for (let i = 1; i < tokens.length; i++) {
    const gap = norm.text.slice(tokens[i - 1].end, tokens[i].start);
    if (gap === '. ' && ABBREVIATIONS.has(tokens[i - 1].text.toLowerCase())) {
      sentenceStart[i] = false;
      continue;
    }
    if (/[.!?:;(\u2014]\s*['"“‘]?\s*$/.test(gap) || /\s['"“‘]$/.test(gap)) sentenceStart[i] = true;
  }
  const read = { tags, sentenceStart };
  TAGGED.set(ctx, read);
  return read;
}
