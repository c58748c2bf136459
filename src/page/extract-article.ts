/**
 * The article on a page: Readability on a clone (it rewrites what it parses), reduced to a headline and
 * whitespace-collapsed paragraphs without the page's furniture. Used by the content script and the Node CLI alike.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article } from '../core/types';
import { removeMarkedFurniture, withoutFurniture } from './furniture';
import { chooseHeadline } from './headline';
import { readMetadata, type PageMetadata } from './page-metadata';
import { textBlocks } from './text-blocks';

export interface ExtractOptions {
  /** Skip the readerable gate (the CLI's explicit request for a page the gate doubts). */
  force?: boolean;
}

/** The least text, in characters, an article the readerable check doubts must have when the page declares itself an
 * article: Readability's own threshold for a body it trusts. */
const DECLARED_MIN_CHARS = 500;

/**
 * Whether the page may hold an article: Readability's readerable check, or the page's own declaration. Short news
 * items (a 2.9 k-character story in short paragraphs) fail the check but say what they are; the body Readability
 * finds in them must still be of real length (`longEnough`).
 */
function gate(doc: Document, meta: PageMetadata, force: boolean) {
  const readerable = force || isProbablyReaderable(doc);
  // A text, XML or JSON document the browser shows is data, even where it holds an article's markup as text.
  const html = /html/i.test(doc.contentType ?? 'text/html');
  return {
    open: html && (readerable || meta.declaresArticle),
    longEnough: (paragraphs: string[]) =>
      readerable || paragraphs.reduce((n, p) => n + p.length, 0) >= DECLARED_MIN_CHARS,
  };
}

/** The article, or null where the page is not one. Never throws on a page it cannot read. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  try {
    const meta = readMetadata(doc);
    const { open, longEnough } = gate(doc, meta, !!options.force);
    if (!open) return null;
    // Readability's article as the element it built, not as HTML to parse again: the clone is ours to change.
    const parsed = new Readability(doc.cloneNode(true) as Document, {
      keepClasses: true,
      serializer: (node: Node) => node as Element,
    }).parse();
    if (!parsed?.content) return null;
    const body = parsed.content;
    removeMarkedFurniture(body);
    const title = chooseHeadline(doc, meta, parsed.title ?? '');
    const paragraphs = withoutFurniture(textBlocks(body), title);
    if (paragraphs.length === 0 || !longEnough(paragraphs)) return null;
    return {
      title,
      paragraphs,
      lang: doc.documentElement.getAttribute('lang') ?? parsed.lang ?? undefined,
      url: doc.location?.href,
      site: parsed.siteName ?? undefined,
      published: meta.published ?? parsed.publishedTime ?? undefined,
      byline: parsed.byline ?? undefined,
    };
  } catch {
    return null;
  }
}
