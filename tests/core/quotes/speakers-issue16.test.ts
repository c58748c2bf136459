/**
 * Issue 16, "Who said it" in English: each class of wrong speaker met on real pages, in sentences of our own, through
 * the whole analysis (the recogniser's mentions included) as a reader meets them.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { englishRecognizer } from '../../../src/core/entities/english';
import { entry, testGlossary } from '../test-glossary';

const english = englishRecognizer(nlp);
const glossary = testGlossary([
  entry('barack-obama', 'person', 'باراك أوباما', 'Barack Obama', { enShort: ['Obama'] }),
]);

/** Each quote's first words and its speaker as `kind:name` (`-` where none), in order. */
function speakers(paragraphs: string[]): [string, string][] {
  const a = analyze(
    { title: 'A report on the news of the week', paragraphs, lang: 'en' },
    {
      glossary,
      recognizers: { en: [english] },
    },
  );
  return a.quotes.map((q) => [
    a.text.slice(q.start, q.end).replace(/^\W+/, '').split(' ').slice(0, 2).join(' '),
    q.speaker ? `${q.speaker.kind}:${q.speaker.name}` : '-',
  ]);
}

describe('core/quotes: English speakers (issue 16)', () => {
  it.each<[string, string[], [string, string][]]>([
    [
      'the dot of Mr. ends no speaker: the man named after it speaks, not the one before',
      [
        'President Barack Obama lifted the sanctions, and Eric Reeves, a scholar of the region, objected at once.',
        '"Nothing in the country has changed," said Mr. Reeves, a senior fellow at a university.',
      ],
      [['Nothing in', 'named:Eric Reeves']],
    ],
    [
      'she, after a sentence that opens with she or her, is the person the paragraph is about',
      [
        'Jane Roberts runs a bakery in Dayton and has done so for many years now.',
        'She opened it in 2010 with help from her neighbour, Linda Park, who sells flowers.',
        '"We will keep the doors open," she said.',
      ],
      [['We will', 'named:Jane Roberts']],
    ],
    [
      'a name before the nouns it qualifies: the officials speak, not the president',
      ['President Barack Obama met the envoy. Obama administration officials said the plan "would hold for now."'],
      [['would hold', 'anonymous:Obama administration officials']],
    ],
    [
      'a capitalised adjective before a noun names no speaker',
      ['African-American voters in the city said "the system is broken" in the survey.'],
      [['the system', 'anonymous:African-American voters in the city']],
    ],
    [
      'a connective opening the sentence is no name',
      ['The council met on Monday. However, the mayor said the vote "will go ahead as planned."'],
      [['will go', 'named:the mayor']],
    ],
    [
      'the relative pronoun before the verb stands for the one described; including opens the example',
      ['Other witnesses, including a career Army officer who said he "could not believe" the request, testified.'],
      [['could not', 'anonymous:a career Army officer']],
    ],
    [
      'a statement is no speaker: who issued it is',
      [
        'The Lebanese Red Cross issued a statement on Monday about the floods in the north.',
        '"Our teams reached every village," the statement said.',
      ],
      [['Our teams', 'institution:Lebanese Red Cross']],
    ],
    [
      'a statement that nobody issued before names no speaker',
      ['The roads were closed for days. "The roads will reopen," the statement said.'],
      [['The roads', '-']],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
