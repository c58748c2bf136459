/**
 * An English candidate name and the facts of its context that the evidence rules test, each worked out once.
 */
import type { TextContext } from '../context';
import type { EntityKind } from '../../types';
import { PREPOSITIONS } from '../../lexicon/en/function-words';
import { ARTICLE_PREFIX, NAME_CONNECTORS } from '../../lexicon/en/names';
import { ORG_FIRST, ORG_HEADS, ORG_NOUNS, ORG_PLURALS } from '../../lexicon/en/organisations';
import { COMPASS, PLACE_NOUNS, PLACE_PLURALS } from '../../lexicon/en/places';
import { PERSON_NOUNS, PERSON_PLURALS, TITLES } from '../../lexicon/en/titles';
import { hasTag, PLACE_TAGS, type TokenTags } from './nlp';
import { isAcronym, lower } from './runs';

/** What an appositive after a name says: an age, `who`, `whose`, or a noun of one kind. */
export type Appositive = 'age' | 'who' | 'whose' | EntityKind;

/** A candidate name and the facts of its context the rules test, each worked out once. */
export interface Candidate {
  first: number;
  last: number;
  /** Its words, lowercased, and compromise's tags of each. */
  words: string[];
  tags: Set<string>[];
  /** A title was cut off before it (`President Joseph Aoun`). */
  titled: boolean;
  /** A head of an organisation's name in it (`Amal Movement`, `Jabhat al-Nusra`). */
  orgHead: boolean;
  /** It opens with an Arabic article (`al-Manar`, `Al Bayda`). */
  articleFirst: boolean;
  /** A lone acronym, and whether a name earlier in the article defined it (`Electricite du Liban (EDL)`). */
  acronym: boolean;
  acronymDefined: boolean;
  /** The token of the acronym in brackets right after it that it defines (`Electricite du Liban (EDL)`). */
  defines?: number;
  /** How many of its tokens compromise tags as places, as organisations. */
  placeTokens: number;
  orgTokens: number;
  /** The word right before it in the same sentence, lowercased, and whether it is written in lowercase. */
  prev: string;
  prevLowercase: boolean;
  /** The word before `of` where the candidate follows one (`the village of X`). */
  beforeOf: string;
  /** The kind of the noun it exemplifies (`towns like X`, `groups such as X`). */
  like?: EntityKind;
  /** The kind a comma-set noun right before it gives (`a local association, X`). */
  appositiveBefore?: EntityKind;
  /** The lowercase word right after it. */
  next: string;
  /** What a comma-set phrase after it says (`X, 58,`, `X, who`, `X, an engineer`). */
  appositiveAfter?: Appositive;
  /** It is followed by `in the north` or another point of the compass. */
  inTheCompass: boolean;
}

/**
 * The facts of a candidate from `first` to `last`: what the rules test. `acronymOrgs` holds the acronyms the article
 * defined so far.
 */
export function candidateAt(
  ctx: TextContext,
  tt: TokenTags,
  span: { first: number; last: number; titled: boolean },
  acronymOrgs: ReadonlySet<number>,
): Candidate {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  const { first, last, titled } = span;
  const n = last - first + 1;
  const words = tokens.slice(first, last + 1).map((t) => lower(t.text));
  const tags = tt.tags.slice(first, last + 1);
  const word = (i: number) => (i >= 0 && i < tokens.length ? lower(tokens[i].text) : '');
  const orgHead =
    words.some((w, j) => ORG_HEADS.has(w) && (j > 0 || n === 1 || NAME_CONNECTORS.has(words[1]))) ||
    ORG_FIRST.has(words[0]);
  const before = first > 0 && !tt.sentenceStart[first] ? text.slice(tokens[first - 1].end, tokens[first].start) : '';
  const prev = before === ' ' ? word(first - 1) : '';
  const after = last + 1 < tokens.length ? text.slice(tokens[last].end, tokens[last + 1].start) : '';
  const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
  const spacedOf = prev === 'of' && first > 1 && text.slice(tokens[first - 2].end, tokens[first - 1].start) === ' ';
  const acronym = n === 1 && isAcronym(tokens[first].text);
  return {
    first,
    last,
    words,
    tags,
    titled,
    orgHead,
    articleFirst: words[0] === 'al' || words[0] === 'el' || ARTICLE_PREFIX.test(words[0]),
    acronym,
    acronymDefined: acronym && acronymOrgs.has(first),
    defines: definedAcronym(ctx, first, last),
    placeTokens: tags.filter((t) => hasTag(t, PLACE_TAGS)).length,
    orgTokens: tags.filter((t) => t.has('Organization')).length,
    prev,
    prevLowercase: prev !== '' && /^\p{Ll}/u.test(tokens[first - 1].text),
    beforeOf: spacedOf ? word(first - 2) : '',
    like: likeKind(ctx, first),
    appositiveBefore: /^\s*,\s*$/.test(before) ? nounKind(word(first - 1)) : undefined,
    next: after === ' ' && next && /^\p{Ll}/u.test(next.text) ? lower(next.text) : '',
    // Unless the name ends an opening phrase (`In Kfarshouba, the council …`).
    appositiveAfter: /^\s*,\s*$/.test(after) && next && !PREPOSITIONS.has(prev) ? appositive(ctx, last + 1) : undefined,
    inTheCompass:
      /^\s+in\s+the\s+$/.test(text.slice(tokens[last].end, tokens[Math.min(last + 3, tokens.length - 1)].start)) &&
      COMPASS.has(word(last + 3)),
  };
}

/** The kind a noun for people, organisations or places gives a name set beside it. */
function nounKind(noun: string): EntityKind | undefined {
  if (PERSON_NOUNS.has(noun)) return 'person';
  if (ORG_NOUNS.has(noun)) return 'organization';
  return PLACE_NOUNS.has(noun) ? 'place' : undefined;
}

/** `X, 58,` `X, who …` `X, an engineer at …` `X, the expo's director`: what the appositive after a name says. */
function appositive(ctx: TextContext, i: number): Appositive | undefined {
  const { tokens, norm } = ctx;
  const w = (j: number) => (j < tokens.length ? lower(tokens[j].text) : '');
  if (/^\d{1,3}$/.test(w(i)) && /^\s*,/.test(norm.text.slice(tokens[i].end))) return 'age';
  if (w(i) === 'who') return 'who';
  if (w(i) === 'whose') return 'whose';
  for (let j = i; j < i + 5 && j < tokens.length; j++) {
    if (j > i && !/^\s+$|^'s\s+$/.test(norm.text.slice(tokens[j - 1].end, tokens[j].start))) break;
    const x = w(j);
    if (PERSON_NOUNS.has(x) || TITLES.has(x)) return 'person';
    if (ORG_NOUNS.has(x)) return 'organization';
    if (PLACE_NOUNS.has(x)) return 'place';
  }
  return undefined;
}

/** `towns like X`, `groups such as X`: the kind of the noun the name exemplifies. */
function likeKind(ctx: TextContext, first: number): EntityKind | undefined {
  const { tokens, norm } = ctx;
  const w = (j: number) => (j >= 0 ? lower(tokens[j].text) : '');
  const spaced = (j: number) => j >= 0 && norm.text.slice(tokens[j].end, tokens[j + 1].start) === ' ';
  let j = first - 1;
  if (w(j) === 'like' && spaced(j) && spaced(j - 1)) j -= 1;
  else if (w(j) === 'as' && w(j - 1) === 'such' && spaced(j) && spaced(j - 1) && spaced(j - 2)) j -= 2;
  else return undefined;
  const noun = w(j);
  if (PLACE_NOUNS.has(noun) || PLACE_PLURALS.has(noun)) return 'place';
  if (ORG_NOUNS.has(noun) || ORG_PLURALS.has(noun)) return 'organization';
  if (PERSON_PLURALS.has(noun)) return 'person';
  return undefined;
}

/** `Electricite du Liban (EDL)`: the index of the acronym token defined right after the run, if its letters fit. */
function definedAcronym(ctx: TextContext, first: number, last: number): number | undefined {
  const { tokens, norm } = ctx;
  const a = last + 1;
  if (a >= tokens.length || !/^\s*\($/.test(norm.text.slice(tokens[last].end, tokens[a].start))) return undefined;
  if (!/^\)/.test(norm.text.slice(tokens[a].end)) || !isAcronym(tokens[a].text)) return undefined;
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const initials = words
    .map((x) => x[0])
    .join('')
    .toUpperCase();
  const capitals = words
    .filter((x) => /^\p{Lu}/u.test(x))
    .map((x) => x[0])
    .join('');
  const acr = tokens[a].text.toUpperCase();
  return acr === initials || acr === capitals ? a : undefined;
}
