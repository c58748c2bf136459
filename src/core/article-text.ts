/**
 * An article as one text: the headline and the paragraphs laid out with blank lines between them, the text every
 * annotation's offsets refer to. Apart from the analysis, so the content script, which only lays the article out and
 * finds it on the page, carries none of the analysis's code and word lists.
 */
import type { Article, Span } from './types';

/** The text every offset refers to: the headline, a blank line, then the paragraphs separated by blank lines. */
export function articleText(article: Article): { text: string; blocks: Span[] } {
  const parts = [article.title, ...article.paragraphs].map((p) => p.trim());
  const blocks: Span[] = [];
  let at = 0;
  for (const p of parts) {
    blocks.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return { text: parts.join('\n\n'), blocks };
}

/** What the language of an article is judged on: its opening, where a page's language shows plainest. */
export const languageSample = (text: string) => text.slice(0, 2000);
