/**
 * English words that make a sentence checkable, lower-cased, by word class: what a fact-checker looks for first
 * (numbers, measures, comparisons, trends, causes) and the words of opinion and prediction, which nobody can check yet.
 */
import { words } from '../words';

/** Numbers written out, fractions and counts of units: `sixty shops`, `a third of`, `dozens of traders`. */
export const NUMBER_WORDS = words(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion dozen dozens half third thirds quarter quarters fifth tenth
  twice double triple tens score scores majority minority`);
/** Words of a share: `40 percent`, `per cent`. */
export const PERCENT_WORDS = words('percent cent percentage percentages pct');
/** Currencies, prices and costs: a sum is among the most checked of figures (a budget named is a topic, not a sum). */
export const MONEY_WORDS = words(`dollar dollars usd euro euros pound pounds sterling lira liras dinar dinars riyal
  riyals dirham dirhams yen yuan cost costs price prices inflation`);
/** Months and the words that date a claim to a period: `in the 1920s`, `since March`, `for years`. */
export const DATE_WORDS = words(`january february march april june july august september october november december
  decade decades century years since`);
/**
 * Comparisons and superlatives: `the largest`, `more than`, `the first`, `a record`. `more`, `less` and `fewer` alone
 * are left out (`more cautious` compares nothing checkable): the `than` after them is what compares.
 */
export const COMPARISON_WORDS = words(`largest biggest highest lowest smallest greatest fastest slowest longest oldest
  newest worst best most least first only record unprecedented than larger bigger higher lower greater smaller faster
  slower longer cheaper dearer worse better compared`);
/** Changes of a quantity over time: `doubled`, `fell`, `a rise in`. */
export const CHANGE_WORDS =
  words(`doubled tripled trebled halved quadrupled rose rise rises rising risen fell fall falls
  falling fallen increased increase increases increasing decreased decrease decreases declined decline declines grew
  grow grows growth dropped drop drops surged surge plunged plunge soared jumped shrank shrunk contracted expanded
  climbed slumped tumbled reduced cut cuts improved worsened recovered collapsed`);
/** Causes and effects: `because of`, `due to`, `as a result` (`led` is left out: `who led the work` causes nothing). */
export const CAUSE_WORDS = words(`because due owing caused causes causing cause result resulted results consequence
  consequently thanks blamed attributed therefore hence prevented enabled forced`);
/** Opinion, wish and prescription: what a speaker wants or believes, not what is (`needs` is left out: `its needs`). */
export const OPINION_WORDS = words(`should must ought want wants wanted hope hopes hoped believe believes think thinks
  feel feels seems appears perhaps maybe probably urged urges called calls`);
/** Prediction and plans: what will be, which no one can check yet. */
export const FUTURE_WORDS = words('will would expected expects plans planned intends going shall might may could');
