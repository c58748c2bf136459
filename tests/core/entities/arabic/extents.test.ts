/**
 * Issue 13, second round: where the Arabic rules' names end and what kind they are, each class of error read on
 * newswire as a table of sentences of our own. Rules only, with the given names the index always carries.
 */
import { describe, expect, it } from 'vitest';
import { textContext } from '../../../../src/core/analyze';
import { arabicRecognizer } from '../../../../src/core/entities/arabic';
import { verbShaped } from '../../../../src/core/entities/arabic/view';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { recognize } from '../../../../src/core/entities/recognize';
import { compileIndex } from '../../../../src/glossary/compile';

const empty = loadGlossary(compileIndex([]));

/** The rules' mentions in a sentence, as `kind:surface`. */
function found(text: string): string[] {
  const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
  return recognize(ctx, empty, [arabicRecognizer]).mentions.map((m) => `${m.kind}:${m.text}`);
}

describe('core/entities/arabic: extents and kinds (issue 13, second round)', () => {
  it.each([
    // A verb after a place noun is no town; a town the same noun introduces still is.
    ['وهي منطقة تتنافس فيها المصانع على العمال', []],
    ['وتعد منطقة تقع قرب السد من أخصب الأراضي', []],
    ['واستقر النازحون في منطقة تضم ثلاثة مخيمات', []],
    ['وعاد الأهالي إلى بلدة يطا بعد الظهر', ['place:يطا']],
    ['وزار الوفد بلدة عيتا الشعب أمس', ['place:عيتا الشعب']],
    // A verb after a name, with or without و, is no family word.
    ['ووصل المدرب سامي خليل ويحاول إقناع اللاعبين', ['person:سامي خليل']],
    ['وارتطمت الكرة بقدم المدافع الأرجنتيني غوميز وسكنت المرمى', []],
    ['وأكد الوزير نبيل فرحات أن الخطة جاهزة', ['person:نبيل فرحات']],
    // A definite verbal noun of the derived forms or a body's head after a name begins the next phrase.
    ['ومنح خالد التقدم لفريقه في الدقيقة العاشرة', []],
    ['وكان مصدر إلهام البنك الوطني في خطته', []],
    ['وحقق سامي الانتصار الثالث', []],
    ['وقال أحمد التوفيق إن المعرض يفتح غدا', ['person:أحمد التوفيق']],
    ['وقال سامي التكريتي إن المعرض يفتح غدا', ['person:سامي التكريتي']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['يتنافس', false, true],
    ['تقع', false, false],
    ['تقع', true, true],
    ['يحاول', false, true],
    ['ويحاول', false, true],
    ['وسكنت', false, true],
    ['فرحات', false, false],
    ['ويستون', false, false],
    ['يطا', true, false],
    ['يوسف', false, false],
    ['سطات', true, false],
  ] as const)('verbShaped(%s, noun awaited %s) is %s', (word, nounAwaited, verb) => {
    expect(verbShaped(word, nounAwaited)).toBe(verb);
  });
});
