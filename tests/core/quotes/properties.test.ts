import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/core/article-text';
import { findQuotes } from '../../../src/core/quotes';
import { quotedSpans } from '../../../src/core/quotes/quoted-spans';
import { summarize } from '../../../src/core/summary';

/** Words, reporting cues, names, marks and punctuation in any order: the shapes the rules must survive. */
const PIECES = [
  'قال',
  'وقالت',
  'ويضيف',
  'أن',
  'إن',
  'لـ',
  'مصادر',
  'مطلعة',
  'الوزير',
  'نواف',
  'سلام',
  'بحسب',
  'بيان',
  'صادر',
  'عن',
  'الجيش',
  'أما',
  'فيقول',
  'وكان',
  'قد',
  'حركة',
  'said',
  'told',
  'according',
  'to',
  'he',
  'she',
  'Jane',
  'Doe',
  'the',
  'ministry',
  'sources',
  'familiar',
  'with',
  'who',
  'and',
  'a',
  'source',
  'close',
  'that',
  "it's",
  "Lebanon's",
  '58',
  '"',
  '"',
  '«',
  '»',
  '“',
  '”',
  '„',
  '‹',
  '›',
  '‘',
  '’',
  "'",
  ':',
  '،',
  ',',
  '.',
  '؟',
  '?',
  '(',
  ')',
  '–',
  'ـ',
];
const paragraph = fc
  .array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 40 })
  .map((ws) => ws.join(' ').replace(/ـ /g, 'ـ'));
const article = fc.record({
  title: paragraph,
  paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 6 }),
  lang: fc.constantFrom('ar' as const, 'en' as const),
});

describe('core/quotes properties', () => {
  it('never throws, and every span lies inside the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(article, ({ title, paragraphs, lang }) => {
        const { text, blocks } = articleText({ title, paragraphs });
        const r = findQuotes({ text, blocks, mentions: [], lang });
        let last = -1;
        for (const q of r.quotes.filter((x) => x.direct)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.start).toBeGreaterThanOrEqual(last);
          last = q.end;
          if (q.speaker?.span) expect(q.speaker.span.end).toBeLessThanOrEqual(text.length);
        }
        for (const v of r.vague) expect(text.slice(v.start, v.end)).toBe(v.text);
        const s = summarize({ text, lang, blocks, entities: [], quotes: r.quotes });
        // the summary spends a budget of words, not a count of sentences: distinct sentences, in order
        for (let i = 1; i < s.sentences.length; i++)
          expect(s.sentences[i].start).toBeGreaterThanOrEqual(s.sentences[i - 1].end);
        for (const x of s.sentences) expect(text.slice(x.start, x.end)).toBe(x.text);
      }),
      { numRuns: 400 },
    );
  });

  it('never lets a quote run past its paragraph unless the next paragraph opens with the same mark', () => {
    fc.assert(
      fc.property(article, ({ title, paragraphs, lang }) => {
        const { text, blocks } = articleText({ title, paragraphs });
        for (const q of quotedSpans(text, blocks, lang === 'en')) {
          const home = blocks.findIndex((x) => x.start <= q.start && q.start < x.end);
          for (const part of q.parts) {
            // each part lies in one paragraph: its own, or a later one that opens with the same mark
            const b = blocks.findIndex((x) => x.start <= part.start && part.end <= x.end);
            expect(b).toBeGreaterThanOrEqual(home);
            if (b !== home) expect(text[blocks[b].start]).toBe(text[q.start]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
