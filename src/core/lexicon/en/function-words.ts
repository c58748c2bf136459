/**
 * English function words and common words: the prepositions a name may follow, the verbs of saying around a speaker's
 * name, the words in capitals that are no acronym, and the words that bound a speaker's noun phrase (auxiliaries and
 * adverbs between a subject and its verb, clause openers, pronouns, the small words of a title).
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

/**
 * Capitalised words that alone name no person, place or body, whatever the words around them suggest (`in January`,
 * `March said`): months, weekdays, diseases and the pronoun `I` (which a list of names around it made a place or a
 * person). Inside a longer name they stay (`Theresa May`, `March of Dimes`, `Norton I`).
 */
export const NOT_NAMES = words(`
  i
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sept sep oct nov dec monday tuesday wednesday thursday friday saturday sunday covid covid-19 coronavirus sars
  sars-cov-2 mers ebola zika h1n1 h5n1 mpox
`);

/** Sentence adverbs and connectives, capitalised where they open a sentence: never a name (`However, …`). */
export const CONNECTIVES = words(`
  however meanwhile still yet moreover furthermore nevertheless nonetheless instead indeed therefore thus besides
  later earlier then now today yesterday overall finally similarly likewise otherwise hence accordingly consequently
  additionally separately also but and so afterwards previously again already ultimately eventually initially
`);

/** Words between a subject and its verb: `X also said`, `X has said`, `X later told`. */
export const AUX = words(`also has have had was is were are later then previously reportedly further again once
  separately recently earlier publicly repeatedly would will may might could should quickly simply only just since often
  has had already still privately bluntly flatly openly`);
/** Of those, the ones between `and` and a coordinated reporting verb: `X toured the fair and later said`. */
export const AUX_AFTER_AND = words('also later then has had have was');
/** Words that end a subject going backwards. */
export const CLAUSE = words(`that and but while as when because which who whom so after before if although though since
  where whereas yet or nor than until unless whether`);
export const PRONOUNS = words('he she they it we i you');
/** The pronouns that stand for a speaker next to a reporting verb: `"…," he said`, `she told`. */
export const SPEAKER_PRONOUNS = words('he she they');
/** Words that end a speaker's noun phrase after the verb: `said Jane Doe on Monday`, `said X while …`. */
export const AFTER_SPEAKER = words('on during after before yesterday today last this while adding saying told');
/** Small words a Title Case title leaves in lower case: `"The Long Road to Home"`. */
export const TITLE_SMALL = words('of the and a an in on for to at by with or from &');
/** Determiners before a speaker's head, passed over to find it: `the ministry`, `another official`. */
export const DETERMINERS = words('a an the another');
/** Possessives that tie a source to someone already named: `according to his office`. */
export const POSSESSIVES = words('his her their its');
