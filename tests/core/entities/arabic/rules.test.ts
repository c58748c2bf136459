import { describe, expect, it } from 'vitest';
import { textContext } from '../../../../src/core/analyze';
import { arabicRecognizer, isDescription } from '../../../../src/core/entities/arabic';
import { isNisba } from '../../../../src/core/entities/arabic/rules';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { recognize } from '../../../../src/core/entities/recognize';
import { normalize } from '../../../../src/core/text/normalize';
import type { EntityKind } from '../../../../src/core/types';
import { compileIndex } from '../../../../src/glossary/compile';
import { entry, testGlossary } from '../../test-glossary';

// No glossary entries; the given names the index always carries.
const empty = loadGlossary(compileIndex([]));

const ctxOf = (text: string) => textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);

/** The rules' mentions in a sentence, as `kind:surface`. */
function found(text: string): string[] {
  return recognize(ctxOf(text), empty, [arabicRecognizer]).mentions.map((m) => `${m.kind}:${m.text}`);
}

describe('core/entities/arabic/rules', () => {
  it.each([
    // Persons: titles and roles stay outside the name.
    ['وقال الرئيس اللبناني جوزاف عون إن', ['person:جوزاف عون']],
    ['يرى الباحث الليبي في العلاقات الدولية أحمد المهدوي أن', ['person:أحمد المهدوي']],
    ['ويصف المحلل السياسي الليبي عمر أبو سعيدة الزيارة', ['person:عمر أبو سعيدة']],
    ['والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره', ['person:إيمانويل ماكرون']],
    ['وصرح عبدالله النسور', ['person:عبدالله النسور']],
    ['والتقى جيفري فيلتمان عدداً من النواب', ['person:جيفري فيلتمان']],
    // A given name that begins with و or ف is the name itself.
    ['التقى فاطمة حداد ووليد شمعون وفادي خوري', ['person:فاطمة حداد', 'person:ووليد شمعون', 'person:وفادي خوري']],
    // A family name may look like a nisba; a place's nisba after a lone given name is no family name.
    ['وقال محمد لبناني الأصل', []],
    ['وقال عبد الرحمن شلقم إن الوضع صعب', ['person:عبد الرحمن شلقم']],
    ['والتقى عبد الكريم الخطيب الوفد', ['person:عبد الكريم الخطيب']],
    // علي inside a name, not the preposition على; a compound family name in الحاج.
    ['وصل عبدالله علي اليحيا ومحمد علي حسن', ['person:عبدالله علي اليحيا', 'person:ومحمد علي حسن']],
    ['وحصل محمد على المستوى الأول وعلى الجائزة', []],
    // Given names that are everyday words need a title; a verb after a title is no name.
    ['وانخفض رصيد الدين الخارجي، والآن نحلم بحل سلمي للأزمة', []],
    ['وقال المتحدث باسم الوزارة إن', []],
    ['في المعارض التي تقام سنويا', []],
    ['وتقول المديرة سعاد الحاج حسن إن', ['person:سعاد الحاج حسن']],
    ['وقال وزير التجارة أثير داود الغريري إن', ['person:أثير داود الغريري']],
    ['وفي سحمر، تقول منى عطوي إن', ['person:منى عطوي']],
    ['ويقول رجل الأعمال سامي طربيه إن', ['person:سامي طربيه']],
    ['ويقول رجل الأعمال المقيم في الكويت منذ ثلاثة عقود سامي طربيه إن', ['place:الكويت', 'person:سامي طربيه']],
    ['وقال الباحث في شؤون الهجرة كريم زعيتر إن', ['person:كريم زعيتر']],
    ['وقالت المديرة هالة شمس الدين إن', ['person:هالة شمس الدين']],
    // A chain of descent is one name; a given name that is also a word opens a name before another given name.
    ['حضر أحمد بن محمد بن راشد آل مكتوم الحفل', ['person:أحمد بن محمد بن راشد آل مكتوم']],
    ['ونائبه عمر محمد الريحاوي', ['person:عمر محمد الريحاوي']],
    // A given name read through a conjunction, an adverb after a name, a particle alone: no name.
    ['خلال وجود الهلال في السماء', []],
    ['يستعد المطرب مدحت صالح حاليا لأداء', ['person:مدحت صالح']],
    ['التقى الأمير محمد بن سلمان آل سعود', ['person:محمد بن سلمان آل سعود']],
    ['استقبل الشيخ محمد بن زايد الوفد', ['person:محمد بن زايد']],
    ['وقال الرئيس السوداني عمر حسن البشير إن', ['person:عمر حسن البشير']],
    // A word with ه (his) as written, a derived verb or a word in لل after the given names is no family word; a
    // name written in ه is.
    ['وقاد المهاجم سامي خليل فريقه إلى الفوز', ['person:سامي خليل']],
    ['وكان أحمد منصور يتحدث إلى الصحافيين', ['person:أحمد منصور']],
    ['وعاد خالد يوسف للملاعب بعد الإصابة', ['person:خالد يوسف']],
    ['وكتب الشيخ محمد عبده مقالته الأولى', ['person:محمد عبده']],
    ['وأقنع خالد يوسف رفاقهم بالعودة', ['person:خالد يوسف']],
    ['وكان خالد يوسف بشأن القضية صريحا', ['person:خالد يوسف']],
    ['وسدد خالد يوسف داخل المنطقة', ['person:خالد يوسف']],
    // A chain of descent after a title and a first name no lexicon holds is the name's.
    ['واستقبل سمو الشيخ غنوم بن سالم بن هلال الوفد', ['person:غنوم بن سالم بن هلال']],
    // A lone family name as the subject of a verb of saying, right before what was said.
    ['وقال الأعرجي إن القوات', ['person:الأعرجي']],
    ['وأكد ليبرمان أن الحكومة', ['person:ليبرمان']],
    ['قال سولانا: "سنواصل"', ['person:سولانا']],
    ['وقال المتحدث إن', []],
    ['وختم بالقول إن', []],
    ['وكشف الدبلوماسي أنه', []],
    ['وقالت أنباء إن', []],
    ['وقالت الوزارة إن', []],
    ['وقال مسؤولون إن', []],
    ['وقال مصدر إن', []],
    ['وقال البيان إن', []],
    ['وقال الخبراء إن', []],
    ['وقال الأميركيون إن', []],
    ['قال الرئيس إن', []],
    ['وقال شهود إن', []],
    // A given name that is also an everyday word needs a title.
    ['قال علي إن', []],
    ['ونص الاتفاق على حسن الجوار', []],
    ['أكد الملك عبدالله', []],
    // Places: the lexicon with proclitics, after settlement nouns, multi-word names.
    ['وصل الوفد إلى وبالعراق', ['place:وبالعراق']],
    ['قصفت إسرائيل بلدة عيتا الشعب فجر اليوم', ['place:إسرائيل', 'place:عيتا الشعب']],
    ['في مخيم عين الحلوة', ['place:عين الحلوة']],
    ['في مدينة غزة الاسبوع الماضي', ['place:غزة']],
    // A town's name may end in ta marbuta; an adjective after the place noun is no name.
    ['غارة على بلدة رحبة في عكار', ['place:رحبة', 'place:عكار']],
    ['وصلت التعزيزات إلى محافظة حماة', ['place:حماة']],
    ['أقامت منطقة عازلة قرب الحدود', []],
    ['نزحوا إلى بلدة صغيرة', []],
    ['دخلت القوات منطقة محتلة', []],
    ['ضمن منطقة آمنة', []],
    ['زار الرئيس للمدينة ودعوته الصناعيين', []],
    ['في تل أبيب و رام الله', ['place:تل أبيب', 'place:رام الله']],
    ['زار أبو ظبي', ['place:أبو ظبي']],
    // `المالي` is an adjective, not Mali; a nisba is no place.
    ['قال الخبير المالي إن السوق', []],
    ['العلاقات الليبية الباكستانية', []],
    // Organisations: heads that belong to the name, and names after a company noun.
    ['أعلن حزب العمال الكردستاني', ['organization:حزب العمال الكردستاني']],
    ['أكدت وزارة الخارجية أن', ['organization:وزارة الخارجية']],
    ['وأعلنت شركة نوكيا الفنلندية', ['organization:نوكيا']],
    ['خصوصاً أن الفريق استقدم لاعبين جدداً، وشركات صناعة السيارات', []],
    ['اجتمعت كتلة "التنمية والتحرير" أمس', ['organization:التنمية والتحرير']],
    ['وقال تيار «المستقبل» في بيان', ['organization:المستقبل']],
    ['وأعلنت الجمعية "إنها لن تشارك، ولن توقع" أمس', []],
    ['اشتباكات مع قوات الدعم السريع في الخرطوم', ['organization:قوات الدعم السريع', 'place:الخرطوم']],
    // An adjective of where a body sits, when it meets or what it is doing ends its name.
    ['وهاجمت جبهة التحرير الوطني المتمردة القرية', ['organization:جبهة التحرير الوطني']],
    ['ونظرت محكمة الاستئناف الواقعة في وسط المدينة', ['organization:محكمة الاستئناف']],
    ['وافتتحت هيئة الرقابة الصحية الجديدة مكتبها', ['organization:هيئة الرقابة الصحية']],
    // A definite head takes adjectives and a field, not a noun: a definite noun after it begins another phrase.
    ['وأعلنت الشرطة المحلية العثور على السيارة', []],
    ['ونصح الجهاز الفني اللاعبين بالهدوء', []],
    ['وأعلنت وزارة الخارجية والمغتربين أن', ['organization:وزارة الخارجية والمغتربين']],
    ['وناقش المجلس الأعلى للتعليم خطته', ['organization:المجلس الأعلى للتعليم']],
    ['وقالت جمعية الأرض الخضراء إن', ['organization:جمعية الأرض الخضراء']],
    // A word that names only a club is an organisation, with the city after it.
    ['وفاز سسكا موسكو على ضيفه', ['organization:سسكا موسكو']],
    ['وخسر الفريق أمام أسيك في الذهاب', ['organization:أسيك']],
    // A company or club noun before a verbal noun, a plural, a verb or a noun with a pronoun names no body.
    ['وأسست شركة إنتاج في المدينة', []],
    ['وقال فريق يشرف على المشروع إن', []],
    ['ورفع فريق بلاده الكأس', []],
    ['وتعمل شركة تسويق جديدة', []],
    ['ووصفه بأنه فريق خطير في الهجوم', []],
    // Armed forces or institutions with nisba adjectives alone are descriptions.
    ['قدرات القوات الليبية', []],
    ['زيارة قائد الجيش الباكستاني', []],
    ['قدرة المؤسسة العسكرية الليبية', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a club takes the city the glossary names after it', () => {
    const cities = testGlossary([
      entry('kyiv', 'place', 'كييف', 'Kyiv'),
      entry('abidjan', 'place', 'أبيدجان', 'Abidjan'),
    ]);
    const names = (text: string) =>
      recognize(ctxOf(text), cities, [arabicRecognizer]).mentions.map((m) => `${m.kind}:${m.text}`);
    expect(names('وتعادل دينامو كييف مع ضيفه، ووصل الوفد إلى كييف')).toEqual([
      'organization:دينامو كييف',
      'place:كييف',
    ]);
    // After a club noun too: the club's word is the club rule's.
    expect(names('وواجه فريق أسيك أبيدجان ضيفه')).toEqual(['organization:أسيك أبيدجان']);
  });

  it('a place alone in quotation marks names a paper, unless a place noun stands before it', () => {
    const places = testGlossary([
      entry('middle-east', 'place', 'الشرق الأوسط', 'Middle East'),
      entry('tyre', 'place', 'صور', 'Tyre'),
    ]);
    const names = (text: string) =>
      recognize(ctxOf(text), places, [arabicRecognizer]).mentions.map((m) => `${m.kind}:${m.text}`);
    expect(names('وقال الوزير لـ«الشرق الأوسط» إن الحرب في الشرق الأوسط طويلة')).toEqual([
      'organization:الشرق الأوسط',
      'place:الشرق الأوسط',
    ]);
    expect(names('ووصل الموكب إلى مدينة "صور" مساء')).toEqual(['place:صور']);
  });

  it.each([
    ['الليبية', true],
    ['الباكستاني', true],
    ['اللبنانيين', true],
    ['ليبيون', true],
    ['بنغازي', true],
    ['ليبيا', false],
    ['منير', false],
  ])('isNisba(%s) is %s', (word, expected) => {
    expect(isNisba(normalize(word).text)).toBe(expected);
  });

  it.each([
    ['القوات الليبية', 'organization', true],
    ['الجيش الباكستاني', 'organization', true],
    ['المؤسسة العسكرية الليبية', 'organization', true],
    ['وزارة الخارجية', 'organization', false],
    ['قوات الدعم السريع', 'organization', false],
    ['الليبية', 'place', true],
    ['السعودية', 'place', false],
    ['بنغازي', 'place', false],
  ] as [string, EntityKind, boolean][])('isDescription(%s, %s) is %s', (text, kind, expected) => {
    const ctx = ctxOf(text);
    expect(isDescription(ctx, 0, ctx.tokens.length - 1, kind)).toBe(expected);
  });
});
