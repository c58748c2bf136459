/**
 * The one sentence splitter: sentences of a block of text, by offsets. A rule of our own rather than
 * `Intl.Segmenter`: ICU's segmenters cost milliseconds a page (more on their first call) and split a quoted passage
 * of several sentences, which news writing keeps whole as one claim.
 */
import { ABBREVIATIONS } from '../lexicon/en/abbreviations';
import type { Span } from '../types';

/** An abbreviation, or a lone initial, right before a full stop. */
const ABBREVIATED = new RegExp(`(?:^|\\s)(?:${[...ABBREVIATIONS].join('|')}|[A-Z])$`, 'i');

const isOpener = (c: number) => c === 0xab || c === 0x201c || c === 0x201e || c === 0x2039;
const isCloser = (c: number) => c === 0xbb || c === 0x201d || c === 0x203a;
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026;
/** Arabic letters (hamza to yeh, and the Persian and Urdu letters past them), with the marks written on them. */
const isArabicLetter = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3);
const isArabicMark = (c: number) => (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;

/**
 * Arabic text often runs two sentences together with no space after the stop (`حذراً.عرفت`). A stop between two
 * Arabic words ends a sentence there, unless the word before it is a single letter: `د.` (doctor), `أ.د.`, `ق.م`,
 * `ص.ب`, `1770م.` are abbreviations, and digits, URLs and Latin initials have no Arabic letter on both sides at all.
 */
function runTogether(text: string, stop: number, next: number, from: number): boolean {
  if (!isArabicLetter(text.charCodeAt(next))) return false;
  if (text.charCodeAt(stop) !== 0x2e) return true;
  let letters = 0;
  for (let k = stop - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (isArabicLetter(c)) letters++;
    else if (!isArabicMark(c)) break;
  }
  return letters >= 2;
}

const isSpace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

/**
 * Sentences of one block of `text`: split after `.` `!` `?` `؟` `…` followed by a space (or run into the next Arabic
 * word, see `runTogether`), never inside quotation marks
 * (a quoted passage of several sentences stays whole), never after an English abbreviation or before a lower-case
 * English word (`"Ready?" she asked.`). Offsets are over `text`; white space at either end is left out.
 */
export function sentences(text: string, block: Span, english: boolean): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let straight = false;
  let start = block.start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = block.start; i < block.end; i++) {
    const c = text.charCodeAt(i);
    if (isOpener(c)) depth++;
    else if (isCloser(c)) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 0x22) straight = !straight;
    else if (isStop(c) && depth === 0) {
      let j = i + 1;
      for (; j < block.end; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x22) straight = !straight;
        else if (!(d === 0x2e || isCloser(d) || d === 0x27 || d === 0x2019)) break;
      }
      // the marks after the stop are read: go on from there, whether or not the sentence ends here
      const at = i;
      i = j - 1;
      if (straight) continue;
      if (j < block.end && !isSpace(text.charCodeAt(j)) && !runTogether(text, at, j, block.start)) continue;
      if (english && c === 0x2e && ABBREVIATED.test(text.slice(Math.max(block.start, at - 5), at))) continue;
      if (english && j + 1 < block.end) {
        const n = text.charCodeAt(j + 1);
        if (n >= 0x61 && n <= 0x7a) continue;
      }
      push(start, j);
      start = j;
    }
  }
  push(start, block.end);
  return out;
}
