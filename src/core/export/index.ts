/**
 * The annotations of one article in the formats other tools read: our JSON, CSV (one row per quote and one per
 * mention, each with the article's address and title), and W3C Web Annotation JSON-LD with a TextQuoteSelector per highlight, which Hypothesis and others
 * anchor on the page by its words. Pure: the side panel and the CLI share it.
 */
import type { Annotations, Span } from '../types';

export type ExportFormat = 'json' | 'csv' | 'w3c';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'w3c'];

export interface ExportSource {
  url?: string;
  site?: string;
  published?: string;
}

/** Characters of context on each side of a quote selector: enough to tell repeats apart. */
const CONTEXT = 32;

/**
 * The article's annotations as one file's text. `source` may be a larger object (the side panel hands over the tab's
 * whole state, annotations included): only its address, site and date are read, so nothing is written twice.
 */
export function exportAnnotations(a: Annotations, format: ExportFormat, source: ExportSource = {}): string {
  const { url, site, published } = source;
  if (format === 'csv') return toCsv(a, { url });
  if (format === 'w3c') return JSON.stringify(toWebAnnotations(a, { url }), null, 2);
  return JSON.stringify({ url, site, published, ...a }, null, 2);
}

/**
 * The fact-checker's desk's formats, written from the claims and the desk's notes (`./desk`): ClaimReview drafts,
 * Markdown for a notes app, and the notes as W3C Web Annotations with bodies.
 */
export type DeskFormat = 'claimreview' | 'markdown' | 'notes';
export const DESK_FORMATS: readonly DeskFormat[] = ['claimreview', 'markdown', 'notes'];

/** Every file the exports write, the article's annotations and the desk's alike. */
export type FileFormat = ExportFormat | DeskFormat;

/**
 * Each format's file extension. Three formats are JSON-LD: the desk's carry their name before `.jsonld`, so that
 * saving all three from one article writes three files, not one over another.
 */
export const EXPORT_EXTENSION: Record<FileFormat, string> = {
  json: 'json',
  csv: 'csv',
  w3c: 'jsonld',
  claimreview: 'claimreview.jsonld',
  markdown: 'md',
  notes: 'notes.jsonld',
};

/** Longest stem a file name takes from the title, in UTF-16 units; cut at a word's end, never inside one. */
const STEM_MAX = 60;

/**
 * A file name for an article's export: `hamish-` and the title's words, joined by hyphens and safe on every system.
 * Letters keep their marks (`يُعزّز` stays one word: its damma and shadda are marks, not separators).
 */
export function exportFileName(title: string, format: FileFormat): string {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let stem = '';
  for (const w of words) {
    const next = stem ? `${stem}-${w}` : w;
    if (next.length > STEM_MAX) break;
    stem = next;
  }
  // A first word longer than the limit is kept whole rather than cut.
  return `hamish-${stem || words[0] || 'article'}.${EXPORT_EXTENSION[format]}`;
}

export const EXPORT_MIME: Record<FileFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  w3c: 'application/ld+json',
  claimreview: 'application/ld+json',
  markdown: 'text/markdown',
  notes: 'application/ld+json',
};

const CSV_COLUMNS = [
  'url',
  'title',
  'type',
  'kind',
  'text',
  'entity',
  'speaker',
  'speaker_kind',
  'direct',
  'start',
  'end',
];

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is defused with a leading apostrophe. */
function cell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A byte-order mark: without it Excel reads UTF-8 as the system's code page, and Arabic comes out as garbage. */
const BOM = '\uFEFF';

/** The CSV file: a byte-order mark, a header, then a row per quote, mention and vague sourcing, each with the article. */
export function toCsv(a: Annotations, source: Pick<ExportSource, 'url'> = {}): string {
  const rows: unknown[][] = [];
  for (const q of a.quotes)
    rows.push([
      'quote',
      'quote',
      q.text,
      q.speaker?.entity,
      q.speaker?.name,
      q.speaker?.kind,
      q.direct,
      q.start,
      q.end,
    ]);
  for (const m of a.mentions) rows.push(['mention', m.kind, m.text, m.entity, '', '', '', m.start, m.end]);
  for (const v of a.vague) rows.push(['vague', 'vague', v.text, '', '', '', '', v.start, v.end]);
  const lines = [CSV_COLUMNS, ...rows.map((r) => [source.url, a.title, ...r])];
  return BOM + lines.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The words around a span, never across a paragraph boundary (the page shows paragraphs apart). */
export function quoteSelector(
  a: Annotations,
  span: Span,
): { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } {
  const block = a.blocks.find((b) => b.start <= span.start && span.start < b.end) ?? { start: 0, end: a.text.length };
  return {
    type: 'TextQuoteSelector',
    exact: a.text.slice(span.start, span.end),
    prefix: a.text.slice(Math.max(block.start, span.start - CONTEXT), span.start),
    suffix: a.text.slice(span.end, Math.min(block.end, span.end + CONTEXT)),
  };
}

export function toWebAnnotations(a: Annotations, source: Pick<ExportSource, 'url'>) {
  const target = source.url ?? 'urn:hamish:article';
  const names = new Map(a.entities.map((e) => [e.key, e.names.en ?? e.names.ar ?? e.key]));
  const item = (kind: string, span: Span, body: string, n: number) => ({
    id: `${target}#hamish-${kind}-${span.start}-${span.end}-${n}`,
    type: 'Annotation',
    motivation: kind === 'quote' ? 'highlighting' : 'identifying',
    body: { type: 'TextualBody', purpose: 'tagging', value: body, format: 'text/plain' },
    target: { source: target, selector: quoteSelector(a, span) },
  });
  const items = [
    ...a.mentions
      .filter((m) => m.kind !== 'demonym')
      .map((m, i) => item(m.kind, m, `${m.kind}: ${names.get(m.entity) ?? m.text}`, i)),
    ...a.quotes.map((q, i) => item('quote', q, q.speaker ? `quote: ${q.speaker.name}` : 'quote', i)),
    ...a.vague.map((v, i) => item('vague', v, 'vague sourcing', i)),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${target}#hamish`,
    type: 'AnnotationCollection',
    label: a.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
