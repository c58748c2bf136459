/**
 * The quote finder's word lists under their old names, for the modules that still import them from here. The lists
 * themselves live in `src/core/lexicon/{ar,en}` by word class.
 */
export {
  Agree,
  type CueForm,
  CUE_FORMS as AR_CUES,
  OBJECT_SUFFIXES as AR_OBJECT_SUFFIXES,
  DESCRIBING_LEMMAS as DESCRIBE,
  DESCRIBING_FORMS as AR_DESCRIBE,
  SOURCE_PREPS as AR_SOURCE_PREPS,
  SOURCE_NEEDS_PREP as AR_SOURCE_NEEDS_PREP,
  COMPLEMENTISERS as AR_COMP,
  SAYING as AR_SAYING,
  SPEECH_NOUNS as AR_SPEECH_NOUNS,
  ADDRESSEES as AR_ADDRESSEE,
} from '../lexicon/ar/saying';
export {
  VAGUE_HEADS as AR_VAGUE_HEADS,
  VAGUE_ALWAYS as AR_VAGUE_ALWAYS,
  GROUP_HEADS as AR_GROUP_HEADS,
  INSTITUTION_HEADS as AR_INSTITUTION_HEADS,
  PLURAL_HEADS as AR_PLURAL_HEADS,
  MEDIA as AR_MEDIA,
} from '../lexicon/ar/sources';
export { ROLES as AR_ROLES, ROLE_STEMS as AR_ROLE_STEMS } from '../lexicon/ar/roles';
export {
  NAME_PARTICLES as AR_NAME_PARTICLES,
  COMPOUND_FIRST as AR_COMPOUND_FIRST,
  COMPOUND_SECOND as AR_COMPOUND_SECOND,
} from '../lexicon/ar/name-parts';
export {
  PREPOSITIONS as AR_PREPS,
  ADVERBS as AR_ADVERBS,
  NOT_IN_NAMES as AR_FUNCTION,
  TOPIC as AR_TOPIC,
  KANA as AR_KANA,
  QAD as AR_QAD,
} from '../lexicon/ar/function-words';
export { NAME_NOUNS as AR_NAME_NOUNS } from '../lexicon/ar/naming';
export { CUES as EN_CUES, NO_INVERSION as EN_NO_INVERSION } from '../lexicon/en/saying';
export {
  VAGUE_HEADS as EN_VAGUE_HEADS,
  GROUP_HEADS as EN_GROUP_HEADS,
  INSTITUTION_HEADS as EN_INSTITUTION_HEADS,
} from '../lexicon/en/sources';
export { TITLES as EN_TITLES } from '../lexicon/en/roles';
export { NAME_PARTICLES as EN_NAME_PARTICLES } from '../lexicon/en/name-parts';
export { AUX as EN_AUX, CLAUSE as EN_CLAUSE, PRONOUNS as EN_PRONOUNS } from '../lexicon/en/function-words';
export { NAME_NOUNS as EN_NAME_NOUNS } from '../lexicon/en/naming';
export { ABBREVIATIONS as EN_ABBREVIATIONS } from '../lexicon/en/abbreviations';
