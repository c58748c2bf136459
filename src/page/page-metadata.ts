/**
 * What a page says about itself in its head: whether it is an article, its headline, the names the site goes by and
 * when it was published. News sites declare these for search engines and social cards (Open Graph, schema.org
 * JSON-LD), and they are more trustworthy than guesses from the layout: the first big heading is often the logo.
 */

export interface PageMetadata {
  /** Headlines the page gives itself, most trusted first: JSON-LD `headline`, `og:title`, `twitter:title`. */
  headlines: string[];
  /** Names the site goes by (`og:site_name`, the JSON-LD publisher, the host's own name), folded by `siteKey`. */
  siteNames: Set<string>;
  /** The page declares an article: `og:type=article`, a schema.org article type, `article:published_time`. */
  declaresArticle: boolean;
  published?: string;
}

/** The schema.org types of a news or magazine article (Article and its news subtypes). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
]);

type Json = Record<string, unknown>;

/** A name folded for comparison: case, spaces and punctuation do not tell `CNN Arabic` from `cnnarabic`. */
export const siteKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Every object of the page's JSON-LD blocks, `@graph` members included; a block that does not parse is skipped. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(add);
    if (typeof x !== 'object' || x === null) return;
    out.push(x as Json);
    add((x as Json)['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing about it.
    }
  }
  return out;
}

const types = (x: Json) => [x['@type']].flat().filter((t): t is string => typeof t === 'string');
const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
const nameOf = (x: unknown) => (typeof x === 'object' && x !== null ? text((x as Json).name) : undefined);

/** The host's own name: `www.breitbart.com` → `breitbart`, `edition.cnn.com` → `cnn`. */
function hostName(doc: Document): string | undefined {
  const labels = (doc.location?.hostname ?? '').split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  // A country's second level (`co.uk`, `com.lb`) is not the site's name.
  const tail = labels.at(-2)!.length <= 3 && labels.length > 2 && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.at(-tail);
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = (key: string) =>
    text(doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
  const items = jsonLd(doc);
  const articles = items.filter((x) => types(x).some((t) => ARTICLE_TYPES.has(t)));
  const websites = items.filter((x) => types(x).some((t) => t === 'WebSite' || t.endsWith('Organization')));
  const headlines = [...articles.map((a) => text(a.headline) ?? text(a.name)), meta('og:title'), meta('twitter:title')];
  const names = [
    meta('og:site_name'),
    ...articles.map((a) => nameOf(a.publisher)),
    ...websites.map((w) => text(w.name)),
    hostName(doc),
  ];
  const published =
    articles.map((a) => text(a.datePublished)).find(Boolean) ??
    meta('article:published_time') ??
    text(doc.querySelector('meta[itemprop=datePublished]')?.getAttribute('content')) ??
    text(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return {
    headlines: headlines.filter((h): h is string => !!h),
    siteNames: new Set(names.filter((n): n is string => !!n).map(siteKey)),
    declaresArticle: articles.length > 0 || meta('og:type') === 'article' || !!meta('article:published_time'),
    published,
  };
}
