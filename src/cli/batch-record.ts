/**
 * One record of a batch, annotated: a line of JSON (`{id, url?, html}` or `{id, title, text, url?}`) or a file of a
 * directory, read as `annotate FILE` reads one article, into one line of output: `{id, url, site, published,
 * ...annotations}`, or `{id, error}` where the record is bad or holds no article Hamish reads. Nothing here throws:
 * a bad record is its own line and the batch goes on.
 */
import { analyze } from '../core/analyze';
import type { Article } from '../core/types';
import { collapse } from '../page/text-blocks';
import { articleSource, whyLeftAlone } from './annotate';
import { pageArticle, readArticle, textArticle } from './read-article';
import { nodeResources } from './resources';

/** What the reader hands a worker: a line of the input (counted from 1), or a file with its name as the id. */
export type BatchItem = { line: string; n: number } | { id: string; file: string };

type Id = string | number | null;

class BadRecord extends Error {}

const errorLine = (id: Id, error: string, n?: number) =>
  JSON.stringify(n === undefined ? { id, error } : { id, line: n, error });

/** The article a JSON record holds (null where its page is no article); a record of the wrong shape is refused. */
function recordArticle(record: Record<string, unknown>): Article | null {
  const { url, html, title, text } = record;
  if (url !== undefined && typeof url !== 'string') throw new BadRecord('url is not a string');
  if (typeof html === 'string') return pageArticle(html, url);
  if (typeof title === 'string' && typeof text === 'string') return textArticle(`${collapse(title)}\n${text}`, url);
  throw new BadRecord('a record needs "html", or "title" and "text", as strings');
}

function annotated(id: Id, article: Article | null): string {
  const why = whyLeftAlone(article);
  if (why || !article) return errorLine(id, why ?? '');
  return JSON.stringify({ id, ...articleSource(article), ...analyze(article, nodeResources()) });
}

function annotateLine(line: string, n: number): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return errorLine(null, `not JSON: ${(e as Error).message}`, n);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return errorLine(null, 'a record is a JSON object', n);
  const { id } = record as { id?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return errorLine(null, 'a record needs an "id"', n);
  try {
    return annotated(id, recordArticle(record as Record<string, unknown>));
  } catch (e) {
    return errorLine(id, (e as Error).message, e instanceof BadRecord ? n : undefined);
  }
}

/** The output line of one item, without its newline. */
export function annotateItem(item: BatchItem): string {
  if ('line' in item) return annotateLine(item.line, item.n);
  try {
    return annotated(item.id, readArticle(item.file));
  } catch (e) {
    return errorLine(item.id, (e as Error).message);
  }
}
