import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/core/article-text';
import { findAnchor, isVerdict, placeNotes, VERDICT_NAMES, VERDICTS } from '../../../src/core/claims/desk';
import { annotations, noteOn } from './desk-fixture';

describe('core/claims/desk', () => {
  it('finds a claim again by its words, the surrounding words choosing among repeats', () => {
    const text = 'A rose. Prices rose 5 percent. B fell. Prices rose 5 percent. C.';
    const second = text.lastIndexOf('Prices');
    const anchor = { exact: 'Prices rose 5 percent.', prefix: 'B fell. ', suffix: ' C.' };
    expect(findAnchor(text, anchor)).toEqual({ start: second, end: second + anchor.exact.length });
    expect(findAnchor(text, { ...anchor, prefix: 'A rose. ', suffix: ' B fell.' })?.start).toBe(text.indexOf('Prices'));
    expect(findAnchor(text, { ...anchor, exact: 'Prices fell.' })).toBeUndefined();
    expect(findAnchor(text, { ...anchor, exact: '' })).toBeUndefined();
  });

  it('places notes after the page changes around them, and lists the ones whose words are gone as orphaned', () => {
    const a = annotations();
    const figure = noteOn(a, 'وقال وزير', 'supported', 'checked against the port authority');
    const trend = noteOn(a, 'وارتفعت', 'false');
    // the page changes: a paragraph added before, the trend's sentence rewritten
    const { text, blocks } = articleText({
      title: a.title,
      paragraphs: [
        'فقرة جديدة في أول المقال.',
        a.text.slice(a.blocks[1].start, a.blocks[1].end),
        'وتراجعت حركة الحاويات.',
      ],
    });
    const changed = { ...a, text, blocks, claims: [] };
    const { placed, orphaned } = placeNotes(changed, [figure, trend]);
    expect(placed).toHaveLength(1);
    expect(text.slice(placed[0].span.start, placed[0].span.end)).toBe(figure.anchor.exact);
    expect(placed[0].note.note).toBe('checked against the port authority');
    expect(orphaned).toEqual([trend]);
  });

  it('links a placed note to the claim standing there', () => {
    const a = annotations();
    const { placed } = placeNotes(a, [noteOn(a, 'وقالت مصادر', 'checking')]);
    expect(placed[0].claim?.reasons).toContain('vague-source');
  });

  it('names every verdict in both languages, and tells a verdict from anything else', () => {
    for (const v of VERDICTS) {
      expect(VERDICT_NAMES[v].ar).toMatch(/[\u0600-\u06ff]/);
      expect(VERDICT_NAMES[v].en).toMatch(/^[A-Z]/);
      expect(isVerdict(v)).toBe(true);
    }
    expect(isVerdict('true')).toBe(false);
    expect(isVerdict(3)).toBe(false);
  });
});
