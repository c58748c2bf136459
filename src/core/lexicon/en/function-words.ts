/**
 * English function words that bound a speaker's noun phrase, lower-cased: auxiliaries and adverbs between a subject
 * and its verb, clause openers, pronouns, and the small words of a title.
 */
import { words } from '../words';

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
