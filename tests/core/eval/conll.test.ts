import { describe, expect, it } from 'vitest';
import { ConllError, kindOf, parseConll, sentenceText, splitSentences, tokenRange } from '../../../src/core/eval/conll';

const ents = (src: string) =>
  parseConll(src).map((s) => s.entities.map((e) => `${e.kind}:${s.tokens.slice(e.first, e.last + 1).join(' ')}`));

describe('core/eval/conll', () => {
  it.each([
    [
      'tab separated, two sentences',
      'قال\tO\nعاصم\tB-PERS\nمنير\tI-PERS\n\nفي\tO\nليبيا\tB-LOC\n',
      [['person:عاصم منير'], ['place:ليبيا']],
    ],
    ['space separated', 'حزب B-ORG\nالله I-ORG\n', [['organization:حزب الله']]],
    ['BOM, CR and LRM stripped', '\uFEFF\u200Eفي\tO\r\n\u200Eبيروت\tB-LOC\r\n\t\r\n', [['place:بيروت']]],
    [
      'NewsFANE fine classes',
      'نوكيا\tB-Commercial\nو\tO\nبرشلونة\tB-Sports\nفي\tO\nهونج\tB-Population-Center\nكونج\tI-Population-Center\n',
      [['organization:نوكيا', 'organization:برشلونة', 'place:هونج كونج']],
    ],
    ['unscored classes become other', 'الليبيون\tB-Group\n', [['other:الليبيون']]],
    ['I- after O starts an entity', 'في\tO\nبيروت\tI-LOC\n', [['place:بيروت']]],
    ['B- right after an entity starts another', 'مصر\tB-LOC\nليبيا\tB-LOC\n', [['place:مصر', 'place:ليبيا']]],
    ['I- of another kind starts another', 'مصر\tB-LOC\nالنهار\tI-ORG\n', [['place:مصر', 'organization:النهار']]],
    ['PER and MISC', 'John B-PER\nSmith I-PER\nEnglish B-MISC\n', [['person:John Smith', 'other:English']]],
    ['-DOCSTART- and runs of blank lines', '-DOCSTART- O\n\n\nا O\n\n\n', [[]]],
  ])('%s', (_name, src, expected) => {
    expect(ents(src)).toEqual(expected);
  });

  it.each([
    ['a line without a tag', 'في\tO\nبيروت\n', 2],
    ['a tag that is not IOB', 'في\tO\nبيروت\tX-LOC\n', 2],
    ['an unknown class', '\nفي\tO\n\nبيروت\tB-Planet\n', 4],
  ])('reports %s with its line number', (_name, src, line) => {
    expect(() => parseConll(src)).toThrow(ConllError);
    expect(() => parseConll(src)).toThrow(`line ${line}:`);
  });

  it.each([
    ['Politician', 'person'],
    ['pers', 'person'],
    ['GPE-Cluster', 'place'],
    ['Medical-Science', 'organization'],
    ['Building-Grounds', 'other'],
    ['Nothing', undefined],
  ])('maps %s to %s', (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });

  it.each([
    ['dev', 7, 0],
    ['heldout', 3, 7],
    ['all', 10, 0],
    ['dev-a', 6, 0],
    ['dev-b', 1, 6],
  ] as const)('split %s takes %i sentences from %i', (split, count, from) => {
    const ten = Array.from({ length: 10 }, (_, i) => i);
    expect(splitSentences(ten, split)).toEqual(ten.slice(from, from + count));
  });

  it.each([
    [0, 3, { first: 0, last: 0 }],
    [4, 9, { first: 1, last: 1 }],
    [0, 9, { first: 0, last: 1 }],
    [2, 6, { first: 0, last: 1 }],
    [3, 4, undefined],
  ])('widens characters %i..%i to whole tokens', (start, end, expected) => {
    const { text, spans } = sentenceText(['قال', 'منير']);
    expect(text).toBe('قال منير');
    expect(tokenRange(spans, start, end)).toEqual(expected);
  });
});
