/**
 * The article on a page: Readability on a clone (it rewrites what it parses), gated by its own readerable check,
 * reduced to a headline and whitespace-collapsed paragraphs. Used by the content script and the Node CLI alike.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article } from '../core/types';

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface ExtractOptions {
  /** Skip the readerable gate (the CLI's explicit request for a page the gate doubts). */
  force?: boolean;
}

/** The article, or null where the page is not one. Never throws on a page it cannot read. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  try {
    if (!options.force && !isProbablyReaderable(doc)) return null;
    const parsed = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
    if (!parsed?.content) return null;
    const view = doc.defaultView ?? globalThis;
    const body = new view.DOMParser().parseFromString(parsed.content, 'text/html').body;
    const paragraphs: string[] = [];
    for (const el of body.querySelectorAll(BLOCKS)) {
      // A block inside another block was counted with its parent.
      if (el.parentElement?.closest(BLOCKS)) continue;
      const text = collapse(el.textContent ?? '');
      if (text) paragraphs.push(text);
    }
    const title = collapse(headline(doc) ?? parsed.title ?? '');
    if (!title || paragraphs.length === 0) return null;
    return {
      title,
      paragraphs,
      lang: doc.documentElement.getAttribute('lang') ?? parsed.lang ?? undefined,
      url: doc.location?.href,
      site: parsed.siteName ?? undefined,
      published: published(doc) ?? parsed.publishedTime ?? undefined,
      byline: parsed.byline ?? undefined,
    };
  } catch {
    return null;
  }
}

/** The page's own headline: the visible `h1` the schema marks, else `og:title`; Readability's title keeps the
 * site's suffix (` | النهار`). */
function headline(doc: Document): string | undefined {
  const h1s = [...doc.querySelectorAll('h1')];
  const marked = h1s.filter((h) => h.matches('[itemprop=headline]'));
  const pick = (marked.length ? marked : h1s).find((h) => collapse(h.textContent ?? ''));
  return pick?.textContent ?? doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? undefined;
}

function published(doc: Document): string | undefined {
  const meta = doc.querySelector('meta[itemprop=datePublished], meta[property="article:published_time"]');
  return meta?.getAttribute('content') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
}
