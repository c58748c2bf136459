/**
 * `annotate FILE [--url URL] [--format json|csv|w3c] [--explain]`: the annotations of an HTML page or a .txt article,
 * through the same extraction and analysis as the extension. A page that is no article, or an article in a language
 * Hamish does not read, says so on stderr and prints empty annotations.
 */
import { analyze, explain, unreadArticleLanguage, type Resources } from '../core/analyze';
import { EXPORT_FORMATS, exportAnnotations, type ExportFormat, type ExportSource } from '../core/export';
import type { Article } from '../core/types';
import { flag, positional } from './args';
import { CliError, readArticle } from './read-article';
import { nodeResources } from './resources';

const USAGE = 'usage: annotate FILE [--url URL] [--format json|csv|w3c] [--explain]';

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

export function annotateCommand(args: string[]): number {
  const file = positional(args, ['--url', '--format']);
  if (!file) throw new CliError(USAGE);
  const format = (flag(args, '--format', USAGE) ?? 'json') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`unknown format ${format}: json, csv or w3c`);
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
  process.stdout.write(exportAnnotations(annotations, format, articleSource(article)) + (format === 'csv' ? '' : '\n'));
  return 0;
}
