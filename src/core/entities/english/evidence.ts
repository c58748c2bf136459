/**
 * The evidence that decides what kind of name an English candidate is, as one table of named rules: each rule gives
 * one kind a weight, says why, and tests one fact of the candidate or its context (`candidate.ts` works the facts
 * out). `weigh` applies the table in order and records which rules fired, so `explainEntities` can say why a name won.
 */
import type { EntityKind } from '../../types';
import { REPORTING_VERBS } from '../../lexicon/en/function-words';
import { ARABIC_PARTICLES, ARTICLE_PREFIX, FIRST_NAMES } from '../../lexicon/en/names';
import { ORG_HEADS } from '../../lexicon/en/organisations';
import {
  PLACE_BEFORE_OF,
  PLACE_FIRST,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  STRONG_PLACE_PREPOSITIONS,
} from '../../lexicon/en/places';
import { PERSON_NOUNS } from '../../lexicon/en/titles';
import type { Candidate } from './candidate';
import { hasTag, PLACE_TAGS } from './nlp';

export type Scores = Record<EntityKind, number>;
export const zero = (): Scores => ({ person: 0, place: 0, organization: 0 });

/**
 * The weights evidence comes in, against the thresholds a name must reach (2, or 3 for a lone capital that opens a
 * sentence): `enough` decides a name alone and `clear` even a sentence's first word; `hint` and `trace` count only
 * beside other evidence; `strong` and `decisive` outweigh a rival kind's clear evidence.
 */
const W = { decisive: 5, strong: 4, clear: 3, good: 2.5, enough: 2, some: 1.5, hint: 1, trace: 0.5 } as const;

interface Rule {
  name: string;
  kind: EntityKind;
  weight: number;
  /** Evidence from compromise's own tags, for the `source` of the proposal. */
  model?: boolean;
  reason: string;
  /** True where the rule holds; a count where it holds once per token. */
  test: (c: Candidate) => boolean | number;
}

const multi = (c: Candidate) => c.words.length > 1;
/**
 * Person evidence from the words of a name counts only where no Arabic article opens it (`Al Bayda` is a place) and
 * no organisation's head closes it (`Sierra Nevada Corporation` opens with given names), unless that head is also
 * tagged a family name (`Mark Cross`).
 */
const personal = (c: Candidate) => {
  const n = c.words.length;
  // `Anthony Shadid of the Washington Post`: after `of` the head is another name's, not this one's.
  const bodyHead = n > 1 && ORG_HEADS.has(c.words[n - 1]) && !c.tags[n - 1].has('LastName') && !c.words.includes('of');
  return !c.articleFirst && !bodyHead;
};

/** The evidence, in the order it is weighed. */
export const EVIDENCE: readonly Rule[] = [
  // Heads and first words of names.
  {
    name: 'org-head',
    kind: 'organization',
    weight: W.strong,
    reason: 'an organisation head is part of the name: International Monetary Fund, Jabhat al-Nusra',
    test: (c) => c.orgHead && multi(c),
  },
  {
    name: 'compass-bank',
    kind: 'place',
    weight: W.decisive,
    reason: 'West Bank is a place, though bank heads organisations',
    test: (c) => c.words.length === 2 && c.words[1] === 'bank' && PLACE_FIRST.has(c.words[0]),
  },
  {
    name: 'place-head',
    kind: 'place',
    weight: W.clear,
    reason: 'a place word ends the name: Bekaa Valley, Gaza Strip',
    test: (c) => multi(c) && PLACE_HEADS.has(c.words[c.words.length - 1]) && !c.orgHead,
  },
  {
    name: 'place-first',
    kind: 'place',
    weight: W.good,
    reason: 'a place word opens the name: Mount Lebanon, Ras Baalbek, South Lebanon',
    test: (c) => multi(c) && PLACE_FIRST.has(c.words[0]),
  },
  {
    name: 'article-place',
    kind: 'place',
    weight: W.hint,
    reason: 'an Arabic article opens places and organisations, never a person: Al Bayda, al-Manar',
    test: (c) => c.articleFirst,
  },
  {
    name: 'article-org',
    kind: 'organization',
    weight: W.hint,
    reason: 'an Arabic article opens places and organisations, never a person: Al Bayda, al-Manar',
    test: (c) => c.articleFirst,
  },
  // Acronyms.
  {
    name: 'place-acronym',
    kind: 'place',
    weight: W.clear,
    model: true,
    reason: 'an acronym compromise knows as a place: UAE, USA',
    test: (c) => c.acronym && hasTag(c.tags[0], PLACE_TAGS),
  },
  {
    name: 'defined-acronym',
    kind: 'organization',
    weight: W.strong,
    reason: 'an acronym the article defined after an organisation: (EDL) after Electricite du Liban',
    test: (c) => c.acronym && !hasTag(c.tags[0], PLACE_TAGS) && c.acronymDefined,
  },
  {
    name: 'acronym',
    kind: 'organization',
    weight: W.good,
    reason: 'an acronym in the news is most often a body: IMF, UNIFIL',
    test: (c) => c.acronym && !hasTag(c.tags[0], PLACE_TAGS) && !c.acronymDefined,
  },
  {
    name: 'defines-acronym',
    kind: 'organization',
    weight: W.strong,
    reason: 'a name that defines an acronym is an organisation: Electricite du Liban (EDL)',
    test: (c) => c.defines !== undefined,
  },
  // compromise's tags.
  {
    name: 'tagged-place',
    kind: 'place',
    weight: W.clear,
    model: true,
    reason: "every word is in compromise's gazetteer of places",
    test: (c) => c.placeTokens === c.words.length,
  },
  {
    name: 'tagged-place-word',
    kind: 'place',
    weight: W.trace,
    model: true,
    reason: "some words are in compromise's gazetteer of places, each counting a little",
    test: (c) => (c.placeTokens < c.words.length ? c.placeTokens : 0),
  },
  {
    name: 'tagged-org',
    kind: 'organization',
    weight: W.some,
    model: true,
    reason: 'compromise tags every word as an organisation',
    test: (c) => c.orgTokens === c.words.length,
  },
  {
    name: 'tagged-org-word',
    kind: 'organization',
    weight: W.trace,
    model: true,
    reason: 'compromise tags some words as an organisation',
    test: (c) => c.orgTokens > 0 && c.orgTokens < c.words.length,
  },
  // A person's name.
  {
    name: 'tagged-given-name',
    kind: 'person',
    weight: W.clear,
    model: true,
    reason: 'a given name compromise knows opens the name: Nadine Sfeir',
    test: (c) => personal(c) && multi(c) && c.tags[0].has('FirstName'),
  },
  {
    name: 'given-name',
    kind: 'person',
    weight: W.clear,
    reason: "a given name of the region's press opens the name: Wafic Safa",
    test: (c) => personal(c) && multi(c) && !c.tags[0].has('FirstName') && FIRST_NAMES.has(c.words[0]),
  },
  {
    name: 'tagged-last-name',
    kind: 'person',
    weight: W.hint,
    model: true,
    reason: 'compromise knows the last word as a family name',
    test: (c) => personal(c) && multi(c) && c.tags[c.tags.length - 1].has('LastName'),
  },
  {
    name: 'tagged-person',
    kind: 'person',
    weight: W.hint,
    model: true,
    reason: 'compromise tags a word as a person',
    test: (c) => personal(c) && c.tags.some((t) => t.has('Person')),
  },
  {
    name: 'arabic-particle',
    kind: 'person',
    weight: W.enough,
    reason: 'an Arabic name particle inside the name: Salem al-Obeidi, Osama bin Laden',
    test: (c) =>
      personal(c) &&
      multi(c) &&
      !PLACE_FIRST.has(c.words[0]) &&
      c.words.slice(1).some((w) => ARTICLE_PREFIX.test(w) || ARABIC_PARTICLES.has(w)),
  },
  {
    name: 'titled',
    kind: 'person',
    weight: W.strong,
    reason: 'a title stood before the name: President Joseph Aoun',
    test: (c) => personal(c) && c.titled,
  },
  // Context before the name.
  {
    name: 'role-before',
    kind: 'person',
    weight: W.clear,
    reason: 'a role in lowercase stands before the name: economist Nadine Sfeir',
    test: (c) => PERSON_NOUNS.has(c.prev) && c.prevLowercase,
  },
  {
    name: 'strong-place-preposition',
    kind: 'place',
    weight: W.enough,
    reason: 'in, near and from most often take a place: in Homs, near Al Bayda',
    test: (c) => STRONG_PLACE_PREPOSITIONS.has(c.prev),
  },
  {
    name: 'place-preposition',
    kind: 'place',
    weight: W.some,
    reason: 'a preposition of movement takes a place: into Syria, towards Tyre',
    test: (c) => PLACE_PREPOSITIONS.has(c.prev) && !STRONG_PLACE_PREPOSITIONS.has(c.prev),
  },
  {
    name: 'told',
    kind: 'organization',
    weight: W.enough,
    reason: 'newspapers and agencies are told things: told Annahar, told Reuters',
    test: (c) => c.prev === 'told',
  },
  {
    name: 'like-place',
    kind: 'place',
    weight: W.clear,
    reason: 'it exemplifies a place noun: towns like Arsal',
    test: (c) => c.like === 'place',
  },
  {
    name: 'like-org',
    kind: 'organization',
    weight: W.clear,
    reason: 'it exemplifies an organisation noun: groups such as Hezbollah',
    test: (c) => c.like === 'organization',
  },
  {
    name: 'like-person',
    kind: 'person',
    weight: W.clear,
    reason: 'it exemplifies a noun for people: figures such as Fairuz',
    test: (c) => c.like === 'person',
  },
  {
    name: 'place-noun-of',
    kind: 'place',
    weight: W.clear,
    reason: 'a place noun and of stand before it: the village of Kfarshouba',
    test: (c) => PLACE_NOUNS.has(c.beforeOf),
  },
  {
    name: 'compass-of',
    kind: 'place',
    weight: W.enough,
    reason: 'a point of the compass and of stand before it: north of Beirut, the outskirts of Tyre',
    test: (c) => !PLACE_NOUNS.has(c.beforeOf) && PLACE_BEFORE_OF.has(c.beforeOf),
  },
  {
    name: 'said-before',
    kind: 'person',
    weight: W.hint,
    reason: 'a verb of saying before it: said Lina Kassab',
    test: (c) => REPORTING_VERBS.has(c.prev),
  },
  {
    name: 'role-appositive-before',
    kind: 'person',
    weight: W.clear,
    reason: 'a role and a comma before it: the director, Nadine Sfeir',
    test: (c) => c.appositiveBefore === 'person',
  },
  {
    name: 'org-appositive-before',
    kind: 'organization',
    weight: W.clear,
    reason: 'an organisation noun and a comma before it: a local association, Roots of the South',
    test: (c) => c.appositiveBefore === 'organization',
  },
  {
    name: 'place-appositive-before',
    kind: 'place',
    weight: W.clear,
    reason: 'a place noun and a comma before it: the village, Kfarshouba',
    test: (c) => c.appositiveBefore === 'place',
  },
  // Context after the name.
  {
    name: 'place-noun-after',
    kind: 'place',
    weight: W.clear,
    reason: 'a place noun in lowercase follows it: Hasbaya district',
    test: (c) => PLACE_NOUNS.has(c.next),
  },
  {
    name: 'said-after',
    kind: 'person',
    weight: W.hint,
    reason: 'a verb of saying follows it: Saddi said',
    test: (c) => !PLACE_NOUNS.has(c.next) && REPORTING_VERBS.has(c.next),
  },
  {
    name: 'age-after',
    kind: 'person',
    weight: W.clear,
    reason: 'an age between commas follows it: Nadine Sfeir, 58,',
    test: (c) => c.appositiveAfter === 'age',
  },
  {
    name: 'who-after',
    kind: 'person',
    weight: W.enough,
    reason: 'who follows it after a comma',
    test: (c) => c.appositiveAfter === 'who',
  },
  {
    name: 'whose-after',
    kind: 'person',
    weight: W.hint,
    reason: 'whose follows it after a comma, which may also be said of a body',
    test: (c) => c.appositiveAfter === 'whose',
  },
  {
    name: 'role-appositive-after',
    kind: 'person',
    weight: W.enough,
    reason: "a role or title in the phrase after the comma: X, an engineer at …, X, the expo's director",
    test: (c) => c.appositiveAfter === 'person',
  },
  {
    name: 'org-appositive-after',
    kind: 'organization',
    weight: W.enough,
    reason: 'an organisation noun in the phrase after the comma: X, a local association',
    test: (c) => c.appositiveAfter === 'organization',
  },
  {
    name: 'place-appositive-after',
    kind: 'place',
    weight: W.enough,
    reason: 'a place noun in the phrase after the comma: X, a village in the south',
    test: (c) => c.appositiveAfter === 'place',
  },
  {
    name: 'in-the-compass',
    kind: 'place',
    weight: W.enough,
    reason: 'in the north (or another point) follows it: Hermel in the north',
    test: (c) => c.inTheCompass,
  },
];

/** The candidate's scores by the table: all evidence, the part from compromise's tags, and the rules that fired. */
export function weigh(c: Candidate): { scores: Scores; model: Scores; fired: string[] } {
  const scores = zero();
  const model = zero();
  const fired: string[] = [];
  for (const rule of EVIDENCE) {
    const times = Number(rule.test(c));
    if (!times) continue;
    scores[rule.kind] += rule.weight * times;
    if (rule.model) model[rule.kind] += rule.weight * times;
    fired.push(rule.name);
  }
  return { scores, model, fired };
}
