/**
 * An article from a file: an HTML page (through the same extraction as the content script) or a plain-text article
 * (the title on the first line, then one paragraph a line).
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../core/types';
import { extractArticle } from '../page/extract-article';
import { collapse } from '../page/text-blocks';
import { parsePage } from './page-parser';

export class CliError extends Error {}

/** Where a page with no address of its own is taken to come from. */
export const DEFAULT_URL = 'https://www.annahar.com/article';

export function readArticle(file: string, url = DEFAULT_URL): Article | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return /\.txt$/i.test(file) ? textArticle(raw, url) : pageArticle(raw, url);
}

/** The article of an HTML page, as the content script extracts it. */
export function pageArticle(html: string, url = DEFAULT_URL): Article | null {
  const page = parsePage(html, url);
  try {
    return extractArticle(page.document);
  } finally {
    page.close();
  }
}

export function textArticle(raw: string, url?: string): Article | null {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(collapse)
    .filter(Boolean);
  if (lines.length < 2) return null;
  return { title: lines[0], paragraphs: lines.slice(1), url };
}
