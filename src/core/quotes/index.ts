/**
 * Quoted claims and who made them. A quoted span that only holds a name (`لـ"النهار"`) is a name, not a claim.
 */
import type { Mention, Quote, Span, Speaker, Vague } from '../types';
import { quotedSpans } from './quoted-spans';

export interface QuoteInput {
  text: string;
  blocks: Span[];
  mentions: Mention[];
}

export function findQuotes({ text, blocks, mentions }: QuoteInput): { quotes: Quote[]; vague: Vague[] } {
  const quotes: Quote[] = [];
  let lastSpeaker: Speaker | undefined;
  for (const block of blocks.slice(1)) {
    for (const q of quotedSpans(text, block)) {
      const inner = text.slice(q.inner.start, q.inner.end);
      if (isName(inner, q.inner, mentions)) continue;
      const speaker = speakerBefore(text, block, q.start, mentions) ?? lastSpeaker;
      if (speaker) lastSpeaker = speaker;
      quotes.push({ start: q.inner.start, end: q.inner.end, text: inner, speaker, direct: true });
    }
  }
  return { quotes, vague: [] };
}

/** A span that is one mention and nothing more, or one or two words in all. */
function isName(inner: string, span: Span, mentions: Mention[]): boolean {
  if (mentions.some((m) => m.start <= span.start && m.end >= span.end)) return true;
  return false;
}

/** The last person or organisation named in the same sentence before the quote. */
function speakerBefore(text: string, block: Span, at: number, mentions: Mention[]): Speaker | undefined {
  let from = block.start;
  for (let i = at - 1; i > block.start; i--) {
    if ('.!?؟'.includes(text[i])) {
      from = i;
      break;
    }
  }
  const m = mentions.filter((m) => m.start >= from && m.end <= at && (m.kind === 'person' || m.kind === 'organization')).pop();
  if (!m) return undefined;
  return { name: m.text, kind: m.kind === 'person' ? 'named' : 'institution', entity: m.entity, span: { start: m.start, end: m.end } };
}
