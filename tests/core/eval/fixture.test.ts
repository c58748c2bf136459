import { describe, expect, it } from 'vitest';
import { loadFixture, stripMarkup } from '../../../src/core/eval/fixture';
import { fixtures } from '../../../src/cli/fixtures';

describe('core/eval/fixture', () => {
  it.each([
    ['قال [نبيه بري](person:nabih-berri) إن', 'قال نبيه بري إن', [[4, 12, 'person', 'nabih-berri']]],
    [
      '[مصادر مطلعة](vague) و[لبنان](place:lebanon)',
      'مصادر مطلعة ولبنان',
      [
        [0, 11, 'vague', undefined],
        [13, 18, 'place', 'lebanon'],
      ],
    ],
    ['no markup', 'no markup', []],
  ])('strips %s', (block, text, marks) => {
    const out = stripMarkup(block);
    expect(out.text).toBe(text);
    expect(out.marks.map((m) => [m.start, m.end, m.tag, m.key])).toEqual(marks);
  });

  it('rejects half-written markup', () => {
    expect(() => stripMarkup('[broken](person:x')).toThrow(/malformed/);
  });

  it('places gold on the article text', () => {
    const f = loadFixture({
      id: 'x',
      lang: 'ar',
      title: '[بري](person:nabih-berri) يلتقي',
      paragraphs: ['  زار [لبنان](place:lebanon).'],
      quotes: [],
    });
    expect(f.text).toBe('بري يلتقي\n\nزار لبنان.');
    expect(f.mentions.map((m) => f.text.slice(m.start, m.end))).toEqual(['بري', 'لبنان']);
  });

  it.each(fixtures().map((f) => [f.id, f] as const))('fixture %s is well formed', (_id, f) => {
    for (const m of f.mentions) expect(f.text.slice(m.start, m.end)).toBe(m.text);
    for (const q of f.quotes) expect(f.text).toContain(q.starts);
    expect(f.mentions.length).toBeGreaterThan(5);
  });
});
