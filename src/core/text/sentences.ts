/**
 * Sentences of a block of text. `Intl.Segmenter` splits Arabic on `.` `؟` `!` the same way in Node, Chromium and
 * Firefox; where it is missing, a rule on the same marks stands in.
 */
import type { Span } from '../types';

const segmenters = new Map<string, Intl.Segmenter>();

export function sentences(text: string, lang: string, offset = 0): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start: start + offset, end: end + offset });
  };
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let seg = segmenters.get(lang);
    if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
    for (const s of seg.segment(text)) push(s.index, s.index + s.segment.length);
    return out;
  }
  let start = 0;
  for (const m of text.matchAll(/[.!?؟]+["»”']?\s+/g)) {
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}
