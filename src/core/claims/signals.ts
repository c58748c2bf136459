/**
 * What makes one sentence checkable, read from its words: figures and dates from the digits, the word classes of the
 * language's claim lexicon (`lexicon/<lang>/claims.ts`), and the signs of shares and sums (`%`, `$`).
 */
import * as AR from '../lexicon/ar/claims';
import * as EN from '../lexicon/en/claims';
import { proclitics } from '../text/tokens';
import type { ClaimReason, Lang } from '../types';

type Lexicon = typeof EN;

/** Each word class of a claim lexicon and the reason a word of it gives. */
const CLASSES: [keyof Lexicon, ClaimReason][] = [
  ['NUMBER_WORDS', 'figure'],
  ['PERCENT_WORDS', 'percentage'],
  ['MONEY_WORDS', 'money'],
  ['DATE_WORDS', 'date'],
  ['COMPARISON_WORDS', 'comparison'],
  ['CHANGE_WORDS', 'change'],
  ['CAUSE_WORDS', 'cause'],
  ['OPINION_WORDS', 'opinion'],
  ['FUTURE_WORDS', 'future'],
];
const LEXICONS: Record<Lang, Lexicon> = { ar: AR, en: EN };

/** A year as news writes it: a date, not a quantity. */
const YEAR = /^(?:1[89]|20)\d\d$/;
const DIGIT = /\d/;

/**
 * Adds to `reasons` what one word (a token of the normalised text) gives. An Arabic word is read with its proclitics
 * off as well (`بسبعة`، `والأكبر`); an English one in lower case.
 */
export function wordReasons(word: string, lang: Lang, reasons: Set<ClaimReason>): void {
  if (DIGIT.test(word)) {
    reasons.add(YEAR.test(word) ? 'date' : 'figure');
    return;
  }
  const lex = LEXICONS[lang];
  const readings = lang === 'ar' ? proclitics(word) : [word.toLowerCase()];
  for (const [list, reason] of CLASSES) if (readings.some((r) => lex[list].has(r))) reasons.add(reason);
}

/** Adds what the signs in a stretch of raw text give: `%` and `٪` a share, currency signs a sum. */
export function signReasons(raw: string, reasons: Set<ClaimReason>): void {
  if (/[%٪]/.test(raw)) reasons.add('percentage');
  if (/[$€£]/.test(raw)) reasons.add('money');
}
