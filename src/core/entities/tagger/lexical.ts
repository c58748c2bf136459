/**
 * What the project's own word lists say about a token, as bits: the knowledge no public model has, handed to the
 * tagger as features. A title before a word, a verb of saying after it, a place noun, a given name: each is one bit,
 * and the features read the bits of the words around a token as well as its own.
 *
 * The lists are the lexicon's (`src/core/lexicon`); a change to one changes what a trained model reads: retrain.
 */
import { NAME_PARTICLES, AMBIGUOUS_GIVEN } from '../../lexicon/ar/names';
import { ARMED, ORG_BEFORE, ORG_HEADS } from '../../lexicon/ar/organisations';
import { DIRECTIONS, PLACE_CONTEXT, PLACE_TRIGGERS, PLACES } from '../../lexicon/ar/places';
import { OPENING_COMPLEMENTISERS } from '../../lexicon/ar/saying';
import { STOP } from '../../lexicon/ar/function-words';
import { SPOKESMEN, SURNAME_TITLES, TITLE_WORDS, TITLES } from '../../lexicon/ar/titles';
import { ARABIC_PARTICLES as EN_PARTICLES, FIRST_NAMES } from '../../lexicon/en/names';
import { ORG_HEADS as EN_ORG_HEADS, ORG_NOUNS as EN_ORG_NOUNS } from '../../lexicon/en/organisations';
import {
  PLACE_HEADS as EN_PLACE_HEADS,
  PLACE_NOUNS as EN_PLACE_NOUNS,
  PLACE_PREPOSITIONS,
} from '../../lexicon/en/places';
import { CUES as EN_CUES } from '../../lexicon/en/saying';
import {
  PERSON_NOUNS as EN_PERSON_NOUNS,
  SURNAME_TITLES as EN_SURNAME_TITLES,
  TITLE_WORDS as EN_TITLE_WORDS,
  TITLES as EN_TITLES,
} from '../../lexicon/en/titles';
import { stripConj } from '../../text/tokens';
import { VERBS } from '../arabic/speech';

/** The classes, one bit each; their order is part of a trained model (features hash the bit's index). */
export const LEX = {
  title: 1 << 0,
  given: 1 << 1,
  saying: 1 << 2,
  placeNoun: 1 << 3,
  placePrep: 1 << 4,
  orgHead: 1 << 5,
  orgBefore: 1 << 6,
  particle: 1 << 7,
  stop: 1 << 8,
  direction: 1 << 9,
  nisba: 1 << 10,
  place: 1 << 11,
  personNoun: 1 << 12,
  complementiser: 1 << 13,
  ambiguousGiven: 1 << 14,
  armed: 1 << 15,
} as const;
export const LEX_BITS = 16;

const PLACE_SET = new Set(PLACES);

/** Arabic nisba shape: a word of four letters or more ending in ي, يه (folded ية) or their plurals. */
export const isNisbaShape = (w: string) => w.length >= 4 && /(?:ي|يه|يين|يون|يات)$/.test(w);

/**
 * The classes of an Arabic token, from its folded form and its stem without proclitics (`والرئيس` is a title as
 * `الرئيس` is; `بالمدينة` is a place noun as `مدينه` is).
 */
export function arabicClasses(word: string, stem: string, givenNames: ReadonlySet<string>): number {
  const forms = stem === word ? [word] : [word, stem];
  const bare = stripConj(word);
  if (bare !== word && bare !== stem) forms.push(bare);
  let bits = 0;
  for (const f of forms) {
    if (TITLES.has(f) || SURNAME_TITLES.has(f) || TITLE_WORDS.has(f)) bits |= LEX.title;
    if (givenNames.has(f)) bits |= LEX.given;
    if (AMBIGUOUS_GIVEN.has(f)) bits |= LEX.ambiguousGiven;
    if (VERBS.has(f)) bits |= LEX.saying;
    if (PLACE_TRIGGERS.has(f)) bits |= LEX.placeNoun;
    if (PLACE_CONTEXT.has(f)) bits |= LEX.placePrep;
    if (ORG_HEADS.has(f)) bits |= LEX.orgHead;
    if (ORG_BEFORE.has(f)) bits |= LEX.orgBefore;
    if (ARMED.has(f)) bits |= LEX.armed;
    if (NAME_PARTICLES.has(f)) bits |= LEX.particle;
    if (STOP.has(f)) bits |= LEX.stop;
    if (DIRECTIONS.has(f)) bits |= LEX.direction;
    if (PLACE_SET.has(f)) bits |= LEX.place;
    if (SPOKESMEN.has(f)) bits |= LEX.personNoun;
    if (OPENING_COMPLEMENTISERS.has(f)) bits |= LEX.complementiser;
  }
  // The article is part of a place's name in the list (`العراق`) but off the stem: try the stem with it.
  if (stem !== word && PLACE_SET.has('ال' + stem)) bits |= LEX.place;
  if (isNisbaShape(stem)) bits |= LEX.nisba;
  return bits;
}

/** The classes of an English token, from its lowercase form. */
export function englishClasses(lower: string): number {
  let bits = 0;
  if (EN_TITLES.has(lower) || EN_TITLE_WORDS.has(lower) || EN_SURNAME_TITLES.has(lower)) bits |= LEX.title;
  if (FIRST_NAMES.has(lower)) bits |= LEX.given;
  if (EN_CUES.has(lower)) bits |= LEX.saying;
  if (EN_PLACE_NOUNS.has(lower) || EN_PLACE_HEADS.has(lower)) bits |= LEX.placeNoun;
  if (PLACE_PREPOSITIONS.has(lower)) bits |= LEX.placePrep;
  if (EN_ORG_HEADS.has(lower)) bits |= LEX.orgHead;
  if (EN_ORG_NOUNS.has(lower)) bits |= LEX.orgBefore;
  if (EN_PARTICLES.has(lower)) bits |= LEX.particle;
  if (EN_PERSON_NOUNS.has(lower)) bits |= LEX.personNoun;
  if (/(?:ian|ese|ish|i)$/.test(lower) && lower.length >= 5) bits |= LEX.nisba;
  return bits;
}
