/**
 * Sentences of a block of text. Arabic splits on `.` `؟` `!` (and `?`), as every browser's segmenter splits it, by a
 * rule of our own: ICU's Arabic segmenter costs milliseconds a page, and more on its first call. English keeps
 * `Intl.Segmenter`, which reads `U.S.` right, and joins back what it cuts after a title (`Mr.`, `Gen.`); the rule
 * stands in where it is missing.
 */
import type { Span } from '../types';

const segmenters = new Map<string, Intl.Segmenter>();
/** A sentence ends after its marks and any closing quotes or brackets, before white space (so `3.5` goes on). */
const END = /[.!?؟]+["»”'’)\]]*(?=\s|$)/g;

export function sentences(text: string, lang: string, offset = 0): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start: start + offset, end: end + offset });
  };
  if (lang !== 'ar' && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let seg = segmenters.get(lang);
    if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
    segmentInWindows(seg, text, push);
    return joinAfterTitles(text, out, offset);
  }
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** Abbreviated titles after which ICU ends a sentence that goes on (`Mr. Berri`). */
const TITLE_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Maj|Sgt|Sen|Rep|Gov|Prof|St|Rev|Brig|Adm|No)\.$/;

function joinAfterTitles(text: string, spans: Span[], offset: number): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && TITLE_END.test(text.slice(prev.start - offset, prev.end - offset))) prev.end = s.end;
    else out.push(s);
  }
  return out;
}

/** Characters handed to the segmenter at a time. */
export const SENTENCE_WINDOW = 2000;

/**
 * Sentence boundaries of `text`, found a window at a time. V8's sentence segmenter costs time in proportion to the
 * whole text for every sentence it yields, so one call over a long text is quadratic: 100 000 characters of short
 * sentences took seconds, a page frozen. Each window keeps all its sentences but the last, which may run past the
 * window's end, and the next window starts where that one does. A sentence longer than the window widens it.
 * The last sentence kept must be followed by one that holds a letter: the segmenter looks past spaces, digits and
 * marks to the next letter before it breaks (`etc. 4 more`), and a window's end could hide that letter (unless no
 * letter comes after it at all).
 */
export function segmentInWindows(
  seg: Intl.Segmenter,
  text: string,
  push: (start: number, end: number) => void,
  width = SENTENCE_WINDOW,
): void {
  let from = 0;
  let size = width;
  // Past the last letter there is nothing for the segmenter to look ahead to: a stretch without letters (a run of
  // punctuation) needs no wider view.
  let lastLetter = text.length - 1;
  while (lastLetter >= 0 && !/\p{L}/u.test(text[lastLetter])) lastLetter--;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const parts = [...seg.segment(end === text.length && from === 0 ? text : text.slice(from, end))];
    if (end === text.length) {
      for (const p of parts) push(from + p.index, from + p.index + p.segment.length);
      return;
    }
    let k = parts.length - 1;
    while (k > 0 && end <= lastLetter && !/\p{L}/u.test(parts[k].segment)) k--;
    if (k === 0) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < k; i++) push(from + parts[i].index, from + parts[i].index + parts[i].segment.length);
    from += parts[k].index;
    size = width;
  }
}
