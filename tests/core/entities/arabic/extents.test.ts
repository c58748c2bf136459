/**
 * Issue 13, second round: where the Arabic rules' names end and what kind they are, each class of error read on
 * newswire as a table of sentences of our own. Rules only, with the given names the index always carries.
 */
import { describe, expect, it } from 'vitest';
import { analyze, textContext } from '../../../../src/core/analyze';
import { arabicRecognizer } from '../../../../src/core/entities/arabic';
import { verbShaped } from '../../../../src/core/entities/arabic/view';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import type { Recognizer } from '../../../../src/core/entities/context';
import { recognize } from '../../../../src/core/entities/recognize';
import { compileIndex } from '../../../../src/glossary/compile';
import { entry, testGlossary } from '../../test-glossary';

const empty = loadGlossary(compileIndex([]));

/** The rules' mentions in a sentence, as `kind:surface`. */
function found(text: string): string[] {
  const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
  return recognize(ctx, empty, [arabicRecognizer]).mentions.map((m) => `${m.kind}:${m.text}`);
}

const places = testGlossary([
  entry('lyon', 'place', 'ليون', 'Lyon'),
  entry('hamburg', 'place', 'هامبورغ', 'Hamburg'),
  entry('qatar', 'place', 'قطر', 'Qatar'),
  entry('morocco', 'place', 'المغرب', 'Morocco'),
  entry('santiago', 'place', 'سانتياغو', 'Santiago'),
  entry('doha', 'place', 'الدوحة', 'Doha'),
  entry('bucharest', 'place', 'بوخارست', 'Bucharest'),
]);

/** The mentions of a one-paragraph article with the glossary's places, as `kind:surface`, demonyms left out. */
function withPlaces(paragraph: string): string[] {
  return analyze({ title: 'عنوان', paragraphs: [paragraph] }, { glossary: places })
    .mentions.filter((m) => m.kind !== 'demonym')
    .map((m) => `${m.kind}:${m.text}`);
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
    // Before a particle of descent stands the person's own first name: the chain joins it, after a title.
    ['وحضر الشيخ مكتوم بن محمد بن راشد آل مكتوم الحفل', ['person:مكتوم بن محمد بن راشد آل مكتوم']],
    ['وافتتحت الشيخة لطيفة بنت محمد بن راشد آل مكتوم المعرض', ['person:لطيفة بنت محمد بن راشد آل مكتوم']],
    // A definite verbal noun of the derived forms or a body's head after a name begins the next phrase.
    ['ومنح خالد التقدم لفريقه في الدقيقة العاشرة', []],
    ['وكان مصدر إلهام البنك الوطني في خطته', []],
    ['وحقق سامي الانتصار الثالث', []],
    ['وقال أحمد التوفيق إن المعرض يفتح غدا', ['person:أحمد التوفيق']],
    ['وقال سامي التكريتي إن المعرض يفتح غدا', ['person:سامي التكريتي']],
    // A lone family name that speaks: one in ين (the subject of a verb is no plural in ين), one that reads as a
    // proclitic and a given name, and one with its title in apposition before what was said.
    ['وقال كوبين إنه سيعود إلى بلاده', ['person:كوبين']],
    ['وقال بوين إن التحقيق مستمر', ['person:بوين']],
    ['وقال الحمداني مدير المكتب إن العمل مستمر', ['person:الحمداني']],
    ['وقال مسؤولون إن العمل مستمر', []],
    ['وتقول شيئا آخر للصحافيين', []],
    // `إدارة` is first the act of running something, not a body.
    ['وانتقد النواب إدارة الحرب على الحدود', []],
    ['وتعهدت إدارة الشركة بدفع الرواتب', []],
    ['وأقرت الحكومة خطة لإدارة المياه الجوفية', []],
    // … while other heads still name a body.
    ['وتعهدت وزارة المالية بدفع الرواتب', ['organization:وزارة المالية']],
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

  it.each([
    // A city with a country's masculine nisba in a match report is its club; the city itself takes the feminine.
    ['وحقق ليون الفرنسي فوزه الثالث على التوالي', ['organization:ليون']],
    ['وتعادل الضيوف مع هامبورغ الألماني في الشوط الأول', ['organization:هامبورغ']],
    ['ووصل الوزير إلى ليون الفرنسية أمس', ['place:ليون']],
    // … and outside a match report the place stays a place.
    ['وأعلن مطار هامبورغ الألماني تأخير الرحلات', ['place:هامبورغ']],
    // A place after a club noun is the club, with a town's nisba but not the country's.
    ['وتعادل فريقنا مع نادي قطر مساء أمس', ['organization:قطر']],
    ['وانتقل الحارس إلى فريق المغرب التطواني', ['organization:المغرب التطواني']],
    ['وزار الوفد قطر أمس', ['place:قطر']],
    // In a results line the second team with its country in brackets is a club; a dateline's city stays a place.
    [
      'ستيوا بوخارست ( رومانيا ) - ليون ( فرنسا ) 1 - 2',
      ['organization:ستيوا بوخارست', 'place:رومانيا', 'organization:ليون', 'place:فرنسا'],
    ],
    ['ليون ( فرنسا ) - أعلن مسؤولون في البلدية', ['place:ليون', 'place:فرنسا']],
    // A place that opens a stadium's name of more words is no place; alone after the noun it is the city.
    ['وتقام المباراة على ملعب سانتياغو برنابيو مساء السبت', []],
    ['وامتلأت مدرجات استاد " سانتياغو برنابيو " بالجماهير', []],
    ['وتقام المباراة على استاد الدوحة عند السادسة', ['place:الدوحة']],
    ['ووصل الوفد إلى سانتياغو أمس', ['place:سانتياغو']],
  ])('%s', (text, expected) => {
    expect(withPlaces(text)).toEqual(expected);
  });

  it('a person the model is very sure of takes a one-word place of the glossary inside it', () => {
    const text = 'واستقبل الوزير السفير مارين دوبوا رئيس البعثة';
    const glossary = testGlossary([entry('marin', 'place', 'مارين', 'Marin')]);
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', glossary.givenNames);
    const first = ctx.tokens.findIndex((t) => t.text === 'مارين');
    // A model's reading as the tagger gives it: its confidence is half its posterior.
    const model =
      (posterior: number): Recognizer =>
      () => [
        { first, last: first + 1, kind: 'person', name: 'مارين دوبوا', source: 'model', confidence: posterior / 2 },
      ];
    const kinds = (posterior: number) =>
      recognize(ctx, glossary, [arabicRecognizer, model(posterior)]).mentions.map((m) => `${m.kind}:${m.text}`);
    expect(kinds(0.9)).toEqual(['person:مارين دوبوا']);
    // Unsure, the model's opinion leaves the glossary's place.
    expect(kinds(0.6)).toEqual(['place:مارين']);
  });

  it('a name opened before its given name is keyed by its words as written', () => {
    const text = 'وقال وزير الزراعة نمير داود الحلبي إن المخزون يكفي';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    const { entities } = recognize(ctx, empty, [arabicRecognizer]);
    expect(entities.map((e) => e.key)).toEqual(['person:نمير داود الحلبي']);
  });
});
