import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { evalEnglish } from '../../../../src/cli/eval-english';
import { compromiseSpans } from '../../../../src/core/eval/english';

describe('core/entities/english: compromise alone, mapped onto tokens', () => {
  it.each([
    // compromise itself stops at `Asim`: the baseline keeps its spans, only cleaned.
    [
      'titles and trailing punctuation come off',
      'President Joseph Aoun met Field Marshal Asim Munir, then left.',
      ['person:Joseph Aoun', 'person:Asim'],
    ],
    [
      'the possessive stays outside',
      "Pakistan's army was in Benghazi, they said.",
      ['place:Pakistan', 'place:Benghazi'],
    ],
  ])('%s', (_, text, expected) => {
    const spans = compromiseSpans({ title: 'Report', paragraphs: [text] }, nlp);
    expect(spans.map((s) => `${s.kind}:${s.text}`)).toEqual(expected);
  });
});

describe('core/entities/english: the English fixtures', () => {
  it('Hamish reaches micro F1 90, at least 25 points above compromise alone', () => {
    const { hamish, compromise } = evalEnglish();
    expect(hamish.micro.f1).toBeGreaterThanOrEqual(90);
    expect(hamish.micro.f1 - compromise.micro.f1).toBeGreaterThanOrEqual(25);
  });
});
