/**
 * The on-device summary: sentences of the article in their order, and a one-line digest of who, where and who was
 * quoted.
 */
import { sentences } from '../text/sentences';
import type { Entity, Lang, Quote, Span, Summary } from '../types';

export interface SummaryInput {
  text: string;
  lang: Lang;
  blocks: Span[];
  entities: Entity[];
  quotes: Quote[];
}

export function summarize({ text, lang, blocks, entities, quotes }: SummaryInput, count = 3): Summary {
  const body = blocks.slice(1).flatMap((b) => sentences(text.slice(b.start, b.end), lang, b.start));
  const chosen = body.slice(0, count).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return { sentences: chosen, digest: digest(lang, entities, quotes) };
}

function digest(lang: Lang, entities: Entity[], quotes: Quote[]): string {
  const name = (e: Entity) => e.names[lang] ?? e.names.ar ?? e.names.en ?? e.key;
  const top = (kind: Entity['kind']) => entities.filter((e) => e.kind === kind && e.mentions > 0).slice(0, 3).map(name);
  const speakers = [...new Set(quotes.map((q) => q.speaker?.name).filter(Boolean))].slice(0, 3) as string[];
  const join = (xs: string[]) => xs.join(lang === 'ar' ? '، ' : ', ');
  const parts = lang === 'ar'
    ? [top('person').length && `من: ${join(top('person'))}`, top('place').length && `أين: ${join(top('place'))}`, speakers.length && `اقتُبس: ${join(speakers)}`]
    : [top('person').length && `Who: ${join(top('person'))}`, top('place').length && `Where: ${join(top('place'))}`, speakers.length && `Quoted: ${join(speakers)}`];
  return parts.filter(Boolean).join(' · ');
}
