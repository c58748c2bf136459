import { describe, expect, it } from 'vitest';
import { exportAnnotations, quoteSelector, toWebAnnotations } from '../../../src/core/export';
import type { Annotations, Span } from '../../../src/core/types';
import { bareAnnotations } from '../../fixtures/bare-annotations';

const TITLE = 'بري يدعو إلى الحوار';
const PARAGRAPHS = [
  'قال رئيس مجلس النواب نبيه بري في عين التينة إن الحوار هو الطريق الوحيد للخروج من الأزمة الراهنة.',
  'وأكدت مصادر مطلعة أن الاتصالات مستمرة، فيما التقى وفد من البنك الدولي الرئيس جوزاف عون في بعبدا.',
];

const annotations = (extra: Partial<Annotations> = {}) =>
  bareAnnotations({ title: TITLE, paragraphs: PARAGRAPHS }, extra);

const A = annotations();
/** The span of the `nth` occurrence of `words` in the article. */
const at = (words: string, nth = 0): Span => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = A.text.indexOf(words, start + 1);
  return { start, end: start + words.length };
};

describe('core/export: the W3C text-quote selector', () => {
  it('takes no prefix at the very start of the text, and a suffix that stops at the end of the headline', () => {
    expect(quoteSelector(A, at('بري'))).toEqual({
      type: 'TextQuoteSelector',
      exact: 'بري',
      prefix: '',
      suffix: ' يدعو إلى الحوار',
    });
  });

  it('takes no suffix at the very end of the text', () => {
    const s = quoteSelector(A, at('بعبدا.'));
    expect(s.suffix).toBe('');
    expect(s.prefix).toBe('لبنك الدولي الرئيس جوزاف عون في ');
  });

  it('takes 32 UTF-16 units on each side inside a paragraph, Arabic letters one unit each, cutting a word at the edge', () => {
    const s = quoteSelector(A, at('نبيه بري'));
    expect(s.exact).toBe('نبيه بري');
    expect(s.prefix).toBe('قال رئيس مجلس النواب ');
    expect(s.suffix).toBe(' في عين التينة إن الحوار هو الطر');
    expect(s.suffix).toHaveLength(32);
    expect(quoteSelector(A, at('الطريق'))).toMatchObject({
      prefix: ' بري في عين التينة إن الحوار هو ',
      suffix: ' الوحيد للخروج من الأزمة الراهنة',
    });
  });

  it('never reaches across a paragraph boundary', () => {
    const first = quoteSelector(A, at('وأكدت'));
    expect(first.prefix).toBe('');
    const last = quoteSelector(A, at('الراهنة.'));
    expect(last.suffix).toBe('');
    expect(last.prefix).not.toContain('\n');
  });

  it('keeps a proclitic with its word, as the mention covers it', () => {
    const s = quoteSelector(A, at('وأكدت'));
    expect(s.exact).toBe('وأكدت');
    expect(s.suffix).toBe(' مصادر مطلعة أن الاتصالات مستمرة');
  });

  it.each([
    ['بري', 0],
    ['بري', 1],
    ['الحوار', 1],
    ['مصادر مطلعة', 0],
    ['عون', 0],
  ])('finds its words once, where the span is: %s (%i)', (words, nth) => {
    const span = at(words, nth);
    const { exact, prefix, suffix } = quoteSelector(A, span);
    expect(A.text.indexOf(prefix + exact + suffix)).toBe(span.start - prefix.length);
    expect(exact).toBe(words);
  });

  it('falls back to the whole text for a span outside every block', () => {
    const gap = A.blocks[0].end;
    expect(quoteSelector(A, { start: gap, end: gap + 2 })).toMatchObject({
      exact: '\n\n',
      prefix: TITLE,
      suffix: 'قال رئيس مجلس النواب نبيه بري في',
    });
  });
});

describe('core/export: W3C Web Annotations', () => {
  const a = annotations({
    mentions: [
      { ...at('نبيه بري'), text: 'نبيه بري', kind: 'person', entity: 'nabih-berri', source: 'glossary', confidence: 1 },
      { ...at('بعبدا'), text: 'بعبدا', kind: 'place', entity: 'rule:place:x', source: 'rule', confidence: 0.5 },
    ],
    entities: [
      {
        key: 'nabih-berri',
        kind: 'person',
        names: { ar: 'نبيه بري', en: 'Nabih Berri' },
        glossary: true,
        mentions: 1,
        demonyms: 0,
        salience: 1,
      },
    ],
    quotes: [
      {
        ...at('الحوار هو الطريق'),
        text: 'الحوار هو الطريق',
        direct: false,
        speaker: { name: 'نبيه بري', kind: 'named' },
      },
    ],
    vague: [{ ...at('مصادر مطلعة'), text: 'مصادر مطلعة' }],
  });

  it('is one collection on the page, an annotation per highlight with its selector', () => {
    const doc = toWebAnnotations(a, { url: 'https://www.annahar.com/a/1' });
    expect(doc).toMatchObject({ id: 'https://www.annahar.com/a/1#hamish', label: TITLE, total: 4 });
    const items = doc.first.items;
    expect(items.map((i) => [i.motivation, i.body.value])).toEqual([
      ['identifying', 'person: Nabih Berri'],
      ['identifying', 'place: بعبدا'],
      ['highlighting', 'quote: نبيه بري'],
      ['identifying', 'vague sourcing'],
    ]);
    for (const item of items) {
      expect(item.target.source).toBe('https://www.annahar.com/a/1');
      const { exact, prefix, suffix } = item.target.selector;
      expect(a.text).toContain(prefix + exact + suffix);
    }
  });

  it('names an article with no address by a URN, and parses as JSON', () => {
    const doc = JSON.parse(exportAnnotations(a, 'w3c'));
    expect(doc.id).toBe('urn:hamish:article#hamish');
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });
});
