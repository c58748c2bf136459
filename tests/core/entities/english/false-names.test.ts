/**
 * Issue 16, "What is highlighted" in English: an initialism's letters are one name, months, diseases and the pronoun
 * `I` are no names, a name that ends in an organisation's head is no person, and `and`/`&` inside one body's name do not split it.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { englishRecognizer } from '../../../../src/core/entities/english';
import { entry, testGlossary } from '../../test-glossary';

const english = englishRecognizer(nlp);
const glossary = testGlossary([
  {
    ...entry('united-states', 'place', 'الولايات المتحدة', 'United States'),
    en: { name: 'United States', aliases: ['U.S.', 'US'], description: '-' },
  },
]);

function found(paragraph: string): string[] {
  const a = analyze(
    { title: 'Report', paragraphs: [paragraph], lang: 'en' },
    { glossary, recognizers: { en: [english] } },
  );
  return a.mentions.filter((m) => m.kind !== 'demonym').map((m) => `${m.kind}:${m.text}`);
}

describe('core/entities/english: false names and splits (issue 16)', () => {
  it.each([
    [
      'the letters of an initialism are one name',
      'U.S. officials met the envoy in the U.S. capital.',
      ['place:U.S', 'place:U.S'],
    ],
    ['a dot and a space still end an initial', 'He chose plan B. A new plan came later.', []],
    ['a month after a preposition is no place', 'The report was released in January by the agency.', []],
    ['a month opening a sentence is no person', 'In March, officials met again. March was cold.', []],
    [
      'the pronoun I is no name, though a list would join it to a place',
      'We spent a month in Oman and I never wanted to leave.',
      ['place:Oman'],
    ],
    ['nor after or', 'Nobody in Chile or I would have known.', ['place:Chile']],
    ['a disease is no place', 'Covid-19 spread fast in the spring. Deaths from Covid-19 fell.', []],
    [
      'a name that ends in a head is a body, though given names open it',
      'Blue Origin, SpaceX and Sierra Nevada Corporation are competing for the contract.',
      ['organization:Blue Origin', 'organization:SpaceX', 'organization:Sierra Nevada Corporation'],
    ],
    [
      'a head that is also a family name stays a person',
      'Mark Cross, a lawyer, said it was wrong.',
      ['person:Mark Cross'],
    ],
    [
      'an ampersand inside a name',
      'The World Travel & Tourism Council issued a report.',
      ['organization:World Travel & Tourism Council'],
    ],
    [
      'and before the field of the same body',
      'The Department of Health and Human Services issued a report.',
      ['organization:Department of Health and Human Services'],
    ],
    [
      'and before a second body that opens with its head',
      'The Ministry of Health and Ministry of Education agreed on the plan.',
      ['organization:Ministry of Health', 'organization:Ministry of Education'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('core/entities/english: the guards of those fixes', () => {
  it('an ampersand between two people joins nothing', () => {
    expect(found('Presenter John Marsh & Mark Tatum said the show would return.').some((m) => m.includes('&'))).toBe(
      false,
    );
  });
  it("a head after of is the other name's: the run stays a person", () => {
    const kinds = found('Anthony Shadid of the Washington Post reported the story.').map((m) => m.split(':')[0]);
    expect(kinds[0]).toBe('person');
  });
});
