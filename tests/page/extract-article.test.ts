// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoFixtures, hasSeed, SEED_MISSING, SEED_PAGE } from '../../src/cli/fixtures';
import { extractArticle } from '../../src/page/extract-article';
import { annaharPage } from '../fixtures/pages/annahar-page';

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('page/extract-article', () => {
  it.skipIf(!hasSeed)('reads the seed page: visible headline, the ten paragraphs, no furniture', () => {
    const a = extractArticle(load(readFileSync(SEED_PAGE, 'utf8')))!;
    expect(a.title).toBe('تعاون عسكري مع باكستان يُعزّز حضور حفتر في المعادلة الليبية');
    expect(a.paragraphs).toHaveLength(10);
    expect(a.paragraphs.join(' ')).not.toMatch(/نبض|الأكثر قراءة|عاجل|ماكرون/);
    expect(a.lang).toBe('ar');
    expect(a.published).toBe('2026-01-12T08:30:00+02:00');
  });
  if (!hasSeed) it.skip(SEED_MISSING, () => {});

  it.each(demoFixtures().map((f) => [f.id, f] as const))('reads the demo page %s exactly as written', (_id, f) => {
    const a = extractArticle(load(annaharPage(f)))!;
    expect(a.title).toBe(f.article.title);
    expect(a.paragraphs).toEqual(f.article.paragraphs);
  });

  it('returns null for a document that is not HTML, even one holding an article as markup', () => {
    const xml = new DOMParser().parseFromString(
      `<root><h1>Headline</h1>${'<p>A long paragraph of an article held in an XML document. </p>'.repeat(20)}</root>`,
      'application/xml',
    );
    expect(extractArticle(xml, { force: true })).toBeNull();
  });

  it.each([
    ['an empty body', '<html><body></body></html>'],
    ['a section list', '<html><body><ul>' + '<li><a href="/a">عنوان قصير</a></li>'.repeat(30) + '</ul></body></html>'],
    ['malformed markup', '<html><body><p>نص <b>غير <i>مغلق</p></div></span>'],
  ])('returns null for %s', (_name, html) => {
    expect(extractArticle(load(html))).toBeNull();
  });
});
