/**
 * The tagger's features, over the core's own tokens and normalisation, so that training on a corpus and tagging a
 * page see the same words. A token's features are hashed to 32-bit keys (`hash.ts`); a model stores weights under
 * those keys only. Pure: no DOM, no Node.
 *
 * Families, each switchable for the ablation the model card reports:
 *   - word: the folded word (English lowercased), its stem without proclitics and the proclitics themselves;
 *   - affixes: the stem's first and last one to three letters;
 *   - shape: capitals, digits and length, and whether the word opens a sentence (capitals prove nothing there);
 *   - neighbours: the words two either side, the stems one either side, and the word pairs around the token;
 *   - lexicon: the project's word lists as classes (`lexical.ts`), for the token and the two words either side; in
 *     English also compromise's tags of the token and the word either side (`NLP_TAGS`), where compromise has run,
 *     a capitalised run's shape and the punctuation either side of the token;
 *   - glossary: where a glossary name covers the token, its kind, form and the token's place in it;
 *   - names: whether the stem, and the stems either side, were seen in names in corpora the model is not trained on
 *     (Wikipedia's, for the Arabic newswire model): a family name the glossary lacks (`بوش`) is often there;
 *   - clusters: the cluster of the stem, words that keep the same company in unlabelled text (`clusters.ts` in the
 *     trainer): a surname never seen tagged shares a cluster with surnames that were.
 * The Arabic second pass reads one more set, wherever `FeatureInput.doc` is given: the first pass's reading of the
 * same stem elsewhere in the article, for the token and the word either side (`article-reading.ts`).
 */
import type { TextContext } from '../context';
import { tagTokens, type Nlp } from '../english/nlp';
import type { FormRef, Glossary } from '../glossary';
import type { NameHit } from '../../match/name-matcher';
import type { Token } from '../../text/tokens';
import type { EntityKind } from '../../types';
import { hash, hashJoin, hashOn } from './hash';
import { DOC_BITS } from './article-reading';
import { arabicClasses, englishClasses, LEX_BITS } from './lexical';

export const FAMILY = {
  word: 1 << 0,
  affixes: 1 << 1,
  shape: 1 << 2,
  neighbours: 1 << 3,
  lexicon: 1 << 4,
  glossary: 1 << 5,
  names: 1 << 6,
  clusters: 1 << 7,
} as const;
export const ALL_FAMILIES = 0xff;

/** The name list's bits for a stem: the kinds of name it was seen in, and `NAME_MOSTLY` where it is mostly a name. */
export const NAME_BITS = { person: 1, place: 2, organization: 4 } as const;
export const NAME_MOSTLY = 8;
const NAME_SALT = hash('name-list:');
/** The key a stem is listed under in a model's name list and its clusters. */
export const nameKey = (stem: string) => hashOn(NAME_SALT, stem);

/** One sentence or block of an article: the normalised text and the tokens `first..last` of it. */
export interface FeatureInput {
  text: string;
  tokens: Token[];
  first: number;
  last: number;
  givenNames: ReadonlySet<string>;
  /** Per token of the whole text, the glossary's marks on it (`glossaryMarks`); absent where no glossary is used. */
  marks?: (number[] | undefined)[];
  /** The model's name list (`nameKey` → `NAME_BITS`), where it has one. */
  names?: ReadonlyMap<number, number>;
  /** The model's word clusters (`nameKey` → cluster), where it has them. */
  clusters?: ReadonlyMap<number, number>;
  /** Per token of the whole text, compromise's tags on it as `NLP_TAGS` bits (`nlpTagBits`); English only. */
  nlpTags?: readonly number[];
  /**
   * Per token of the whole text, what the first pass read at the same stem elsewhere in the article (`documentBits`):
   * given to the second pass only, so the first pass and the English model never read it.
   */
  doc?: Uint16Array;
}

/** The features of a sentence, token by token: the keys of token `i` are `keys[offsets[i]..offsets[i + 1])`. */
export interface Features {
  offsets: Uint32Array;
  keys: Uint32Array;
}

/** What one word contributes to its own features and its neighbours': all of it a function of the word alone. */
export interface TokenView {
  word: string;
  stem: string;
  clitics: string;
  classes: number;
  shape: string;
  names: number;
  /** The stem's cluster, or -1. */
  cluster: number;
}

const T = (name: string) => hash(name + '=');
const BIAS = hash('bias');
const W = [-2, -1, 0, 1, 2].map((o) => T(`w${o}`));
const S = [-1, 0, 1].map((o) => T(`s${o}`));
const SHAPE = [-1, 0, 1].map((o) => T(`shape${o}`));
const CLITICS = T('clitics');
const PREFIX = [1, 2, 3].map((n) => T(`p${n}`));
const SUFFIX = [1, 2, 3].map((n) => T(`x${n}`));
const PAIR_BEFORE = T('w-1|w0');
const PAIR_AFTER = T('w0|w+1');
const LENGTH = T('len');
const OPENS = hash('opens-sentence');
const DIGIT = hash('has-digit');
const LEXICAL = [-2, -1, 0, 1, 2].map((o) => Array.from({ length: LEX_BITS }, (_, b) => hash(`lex${o}:${b}`)));
const GLOSSARY_AT = [-1, 0, 1].map((o) => T(`g${o}`));
/**
 * compromise's tags an English token's features read: what compromise's lexicon and its own rules say of the word in
 * its sentence. Their order is part of a trained model (features hash the bit's index).
 */
export const NLP_TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Acronym',
  'Demonym',
  'Noun',
  'Verb',
  'Adjective',
  'Value',
] as const;
const NLP_AT = [-1, 0, 1].map((o) => NLP_TAGS.map((_, b) => hash(`nlp${o}:${b}`)));

/** A token's compromise tags as `NLP_TAGS` bits. */
function nlpTagBits(tags: ReadonlySet<string>): number {
  let bits = 0;
  NLP_TAGS.forEach((t, b) => {
    if (tags.has(t)) bits |= 1 << b;
  });
  return bits;
}

/** Every token's compromise tags as bits (`FeatureInput.nlpTags`), for training and tagging alike. */
export const nlpTagsOf = (nlp: Nlp, ctx: TextContext): number[] => tagTokens(nlp, ctx).tags.map(nlpTagBits);
const DOC_AT = [-1, 0, 1].map((o) => Array.from({ length: DOC_BITS }, (_, b) => hash(`doc${o}:${b}`)));
const NAMES_AT = [-1, 0, 1].map((o) => Array.from({ length: 4 }, (_, b) => hash(`names${o}:${b}`)));
/** Clusters are numbered in a byte. */
export const CLUSTERS = 256;
const CLUSTER_OWN = Array.from({ length: CLUSTERS }, (_, c) => hash(`cluster0:${c}`));
const EDGE = '\u0002';
/** Beyond either end of a sentence: a word no text holds, with no classes and no names. */
export const EDGE_VIEW: TokenView = {
  word: EDGE,
  stem: EDGE,
  clitics: '',
  classes: 0,
  shape: EDGE,
  names: 0,
  cluster: -1,
};
/** How far a token's features look either side. */
export const REACH = 2;
/**
 * The stem of a folded Arabic word without its proclitics where they are certain: a conjunction and a preposition
 * before the article (`وبالعراق` → `عراق`, `للحكومه` → `حكومه`), or a conjunction alone before three letters or more.
 * A bare ب ك ل before a word is left on: too many names begin with those letters (`بيروت`, `لبنان`). Names keep their
 * article in the stem's place (`البارزاني` → `بارزاني`), which is what lets a family name alone be learnt.
 */
export function arabicStem(word: string): { stem: string; clitics: string } {
  let m = /^([وف]?[بكل]?)ال(.{2,})$/.exec(word);
  if (m) return { stem: m[2], clitics: m[1] + 'ال' };
  m = /^([وف]?)لل(.{2,})$/.exec(word);
  if (m) return { stem: m[2], clitics: m[1] + 'لل' };
  m = /^([وف])(.{3,})$/.exec(word);
  if (m) return { stem: m[2], clitics: m[1] };
  return { stem: word, clitics: '' };
}

/** `Xx`, `XX`, `x`, `d`, `X.X`: capitals, lower case, digits and other characters, runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch)
      ? 'X'
      : /\p{Ll}/u.test(ch)
        ? 'x'
        : /\p{N}/u.test(ch)
          ? 'd'
          : /\p{L}/u.test(ch)
            ? 'a'
            : '-';
    if (out[out.length - 1] !== c) out += c;
  }
  return out.length > 5 ? out.slice(0, 5) : out;
}

/** The stem a token's features read: an Arabic word's without its certain proclitics, an English word lowercased. */
export const stemOf = (token: Token): string => (token.arabic ? arabicStem(token.text).stem : token.text.toLowerCase());

/** What the features know of a token's word: its forms, classes, shape, name-list bits and cluster. */
export function viewOf(token: Token, input: Pick<FeatureInput, 'givenNames' | 'names' | 'clusters'>): TokenView {
  const word = token.arabic ? token.text : token.text.toLowerCase();
  const { stem, clitics } = token.arabic ? arabicStem(word) : { stem: word, clitics: '' };
  const key = nameKey(stem);
  return {
    word,
    stem,
    clitics,
    classes: token.arabic ? arabicClasses(word, stem, input.givenNames) : englishClasses(word),
    shape: token.arabic ? 'a' : wordShape(token.text),
    names: input.names?.get(key) ?? 0,
    cluster: input.clusters?.get(key) ?? -1,
  };
}

/** The marks that open a sentence, in the gap before a token (capitals prove nothing after them). */
const OPENERS = new Set([...'.!?؟:"«»“”'].map((c) => c.charCodeAt(0)));

/** True where the token opens its sentence: the first of the block, or after a full stop, colon or quotation mark. */
function opensSentence(input: FeatureInput, i: number): boolean {
  if (i === input.first) return true;
  for (let c = input.tokens[i - 1].end; c < input.tokens[i].start; c++)
    if (OPENERS.has(input.text.charCodeAt(c))) return true;
  return false;
}

/** The features of every token of a sentence; `families` says which to compute (`FAMILY` bits). */
export function extractFeatures(input: FeatureInput, families = ALL_FAMILIES): Features {
  const n = input.last - input.first + 1;
  const views = new Array<TokenView>(n);
  for (let i = 0; i < n; i++) views[i] = viewOf(input.tokens[input.first + i], input);
  const offsets = new Uint32Array(n + 1);
  const keys: number[] = [];
  const at = (j: number) => (j >= 0 && j < n ? views[j] : EDGE_VIEW);
  for (let j = 0; j < n; j++) {
    offsets[j] = keys.length;
    for (let o = -REACH; o <= REACH; o++) wordKeys(at(j + o), o, families, keys);
    contextKeys(input, j, at(j - 1), views[j], at(j + 1), families, keys);
  }
  offsets[n] = keys.length;
  return { offsets, keys: Uint32Array.from(keys) };
}

/**
 * The features a token owes to the word `o` places from it (`o` from -`REACH` to `REACH`, 0 the token itself), which
 * depend on that word alone: so the tagger can sum their weights once per word and offset (`scorer.ts`).
 */
export function wordKeys(v: TokenView, o: number, families: number, out: number[]): void {
  if (o === 0) ownKeys(v, families, out);
  else if (families & FAMILY.neighbours) {
    out.push(hashOn(W[o + 2], v.word));
    if (o === -1 || o === 1) {
      out.push(hashOn(S[o + 1], v.stem));
      if (families & FAMILY.shape) out.push(hashOn(SHAPE[o + 1], v.shape));
    }
  }
  if (families & FAMILY.lexicon) {
    for (let b = 0; b < LEX_BITS; b++) if (v.classes & (1 << b)) out.push(LEXICAL[o + 2][b]);
  }
  if (families & FAMILY.names && o >= -1 && o <= 1) {
    for (let b = 0; b < 4; b++) if (v.names & (1 << b)) out.push(NAMES_AT[o + 1][b]);
  }
  // The token's own cluster only: its neighbours' clusters as well cost places more than they found people (dev).
  if (families & FAMILY.clusters && v.cluster >= 0 && o === 0) out.push(CLUSTER_OWN[v.cluster]);
}

/** A token's features from its own word: the word, stem and clitics, the stem's affixes, its shape and length. */
function ownKeys(v: TokenView, families: number, out: number[]): void {
  out.push(BIAS);
  if (families & FAMILY.word) {
    out.push(hashOn(W[2], v.word), hashOn(S[1], v.stem), hashOn(CLITICS, v.clitics));
  }
  if (families & FAMILY.affixes) {
    for (let k = 1; k <= 3 && k <= v.stem.length; k++) {
      out.push(hashOn(PREFIX[k - 1], v.stem.slice(0, k)), hashOn(SUFFIX[k - 1], v.stem.slice(-k)));
    }
  }
  if (families & FAMILY.shape) {
    out.push(hashOn(SHAPE[1], v.shape), hashOn(LENGTH, String(Math.min(v.stem.length, 8))));
    if (/\d/.test(v.word)) out.push(DIGIT);
  }
}

/**
 * The features of token `j` of the sentence that depend on where it stands, not on one word: whether it opens the
 * sentence, the word pairs around it, compromise's tags (which read the sentence), the glossary's marks on it and
 * either side, and the first pass's reading elsewhere in the article (the second pass's only).
 */
export function contextKeys(
  input: FeatureInput,
  j: number,
  before: TokenView,
  v: TokenView,
  after: TokenView,
  families: number,
  out: number[],
): void {
  const i = input.first + j;
  if (families & FAMILY.shape && opensSentence(input, i)) out.push(hashOn(OPENS, v.shape));
  if (families & FAMILY.neighbours) {
    out.push(hashJoin(hashOn(PAIR_BEFORE, before.word), v.word));
    out.push(hashJoin(hashOn(PAIR_AFTER, v.word), after.word));
  }
  if (families & FAMILY.lexicon && input.nlpTags) {
    for (let o = -1; o <= 1; o++) {
      if (i + o < input.first || i + o > input.last) continue;
      const bits = input.nlpTags[i + o];
      for (let b = 0; b < NLP_TAGS.length; b++) if (bits & (1 << b)) out.push(NLP_AT[o + 1][b]);
    }
    capitalRunKeys(input, i, out);
    gapKeys(input, i, out);
  }
  if (input.doc) {
    for (let o = -1; o <= 1; o++) {
      if (i + o < input.first || i + o > input.last) continue;
      const bits = input.doc[i + o];
      for (let b = 0; b < DOC_BITS; b++) if (bits & (1 << b)) out.push(DOC_AT[o + 1][b]);
    }
  }
  if (families & FAMILY.glossary && input.marks) {
    for (let o = -1; o <= 1; o++) {
      if (i + o < input.first || i + o > input.last) continue;
      const marks = input.marks[i + o];
      if (marks) for (const m of marks) out.push(hashOn(GLOSSARY_AT[o + 1], String(o === 0 ? m : m >> 2)));
    }
  }
}

const GAP_BEFORE = T('gap-before');
const GAP_AFTER = T('gap-after');
/** The marks in the gap between two tokens, spaces left out and at most two kept: `(`, `,`, `)` or nothing. */
const gapMarks = (input: FeatureInput, from: number, to: number) =>
  // Most gaps are one space: no slice nor pattern for them.
  to - from === 1 && input.text.charCodeAt(from) === 32
    ? ''
    : input.text.slice(from, to).replace(/\s+/g, '').slice(0, 2);

/**
 * English: the punctuation either side of a token, which the words either side do not see: an acronym in brackets
 * after a name (`Food Standards Agency (FSA)`), a comma before `Inc.`, a list of names between commas.
 */
function gapKeys(input: FeatureInput, i: number, out: number[]): void {
  const { tokens } = input;
  if (i > input.first) out.push(hashOn(GAP_BEFORE, gapMarks(input, tokens[i - 1].end, tokens[i].start)));
  if (i < input.last) out.push(hashOn(GAP_AFTER, gapMarks(input, tokens[i].end, tokens[i + 1].start)));
}

const RUN_AT = T('run');
const RUN_LAST = T('run-last');
const RUN_FIRST = T('run-first');
/** How far a capitalised run is followed either way from a token. */
const RUN_REACH = 5;
const capital = (input: FeatureInput, i: number) => /^\p{Lu}/u.test(input.tokens[i].text);
const joined = (input: FeatureInput, i: number) =>
  input.text.slice(input.tokens[i].end, input.tokens[i + 1].start) === ' ';

/**
 * English: a token in a run of capitalised words (`Kuwait Fund for Arab Economic Development` has two) knows its place
 * in the run, the run's length and the run's first and last words, which name an organisation's or a place's head
 * beyond the two words either side.
 */
function capitalRunKeys(input: FeatureInput, i: number, out: number[]): void {
  if (!capital(input, i)) return;
  let first = i;
  while (first > input.first && i - first < RUN_REACH && capital(input, first - 1) && joined(input, first - 1)) first--;
  let last = i;
  while (last < input.last && last - i < RUN_REACH && capital(input, last + 1) && joined(input, last)) last++;
  const place = first === last ? 'S' : i === first ? 'B' : i === last ? 'E' : 'I';
  out.push(hashOn(RUN_AT, `${place}${Math.min(last - first + 1, 4)}`));
  if (last > i) out.push(hashOn(RUN_LAST, input.tokens[last].text.toLowerCase()));
  if (first < i) out.push(hashOn(RUN_FIRST, input.tokens[first].text.toLowerCase()));
}

const KIND_CODE: Record<EntityKind, number> = { person: 0, place: 1, organization: 2 };

/**
 * Where the glossary's names lie over the tokens: for each token a list of codes, kind and form of the name and the
 * token's place in it (0 alone, 1 first, 2 inside, 3 last), as `((kind * 8 + form) << 2) | place`. Every hit counts,
 * short forms and everyday-word places included: the model learns how far each deserves trust.
 */
export function glossaryMarks(glossary: Glossary, text: string, tokens: Token[]): (number[] | undefined)[] {
  const marks = new Array<number[] | undefined>(tokens.length);
  for (const hit of glossary.matcher.matchAll(text, tokens) as NameHit<FormRef>[]) {
    const codes = new Set(hit.values.map((v) => KIND_CODE[glossary.entries[v.entry].kind] * 8 + v.form));
    for (let i = hit.first; i <= hit.last; i++) {
      const place = hit.first === hit.last ? 0 : i === hit.first ? 1 : i === hit.last ? 3 : 2;
      for (const c of codes) (marks[i] ??= []).push((c << 2) | place);
    }
  }
  return marks;
}
