/**
 * English places: the nouns and words that open or close a place's name, the nouns that say a name is a place, and
 * the prepositions and compass words before one.
 */
import { words } from '../words';

/** Nouns that say a name is a place: "Hasbaya district", "the village of Kfarshouba". */
export const PLACE_NOUNS = words(`
  village villages town towns city cities district districts region province governorate area municipality
  neighbourhood neighborhood suburb suburbs camp country state capital port island valley border countryside coast
  quarter enclave hamlet locality caza qada mohafaza plain plains mountains highlands outskirts countryside oasis
  township county
`);

/** Plural nouns for places that a name may exemplify: `countries like X`, `regions such as X`. */
export const PLACE_PLURALS = words('countries states capitals regions provinces districts');

/** The last word of a place's name: "Bekaa Valley", "Gaza Strip", "Golan Heights". */
export const PLACE_HEADS = words(`
  valley sea gulf strip river mountains mountain heights governorate province district region city island islands
  coast plain desert peninsula lake ocean bay strait canal basin delta oasis
`);

/** The four points of the compass: `in the north`, `north of X`, `South Lebanon`. */
const COMPASS_LIST = 'north south east west';
export const COMPASS = words(COMPASS_LIST);

/** Words before `of` that make what follows a place: `north of Beirut`, `the outskirts of Tyre`. */
export const PLACE_BEFORE_OF = words(`${COMPASS_LIST} northeast northwest southeast southwest outskirts`);

/** First words of a place's name: "Mount Lebanon", "Ras Baalbek", "Kafr Kila", "South Lebanon". */
export const PLACE_FIRST = words(`
  mount mt lake cape port fort ras ain ein deir dayr tell tal jabal jebel wadi bir kafr kfar beit bint marj
  nahr khan qasr souk souq bab borj burj jisr sidi saint st ${COMPASS_LIST} northern southern eastern western
  upper lower central greater
`);

/** The prepositions before a place that weigh most: "in Homs", "near Al Bayda", "from Zahle". */
const STRONG_PLACE_PREPOSITION_LIST = 'in near from';
export const STRONG_PLACE_PREPOSITIONS = words(STRONG_PLACE_PREPOSITION_LIST);

/** Words that say the name after them is a place: "in Homs", "into Syria", "towards Tyre". */
export const PLACE_PREPOSITION_LIST = `${STRONG_PLACE_PREPOSITION_LIST}
  to into across outside inside towards toward around throughout via
`;
export const PLACE_PREPOSITIONS = words(PLACE_PREPOSITION_LIST);
