import { describe, expect, it } from 'vitest';
import { exportAnnotations, exportFileName } from '../../../src/core/export';
import { bareAnnotations } from '../../fixtures/bare-annotations';

const A = bareAnnotations(
  { title: 'عنوان', paragraphs: ['فقرة'] },
  { mentions: [{ start: 0, end: 5, text: 'عنوان', kind: 'place', entity: 'x', source: 'rule', confidence: 0.5 }] },
);

describe('core/export: JSON', () => {
  it('writes each annotation once, with the article’s address, site and date, whatever else the source holds', () => {
    // The side panel hands over the tab's whole state, which holds the annotations themselves.
    const state = { url: 'https://www.annahar.com/a/1', site: 'النهار', published: '2025-03-14', annotations: A };
    const doc = JSON.parse(exportAnnotations(A, 'json', state));
    expect(Object.keys(doc).sort()).toEqual([...Object.keys(A), 'published', 'site', 'url'].sort());
    expect(doc.mentions).toEqual(A.mentions);
    expect(doc).toMatchObject({ url: state.url, site: 'النهار', published: '2025-03-14' });
  });
});

describe('core/export: file names', () => {
  it.each([
    ['بري يُعزّز الحوار', 'json', 'hamish-بري-يُعزّز-الحوار.json'],
    ['Haftar’s forces: “no retreat”', 'csv', 'hamish-haftar-s-forces-no-retreat.csv'],
    ['!!!', 'w3c', 'hamish-article.jsonld'],
  ] as const)('%j as %s → %j', (title, format, name) => {
    expect(exportFileName(title, format)).toBe(name);
  });

  it('keeps Arabic words whole: marks (damma, shadda) are part of the word, not separators', () => {
    const stem = exportFileName('يُعزّز', 'json').slice('hamish-'.length, -'.json'.length);
    expect(stem).toBe('يُعزّز');
    expect(stem).not.toContain('-');
  });

  it('cuts a long title at the end of a word, never inside one', () => {
    const title = 'رئيس مجلس النواب نبيه بري يدعو إلى الحوار الوطني الشامل بين جميع الأطراف اللبنانية';
    const stem = exportFileName(title, 'json').slice('hamish-'.length, -'.json'.length);
    expect(stem.length).toBeLessThanOrEqual(60);
    const words = title.split(' ');
    expect(stem.split('-')).toEqual(words.slice(0, stem.split('-').length));
  });
});
