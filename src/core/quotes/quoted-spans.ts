/**
 * Quoted spans: the words between quotation marks, in every mark news pages use. A mark left open closes at the end
 * of its paragraph, so one stray mark never swallows the article.
 */
import type { Span } from '../types';

export interface QuotedSpan extends Span {
  /** Span of the words inside the marks. */
  inner: Span;
}

/** Opening mark → closing marks it accepts. The straight double quote opens and closes itself. */
const PAIRS: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“”', '‹': '›' };

export function quotedSpans(text: string, block: Span): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = block.start;
  while (i < block.end) {
    const close = PAIRS[text[i]];
    if (!close) {
      i++;
      continue;
    }
    const open = i;
    let j = i + 1;
    let depth = 0;
    for (; j < block.end; j++) {
      const c = text[j];
      // A different opening mark inside nests; the straight quote cannot nest inside itself.
      if (c !== text[open] && PAIRS[c] && !close.includes(c)) depth++;
      else if (close.includes(c) || (depth > 0 && Object.values(PAIRS).some((v) => v.includes(c)))) {
        if (depth === 0) break;
        depth--;
      }
    }
    const end = Math.min(j, block.end);
    const inner = trim(text, open + 1, end);
    if (inner.end > inner.start) out.push({ start: open, end: Math.min(end + 1, block.end), inner });
    i = end + 1;
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
