/**
 * Openings a summary cannot start with. Those that lean on the sentence before: a summary read first would leave the
 * reader asking "added to what?", "likewise to whom?"; such a sentence may follow another but never open one. And
 * openings that stand before the news (`setsTheScene`). Word classes and shapes, not the words of any article;
 * compared folded (see `lexicon/words.ts`).
 */
import { DATE_WORDS as AR_DATE } from '../lexicon/ar/claims';
import { DATE_WORDS as EN_DATE } from '../lexicon/en/claims';
import { words } from '../lexicon/words';
import { fold } from '../text/normalize';

/** Arabic: continuing the last speaker (`ويضيف أن`), comparing with the last point (`وبالمثل`), pointing back. */
const AR_LEANING = words(`ويضيف واضاف وتابع ويتابع واوضح ويوضح وختم ويختم ويخلص وخلص واستدرك ويستدرك ولفت ويلفت
  واشار ويشير واكد ويؤكد وبالمثل وكذلك كذلك كما وايضا ايضا وفي_المقابل بالمقابل في_المقابل من_جانبه من_جانبها
  من_جهته من_جهتها وفي_هذا_الاطار وفي_هذا_السياق في_هذا_الاطار في_هذا_السياق وفي_السياق_نفسه وذلك وهذا وهذه وهو
  وهي وهم ولكن لكن الا_ان غير_ان بيد_ان بينما فيما واما اما وعليه لذلك ولذلك وبذلك`);

/** English: a pronoun for someone named before, an added remark, a contrast or sequel to the last sentence. */
const EN_LEANING = words(`he she they it this that these those his her their its but however meanwhile also and
  still yet instead likewise similarly besides moreover furthermore then such so`);

/**
 * A demonstrative before a word of time names the time, not something said before: "This year's prize went to…",
 * "That night the river rose" stand on their own.
 */
const EN_DEMONSTRATIVE = words('this that these those');
const EN_TIME = words(`year year's years week week's weeks month month's months morning afternoon evening night
  season summer winter spring autumn weekend time`);

/** The longest entry above, in words. */
const LONGEST = 4;

/** Whether a sentence (folded) opens by leaning on the one before it. */
export function leansOnPrevious(folded: string, english: boolean): boolean {
  const head = folded
    .replace(/^[\s"'«»“”‘’(\-–—]+/, '')
    .toLowerCase()
    .split(/[\s,،:;]+/, LONGEST);
  if (english && EN_DEMONSTRATIVE.has(head[0]) && EN_TIME.has(head[1] ?? '')) return false;
  const list = english ? EN_LEANING : AR_LEANING;
  for (let n = 1; n <= head.length; n++) if (list.has(head.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * An English feature opening: "X is a …" — the subject defined before anything has happened (not "X is the first…",
 * which is news). The event such a story
 * reports comes in the next sentence, which its highlights open with (issue 17: the held-out fixtures' losses).
 */
const EN_DEFINES = /^(?:[\w'’.-]+\s+){1,6}?(?:is|are)\s+(?:a|an|one|the(?!\s+(?:first|last|only|\w+est)\b))\s/i;
/** A quotation mark before the first word: the sentence is what someone said, the news at most in its attribution. */
const OPENS_QUOTING = /^\s*["“„«]/;
/** The last closing quotation mark: what follows it is the attribution. */
const LAST_CLOSE = /["”»](?=[^"”»]*$)/;
/** A figure: a count, an amount, a score, a date. */
export const FIGURE = /[0-9\u0660-\u0669]/;

/** A year, or a day of a month: the date of the attribution ("said on 12 March", "في 3 آذار 2024"), not its news. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A number set off alone after a name is an age ("said Jassim Abdul-Hussein, 62, a farmer"), not the news either. */
const AGE = /[,(]\s*\d{1,3}\s*(?=[,.)]|$)/g;
const isDate = (w: string | undefined) => w !== undefined && (EN_DATE.has(w) || AR_DATE.has(w) || YEAR.test(w));

/**
 * A quote lede whose attribution carries the news: "…," X said after his shot gave the club an 84-83 win. A figure
 * after the quotation is the fact highlights lead with (a result, a record time, a vote), so the sentence reports and
 * its quotation rides along; without one — a date or an age is none — the attribution is a name, a day and a
 * scene (issue 17: of the five quote ledes in s01–s30 the three with a figure there lead their highlights; keeping
 * any long attribution instead had lost 0.6 R-1, and keeping those that name an event keeps all five: 41.2 against
 * 42.3).
 */
function attributionHoldsFigure(raw: string): boolean {
  const close = LAST_CLOSE.exec(raw);
  if (!close || close.index === 0) return false;
  const w = fold(raw.slice(close.index + 1).replace(AGE, ''))
    .toLowerCase()
    .split(/[\s,،.;:()]+/)
    .filter(Boolean);
  return w.some((t, i) => FIGURE.test(t) && !isDate(t) && !isDate(w[i - 1]) && !isDate(w[i + 1]));
}

/**
 * Whether a sentence sets the scene rather than reports: it opens with a quotation (unless its attribution holds a
 * figure, above) or, in English, defines its subject. A summary read alone should start with what happened, so such an opening is passed over for the next
 * sentence that can stand first. Arabic keeps defining openers: EASC's human summaries keep them.
 */
export function setsTheScene(raw: string, english: boolean): boolean {
  return (OPENS_QUOTING.test(raw) && !attributionHoldsFigure(raw)) || (english && EN_DEFINES.test(raw));
}

/** The days a story happens on, and the words that make "this week", "last month" its time. */
const EN_DAY = words('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight');
const EN_THIS = words('this last');
const EN_SPAN = words('week weekend month morning afternoon evening night');

/** Where the first word naming the time of the news stands ("on Thursday", "this week"), in words; -1 if none. */
function newsTimeAt(raw: string): number {
  const w = raw
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return w.findIndex((t, i) => EN_DAY.has(t) || (EN_THIS.has(t) && EN_SPAN.has(w[i + 1] ?? '')));
}

/**
 * A delayed English lede: an opening that names no time of the news (a town's history, a scene) before a sentence
 * that starts with it ("On Thursday one of those floors went back on display"). The dated sentence is the news and
 * the summary opens there; the opening is background a summary read alone can do without.
 */
export function delaysTheNews(raw: string, next: string): boolean {
  const at = newsTimeAt(next);
  return at >= 0 && at <= 2 && newsTimeAt(raw) < 0;
}
