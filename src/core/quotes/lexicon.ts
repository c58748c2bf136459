/**
 * The quote finder's word lists that other rooms still import from here, under their old names, until they import
 * them from `src/core/lexicon/{ar,en}` (where the lists live, by word class). Nothing in `quotes/` reads this file.
 */
export { CUE_FORMS as AR_CUES, SAYING as AR_SAYING } from '../lexicon/ar/saying';
export {
  GROUP_HEADS as AR_GROUP_HEADS,
  INSTITUTION_HEADS as AR_INSTITUTION_HEADS,
  MEDIA as AR_MEDIA,
  VAGUE_HEADS as AR_VAGUE_HEADS,
} from '../lexicon/ar/sources';
export { ROLES as AR_ROLES } from '../lexicon/ar/roles';
export { CUES as EN_CUES } from '../lexicon/en/saying';
