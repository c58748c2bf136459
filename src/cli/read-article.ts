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

export function readArticle(file: string, url = 'https://www.annahar.com/article'): Article | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (/\.txt$/i.test(file)) return textArticle(raw, url);
  const page = parsePage(raw, url);
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
