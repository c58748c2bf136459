import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types';
import { citation, quotedWords } from '../../src/ui/citation';
import { CARDS, STATE } from './fixtures';

const BERRI: Quote['speaker'] = { name: 'نبيه بري', kind: 'named', entity: 'nabih-berri' };

describe('ui/citation', () => {
  it.each([
    ['the roads to Logar,', 'the roads to Logar'],
    ['الحوار مستمر،', 'الحوار مستمر'],
    ['we will stay.', 'we will stay'],
    ['is it over?', 'is it over?'],
    ['and then…', 'and then…'],
  ])('leaves the sentence’s punctuation outside the quote: %j → %j', (text, words) => {
    expect(quotedWords(text)).toBe(words);
  });

  it('names the speaker with their role, the quote without trailing punctuation, the article and its date', () => {
    const q: Quote = { start: 0, end: 5, text: 'الحوار مستمر،', direct: true, speaker: BERRI };
    expect(citation(q, STATE, 'en', CARDS).split('\n')).toEqual([
      'نبيه بري, Speaker of Parliament: «الحوار مستمر»',
      `${STATE.annotations.title} — النهار — 14 March 2025`,
      STATE.url,
    ]);
    expect(citation(q, STATE, 'ar', CARDS).split('\n')[0]).toBe('نبيه بري، رئيس مجلس النواب: «الحوار مستمر»');
  });

  it('keeps a date it cannot read whole, and says when a quote has no speaker', () => {
    const q: Quote = { start: 0, end: 5, text: 'لا تعليق', direct: true };
    const lines = citation(q, { ...STATE, published: 'Wed Nov 20' }, 'en').split('\n');
    expect(lines[0]).toBe('Unattributed: «لا تعليق»');
    expect(lines[1]).toMatch(/— Wed Nov 20$/);
  });
});
