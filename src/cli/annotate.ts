/**
 * `annotate FILE [--url URL] [--format json|csv|w3c|claimreview|markdown|notes] [--explain]`: the annotations of an HTML
 * page or a .txt article, through the same extraction and analysis as the extension. A page that is no article, or an
 * article in a language Hamish does not read, says so on stderr and prints empty annotations. The desk's formats
 * (ClaimReview drafts, Markdown, and `notes`: the notes as W3C Web Annotations with bodies) read its notes from
 * `--notes FILE` (a JSON array, as the side panel keeps them) and, for ClaimReview, the reviewing
 * organisation from `--reviewer NAME --reviewer-url URL`.
 */
import { analyze, explain, unreadArticleLanguage, type Resources } from '../core/analyze';
import { readFileSync } from 'node:fs';
import { isClaimNote, type ClaimNote } from '../core/claims/desk';
import {
  DESK_FORMATS,
  EXPORT_FORMATS,
  exportAnnotations,
  type DeskFormat,
  type ExportFormat,
  type ExportSource,
} from '../core/export';
import { exportDesk, localDay, type DeskMissing } from '../core/export/desk';
import type { Annotations, Article } from '../core/types';
import { flag, positional } from './args';
import { CliError, readArticle } from './read-article';
import { nodeResources } from './resources';

const USAGE =
  'usage: annotate FILE [--url URL] [--format json|csv|w3c|claimreview|markdown|notes] [--notes FILE] [--reviewer NAME --reviewer-url URL] [--explain]';
const VALUED = ['--url', '--format', '--notes', '--reviewer', '--reviewer-url'];

/** What `annotate` prints where there is nothing to annotate: the shape of annotations, all of it empty. */
const NOTHING = {
  lang: null,
  title: '',
  text: '',
  blocks: [],
  mentions: [],
  entities: [],
  quotes: [],
  vague: [],
  claims: [],
  summary: { sentences: [], digest: '' },
};

/** Why an article is left alone (no article, or a language Hamish does not read), or undefined where it is read. */
export function whyLeftAlone(article: Article | null): string | undefined {
  if (!article) return 'not an article; nothing to annotate';
  const unread = unreadArticleLanguage(article);
  return unread ? `written in a language Hamish does not read (${unread}); nothing to annotate` : undefined;
}

/** Where an article comes from, as its annotations carry it. */
export const articleSource = (article: Article): ExportSource => ({
  url: article.url,
  site: article.site,
  published: article.published,
});

/**
 * One line per mention (where, what, which entity, and the passes and rules that made it), then one per quote (where,
 * its speaker, and the steps and rules that chose the speaker).
 */
export function explanation(article: Article, resources: Resources): string {
  const { mentions, quotes } = explain(article, resources);
  return [
    ...mentions.map(
      ({ mention: m, why }) => `${m.start}-${m.end}\t${m.kind}\t${m.text}\t${m.entity}\t${why.join(' > ')}`,
    ),
    ...quotes.map(
      (q) => `${q.start}-${q.end}\tquote\t${q.speaker?.name ?? '-'}\t${q.speaker?.kind ?? '-'}\t${q.why.join(' > ')}`,
    ),
  ].join('\n');
}

/** The desk's notes from `--notes FILE`: a JSON array of notes, each checked; none where the flag is absent. */
function readNotes(args: string[]): ClaimNote[] {
  const file = flag(args, '--notes', USAGE);
  if (!file) return [];
  let notes: unknown;
  try {
    notes = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(`${file}: not a JSON file of notes (${(e as Error).message})`);
  }
  if (!Array.isArray(notes) || !notes.every(isClaimNote))
    throw new CliError(`${file}: not an array of notes ({anchor: {exact, prefix, suffix}, verdict, note, updated})`);
  return notes;
}

/** What a ClaimReview lacks, as the command line asks for it. */
const MISSING: Record<DeskMissing, string> = {
  reviewerName: '--reviewer NAME',
  reviewerUrl: '--reviewer-url URL (http or https)',
  findings: 'a note in --notes FILE with a finding (supported, misleading, false or unverifiable)',
};

function deskExport(a: Annotations, format: DeskFormat, source: ExportSource, args: string[]): string {
  const reviewer = { name: flag(args, '--reviewer', USAGE), url: flag(args, '--reviewer-url', USAGE) };
  const out = exportDesk(a, readNotes(args), format, source, reviewer, localDay());
  if (out.missing)
    throw new CliError(`--format ${format} needs ${out.missing.map((m) => MISSING[m]).join(', ')}\n${USAGE}`);
  return out.text;
}

export function annotateCommand(args: string[]): number {
  const file = positional(args, VALUED);
  if (!file) throw new CliError(USAGE);
  const format = (flag(args, '--format', USAGE) ?? 'json') as ExportFormat | DeskFormat;
  const desk = DESK_FORMATS.includes(format as DeskFormat);
  if (!desk && !EXPORT_FORMATS.includes(format as ExportFormat))
    throw new CliError(`unknown format ${format}: json, csv, w3c, claimreview, markdown or notes`);
  const article = readArticle(file, flag(args, '--url', USAGE));
  const why = whyLeftAlone(article);
  if (why || !article) {
    console.error(`${file}: ${why}`);
    console.log(JSON.stringify(NOTHING, null, 2));
    return 0;
  }
  if (args.includes('--explain')) {
    process.stdout.write(explanation(article, nodeResources()) + '\n');
    return 0;
  }
  const annotations = analyze(article, nodeResources());
  const source = articleSource(article);
  if (desk) process.stdout.write(deskExport(annotations, format as DeskFormat, source, args));
  else
    process.stdout.write(
      exportAnnotations(annotations, format as ExportFormat, source) + (format === 'csv' ? '' : '\n'),
    );
  return 0;
}
