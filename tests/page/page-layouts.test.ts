/**
 * Our own small pages, each reproducing a layout real news sites use that put furniture into the article or hid it
 * (`tests/fixtures/pages/*.html`, written for these tests). Parsed as a browser parses them (jsdom, as the CLI does).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/page-parser';
import { unreadArticleLanguage } from '../../src/core/analyze';
import { extractArticle } from '../../src/page/extract-article';

const page = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/pages', `${name}.html`), 'utf8');

function extract(html: string) {
  const parsed = parsePage(html, 'https://news.example/story');
  try {
    return extractArticle(parsed.document);
  } finally {
    parsed.close();
  }
}

describe('page/extract-article on our layout fixtures', () => {
  it.each([
    ['logo-heading', 'Harbour town votes to rebuild its old pier', 3, /Coastal Courier/],
    ['photo-credit', 'Grain ship leaves port after week of delays', 3, /©|REUTERS|Photo:|cargo ship waits/],
    ['ticker-line', 'Oil edges higher as traders weigh supply talks', 3, /SPX|LCOc1|DJI/],
    ['agency-bylines', 'Central bank holds rates, signals patience', 3, /Reporting by|Editing by|^By /],
    ['svg-with-style', 'Library extends its opening hours for exam season', 3, /Home|fill/],
    [
      'promo-block',
      'بلدية جبيل تطلق خطة لتنظيم السير في الأسواق القديمة',
      3,
      /مشاهدة|حوار|تطبيق|اقرأ أيضاً|البترون|طرابلس|المحروقات|بلدية جبيل تطلق/,
    ],
  ])('%s: the headline, the prose paragraphs, no furniture', (name, title, count, furniture) => {
    const a = extract(page(name))!;
    expect(a.title).toBe(title);
    expect(a.paragraphs).toHaveLength(count);
    for (const p of a.paragraphs) expect(p).not.toMatch(furniture);
  });

  it('accepts a short news item that declares itself an article, and not the same text undeclared', () => {
    const html = page('short-news');
    const a = extract(html)!;
    expect(a.paragraphs).toHaveLength(8);
    expect(a.published).toBe('2026-01-20T07:15:00Z');
    const undeclared = html.replace(/<meta property="(?:og:type|article:[^"]+)"[^>]*>|<script[\s\S]*?<\/script>/g, '');
    expect(extract(undeclared)).toBeNull();
  });

  it.each([
    ['persian', 'fa'],
    ['french', 'fr'],
  ])('extracts the %s page and names its language as one Hamish does not read', (name, lang) => {
    const a = extract(page(name))!;
    expect(a.paragraphs).toHaveLength(3);
    expect(unreadArticleLanguage(a)).toBe(lang);
  });
});
