/**
 * Issue 16, "Who said it" in Arabic: everyday words taken for named speakers, a headline's scare quotes, and a title
 * taken for the name it stands before, in sentences of our own, through the whole analysis.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { testGlossary } from '../test-glossary';

const glossary = testGlossary();

/** Each quote's first word and its speaker as `kind:name` (`-` where none), in order. */
function speakers(title: string, paragraphs: string[]): [string, string][] {
  const a = analyze({ title, paragraphs, lang: 'ar' }, { glossary });
  return a.quotes.map((q) => [q.text.split(' ')[0], q.speaker ? `${q.speaker.kind}:${q.speaker.name}` : '-']);
}

const TITLE = 'تقرير عن أحوال المدينة هذا الأسبوع';

describe('core/quotes: Arabic speakers (issue 16)', () => {
  it.each<[string, string, string[], [string, string][]]>([
    ['a group head', TITLE, ['ويقول مختصون إن "الأزمة ستطول" في الأشهر المقبلة.'], [['الأزمة', 'anonymous:مختصون']]],
    [
      'a suspect is someone unnamed',
      TITLE,
      ['وقال مشتبه به في القضية إن "التهم باطلة".'],
      [['التهم', 'anonymous:مشتبه به في القضية']],
    ],
    [
      'the latest figures are what the figures are',
      TITLE,
      ['وتشير آخر الإحصائيات إلى أن "البطالة ارتفعت" بشكل كبير.'],
      [['البطالة', 'institution:آخر الإحصائيات']],
    ],
    [
      'a sector speaks as a body',
      TITLE,
      ['وقال قطاع المياه في البلدية إن "الشبكة متهالكة".'],
      [['الشبكة', 'institution:قطاع المياه']],
    ],
    [
      'a particle with a conjunction is no name',
      TITLE,
      ['وفي المقابل، فقد قال إن "الأزمة ستنتهي قريبا".'],
      [['الأزمة', '-']],
    ],
    [
      'someone whose name is withheld is anonymous',
      TITLE,
      ['وأكدت امرأة حُجِبَ اسمها أن "المشتبه به هرب".'],
      [['المشتبه', 'anonymous:امرأة حُجِبَ اسمها']],
    ],
    [
      'a title in construct with a body is no given name: the name after it speaks',
      TITLE,
      ['وقال أمين المجلس الأعلى للأمن القومي علي شمخاني إن "المفاوضات مستمرة".'],
      [['المفاوضات', 'named:علي شمخاني']],
    ],
  ])('%s', (_why, title, paragraphs, expected) => {
    expect(speakers(title, paragraphs)).toEqual(expected);
  });

  it.each([
    ['كشف السبب "خطأ بشري فادح" في سقوط الطائرة', []],
    ['السبب: "خطأ بشري فادح"', []],
    // a line that names who says it keeps the claim, and so does a sentence
    ['الوزير فادي خوري: "خطأ بشري فادح"', [['خطأ', 'named:فادي خوري']]],
    ['وكشف السبب أن "خطأ بشريا فادحا" وقع.', [['خطأ', 'institution:السبب']]],
  ])('a headline quoting a phrase nobody is named saying makes no claim: %s', (line, expected) => {
    expect(speakers(TITLE, [line, 'سقطت طائرة صغيرة في البحر مساء أمس.'])).toEqual(expected);
  });
});
