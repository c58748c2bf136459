import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Proposal, Recognizer } from '../../../src/core/entities/context';
import { normalize } from '../../../src/core/text/normalize';
import { entry, testGlossary } from '../test-glossary';

const glossary = testGlossary([]);
const TEXT = 'وصل الوفد إلى بلدة كفرحمام أمس مع سامر.';

/** A stand-in for the tagger: its reading is the given names, each over the tokens whose words it names. */
function reading(...names: { word: string; kind: Proposal['kind']; confidence: number }[]): Recognizer {
  return (ctx) =>
    names.map(({ word, kind, confidence }) => {
      const words = normalize(word).text.split(' ');
      const i = ctx.tokens.findIndex((t) => t.text === words[0]);
      return { first: i, last: i + words.length - 1, kind, name: word, source: 'model', confidence };
    });
}

const found = (recognizers: Recognizer[], text = TEXT) =>
  analyze({ title: 'عنوان', paragraphs: [text] }, { glossary, recognizers: { ar: recognizers } }).mentions.map(
    (m) => `${m.kind}:${m.text}:${m.source}`,
  );

describe('core/entities/recognize: the tagger fused with the rules', () => {
  it('a rule the model must second stands without a model', () => {
    expect(found([])).toContain('place:كفرحمام:rule');
  });

  it('a rule the model must second stands where the model reads a name over it, however unsure', () => {
    expect(found([reading({ word: 'كفرحمام', kind: 'organization', confidence: 0.05 })])).toContain(
      'place:كفرحمام:rule',
    );
  });

  it('a rule the model must second falls where the model reads names elsewhere and none over it', () => {
    expect(found([reading({ word: 'سامر', kind: 'person', confidence: 0.45 })])).toEqual(['person:سامر:model']);
  });

  it('only the sure names of the model are added; an organisation may be less sure', () => {
    const names = found([
      reading(
        { word: 'كفرحمام', kind: 'place', confidence: 0.25 },
        { word: 'الوفد', kind: 'organization', confidence: 0.25 },
        { word: 'سامر', kind: 'person', confidence: 0.25 },
      ),
    ]);
    expect(names).toEqual(['organization:الوفد:model', 'place:كفرحمام:rule']);
  });

  it.each([
    [0.4, 'person:محمد كاكبيرن الوفد:model'],
    [0.32, 'person:محمد كاكبيرن:rule'],
  ])('a person the model is very sure of ranks with the rules (confidence %s)', (confidence, expected) => {
    const text = 'والتقى محمد كاكبيرن الوفد أمس.';
    expect(found([], text)).toEqual(['person:محمد كاكبيرن:rule']);
    expect(found([reading({ word: 'محمد كاكبيرن الوفد', kind: 'person', confidence })], text)).toEqual([expected]);
  });

  it.each([
    // Two words or more that end sooner: the rule took a common word for the family name.
    ['خالد يوسف', 0.4, 'person:خالد يوسف:model'],
    // One word, or a model unsure, or the very same words: the rule's name stands.
    ['خالد', 0.45, 'person:خالد يوسف هدفا:rule'],
    ['خالد يوسف', 0.3, 'person:خالد يوسف هدفا:rule'],
    ['خالد يوسف هدفا', 0.45, 'person:خالد يوسف هدفا:rule'],
  ])(
    'in Arabic a sure model person (%s, %s) that ends before a rule person starting with it wins',
    (word, confidence, expected) => {
      const text = 'وسجل خالد يوسف هدفا في الدقيقة الأخيرة.';
      expect(found([], text)).toEqual(['person:خالد يوسف هدفا:rule']);
      expect(found([reading({ word, kind: 'person', confidence })], text)).toEqual([expected]);
    },
  );

  it('in Arabic a sure model organisation takes a glossary place of the same words (a club named by its city)', () => {
    const cities = testGlossary([entry('barcelona', 'place', 'برشلونة', 'Barcelona')]);
    const text = 'وأنقذ ميسي برشلونة من الخسارة.';
    const names = (recognizers: Recognizer[]) =>
      analyze(
        { title: 'عنوان', paragraphs: [text] },
        { glossary: cities, recognizers: { ar: recognizers } },
      ).mentions.map((m) => `${m.kind}:${m.text}:${m.source}`);
    expect(names([])).toEqual(['place:برشلونة:glossary']);
    expect(names([reading({ word: 'برشلونة', kind: 'organization', confidence: 0.25 })])).toEqual([
      'organization:برشلونة:model',
    ]);
    // Unsure, it is only the model's opinion: the glossary's place stands.
    expect(names([reading({ word: 'برشلونة', kind: 'organization', confidence: 0.15 })])).toEqual([
      'place:برشلونة:glossary',
    ]);
  });
});
