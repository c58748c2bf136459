/**
 * Issue 16, "What is highlighted" in Arabic: each class of false name or wrong span met on real pages, as a table of
 * sentences of our own. A listed place that is a word of another phrase, adjectives after a definite head, given
 * names that are also words, and names cut short or split.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { entry, testGlossary } from '../../test-glossary';

const glossary = testGlossary([
  entry('dili', 'place', 'ديلي', 'Dili'),
  entry('ramadi', 'place', 'الرمادي', 'Ramadi'),
  entry('washington', 'place', 'واشنطن', 'Washington'),
  entry('syria', 'place', 'سوريا', 'Syria', { arDem: 'سوري' }),
  entry('morocco', 'place', 'المغرب', 'Morocco'),
  entry('jeddah', 'place', 'جدة', 'Jeddah'),
]);

/** The mentions of a one-paragraph article, as `kind:surface`, rules and glossary only. */
function mentions(paragraph: string): string[] {
  return analyze({ title: 'عنوان', paragraphs: [paragraph] }, { glossary }).mentions.map((m) => `${m.kind}:${m.text}`);
}

describe('core/entities/arabic: false names and spans (issue 16)', () => {
  it.each([
    // A listed place that is the first word of a paper's name is the paper, not the place.
    ['نقلت صحيفة ديلي ميل عن شهود أن', ['organization:ديلي ميل']],
    ['وذكرت واشنطن بوست أن الوفد وصل', ['organization:واشنطن بوست']],
    ['ونقلت ديلي ستار عن مصدر أن', ['organization:ديلي ستار']],
    // … and alone it is still the place.
    ['وعاد الوفد إلى ديلي أمس', ['place:ديلي']],
    ['وتوجه الوزير إلى واشنطن الأسبوع الماضي', ['place:واشنطن']],
    // After a prayer or its call the word names the hour, not the country; elsewhere it is the country.
    ['وخرج المصلون بعد صلاة المغرب من المسجد', []],
    ['وارتفع أذان المغرب في الحي', []],
    ['وفاز المغرب على تونس في المباراة', ['place:المغرب', 'place:تونس']],
    // A place whose name ends in ta marbuta, written with a final ha, is a word with its pronoun (found him, his
    // grandfather) unless the words before it say a place is meant; spelt as the name, it is the place.
    ['وجده الأهالي في الحقل صباحا', []],
    ['وكان جده مزارعا في القرية', []],
    ['ووصل الوفد إلى جده مساء أمس', ['place:جده']],
    ['واستضافت جدة القمة العربية', ['place:جدة']],
    // A nisba-shaped place after a definite noun is its adjective; after a preposition or in construct, the place.
    ['وكان الرجل ذو الشعر الرمادي يقف هناك', []],
    ['وتصاعد الدخان الرمادي فوق المصنع', []],
    ['ودخلت القوات إلى الرمادي بعد معركة الرمادي', ['place:الرمادي', 'place:الرمادي']],
    // A nisba-shaped given name and a nisba after و are two adjectives.
    ['وقال الكاتب إن المهرجان حدث فكري وثقافي', []],
    // A quantifier is no family name.
    ['وقال إن عاكف العديد من الملفات', []],
    // A definite head with an ordinal or a qualitative adjective is a description, not a body's name.
    ['وسكنت العائلة في الدائرة الثامنة الأنيقة منذ سنوات', []],
    ['ودعا الخبراء إلى الإدارة الرشيدة للمياه', []],
    ['وقالت الإدارة الجديدة إن', []],
    // … while a name in construct after the head stays one.
    ['وأعلنت وزارة الخارجية أن', ['organization:وزارة الخارجية']],
    // A field after ل belongs to the body's name; a purpose after ل does not.
    ['وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة', ['organization:المرصد السوري لحقوق الإنسان']],
    ['واجتمعت وزارة المالية لبحث الموازنة', ['organization:وزارة المالية']],
    // An initial and its dot stand inside a name.
    ['وأقيم الحفل بحضور جون إف. كينيدي الابن', ['person:جون إف. كينيدي الابن']],
    // A body named after a person is the body, whole.
    ['وعرض بحثه في مركز جون إف. كينيدي العام الماضي', ['organization:مركز جون إف. كينيدي']],
    // `علي` after a title phrase that holds a body's field is the name; `على` before a construct is not.
    [
      'وقال أمين المجلس الأعلى للأمن القومي علي شمخاني إن',
      ['organization:المجلس الأعلى للأمن القومي', 'person:علي شمخاني'],
    ],
    ['وتجري الوزيرة علي هامش المؤتمر مباحثات', []],
    // A compound given name (`حسام الدين`) before more of the name is one name.
    ['وقال المهندس حسام الدين عبد الفتاح إن المشروع', ['person:حسام الدين عبد الفتاح']],
    ['وقالت المديرة هالة شمس الدين إن', ['person:هالة شمس الدين']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
