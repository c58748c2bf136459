/**
 * English function words and common words: the prepositions a name may follow, the verbs of saying around a speaker's
 * name, and the words written in capitals that are no acronym of a name.
 */
import { words } from '../words';
import { PLACE_PREPOSITION_LIST } from './places';

/** Prepositions, of place and others: a name after one ends an opening phrase (`In Kfarshouba, the council …`). */
export const PREPOSITIONS = words(`${PLACE_PREPOSITION_LIST}
  for with by at on after before under since during like unlike against among between within without about over
`);

/** Reporting verbs: "Saddi said", "said Lina Kassab". */
export const REPORTING_VERBS = words(
  'said says told tells added adds stressed noted explained warned argued insisted recalled',
);

/** Words written in capitals that name no organisation or place. */
export const NOT_ACRONYMS = words(`
  ceo cfo coo cto mp mps gdp tv am pm dna id ok vat phd covid aids hiv sms usd eur lbp gbp kwh mw gw km kg lng lpg
  suv faq pdf ai ip vip ngo ngos vs etc bc ad bce ce ii iii iv vi vii viii ix xi xii gmt utc pr hr fm sos dj mc
  i a q qa rip faqs ceos lol omg fyi nb ps tbd asap diy
`);
