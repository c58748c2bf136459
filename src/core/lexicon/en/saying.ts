/** English verbs of saying, lower-cased: the quote finder's cues, and which of them carry an indirect claim. */
import { words } from '../words';

/** English reporting verbs (any form): the subject may stand before (`X said`) or after (`said X`). */
export const CUES = words(`said says say saying told tells added adds stated states explained explains noted notes
  argued argues insisted insists warned warns claimed claims wrote writes asked asks replied replies responded responds
  continued continues concluded concludes declared declares announced announces acknowledged acknowledges admitted admits
  confirmed confirms denied denies maintained maintains observed observes remarked remarks suggested suggests stressed
  stresses emphasised emphasises emphasized emphasizes cautioned cautions predicted predicts complained complains conceded
  concedes countered counters recalled recalls believes believe thinks think tweeted posted urged urges vowed vows
  described describes called calls agreed agrees estimated estimates reiterated reiterates underlined underlines testified
  alleged alleges boasted lamented laments quipped mused joked shouted recounted recounts reported reports pointed
  explained put summed admitted acknowledges assured assures promised promises`);
/** Verbs whose following noun phrase is the addressee, not the speaker (`told Reuters`). */
export const NO_INVERSION = words(`told tells asked asks urged urges assured assures promised promises called calls
  described describes put summed pointed believe believes think thinks`);
/** Reporting verbs that carry an indirect claim (`said that …`). */
export const INDIRECT = words(`said told added stated explained noted argued insisted warned claimed confirmed denied
  announced says believes estimated`);
