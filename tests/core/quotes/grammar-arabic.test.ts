import { describe, expect, it } from 'vitest';
import type { HeadClass } from '../../../src/core/quotes/grammar/grammar';
import { attribution } from './attribution';

describe('core/quotes/grammar/arabic', () => {
  // The subject after a verb (VSO): past adverbs, addressees and outlets; titles stay in the phrase.
  it.each<[string, string, string, string | undefined]>([
    ['a role and a name', 'وقال وزير الخارجية ناصيف يوسف إن الجلسة مؤجلة.', 'وقال', 'وزير الخارجية ناصيف يوسف'],
    [
      'an adverb before the subject',
      'وأكد أيضاً النائب إبراهيم كنعان أن المطلوب قانون.',
      'وأكد',
      'النائب إبراهيم كنعان',
    ],
    ['an addressee and its outlet', 'وقالت مصادر مطلعة لـ"النهار" إن القرار اتخذ.', 'وقالت', 'مصادر مطلعة'],
    ['an addressee pronoun', 'وقال لنا رئيس البلدية سمير خوري إن العمل انتهى.', 'وقال', 'رئيس البلدية سمير خوري'],
    [
      'an institution with its genitives',
      'وأعلنت وزارة الصحة العامة أن الحصيلة ارتفعت.',
      'وأعلنت',
      'وزارة الصحة العامة',
    ],
    ['a statement issued by a body', 'وذكر بيان صادر عن الجيش أن الطرفين اتفقا.', 'وذكر', 'بيان صادر عن الجيش'],
    [
      'a role takes a preposition before the name',
      'وقال المتحدث باسم الوزارة إن الموعد ثابت.',
      'وقال',
      'المتحدث باسم الوزارة',
    ],
    [
      'a preposition after the name ends it',
      'وقال النائب سمير خوري في حديثه إن المياه عادت.',
      'وقال',
      'النائب سمير خوري',
    ],
    ['a comma right after the verb: no subject', 'وأضاف، في المؤتمر نفسه، أن الخطة جاهزة.', 'وأضاف', undefined],
    ['a complementiser right after the verb: no subject', 'وأضاف أن الخطة جاهزة.', 'وأضاف', undefined],
  ])('npAfter: %s', (_, text, cue, expected) => {
    const { at, g, tokenOf, sentence, show } = attribution('ar', text);
    const i = tokenOf(cue);
    expect(show(g.npAfter(at, i, sentence(i)[1], false))).toBe(expected);
  });

  // The subject before its verb, bounded by a complementiser, a clause opener or punctuation; قد is skipped.
  it.each<[string, string, string, string | undefined]>([
    ['after أن', 'وذكر البيان أن الطرفين أكدا التزامهما.', 'أكدا', 'الطرفين'],
    ['opening the sentence', 'الحكومة أعلنت أمس خطة جديدة.', 'أعلنت', 'الحكومة'],
    ['before قد', 'وكان الوزير قد قال إن الخطة جاهزة.', 'قال', 'الوزير'],
    ['after فيما', 'تقدم الجيش فيما السكان قالوا إنهم خائفون.', 'قالوا', 'السكان'],
    ['a preposition between: none', 'ثم في المدينة قال إن الوضع هادئ.', 'قال', undefined],
  ])('npBefore: %s', (_, text, cue, expected) => {
    const { at, g, tokenOf, sentence, show } = attribution('ar', text);
    const i = tokenOf(cue);
    expect(show(g.npBefore(at, i, sentence(i)[0]))).toBe(expected);
  });

  // The personal name in a phrase: titles and descriptions first, a definite family name closes a short name.
  it.each<[string, string, string, string, string | undefined]>([
    [
      'titles before the name',
      'ويصف المحلل السياسي الليبي عمر أبو سعيدة الزيارة.',
      'المحلل',
      'الزيارة',
      'عمر أبو سعيدة',
    ],
    [
      'a definite family name closes it',
      'يرى الباحث أحمد المهدوي أن الزيارة مهمة.',
      'الباحث',
      'المهدوي',
      'أحمد المهدوي',
    ],
    ['a compound given name', 'وقالت المهندسة هالة شمس الدين إن المشروع تأخر.', 'المهندسة', 'الدين', 'هالة شمس الدين'],
    ['a particle before a comma is passed over', 'قال الوزير أم، خوري شيئاً.', 'الوزير', 'خوري', 'خوري'],
    ['a role alone has none', 'وقال المتحدث باسم الوزارة إن الموعد ثابت.', 'المتحدث', 'الوزارة', undefined],
  ])('nameRun: %s', (_, text, from, to, expected) => {
    const { at, g, phrase, show } = attribution('ar', text);
    const [a, b] = phrase(from, to);
    expect(show(g.nameRun(at, a, b))).toBe(expected);
  });

  // The class of a head, with a conjunction, the accusative alif or a possessive suffix taken off.
  it.each<[string, HeadClass]>([
    ['مصادر', 'vague'],
    ['والمصادر', 'vague'],
    ['أوساطاً', 'vague'],
    ['السكان', 'group'],
    ['وزارة', 'inst'],
    ['الجيش', 'inst'],
    ['الوزير', 'role'],
    ['ابنه', 'role'],
    ['والدته', 'role'],
    ['سلمان', undefined],
  ])('headClass: %s → %s', (word, expected) => {
    const { at, g, tokenOf } = attribution('ar', `قال ${word} شيئاً.`);
    const k = tokenOf(word);
    expect(g.headClass(at, k, k + 1)).toBe(expected);
  });

  // What a phrase names, and the speaker rule that decided it.
  it.each<[string, string, string, string, string[], [string, string, string]]>([
    [
      'vague sourcing',
      'وقال مصدر عسكري ليبي إن الهدنة صامدة.',
      'مصدر',
      'ليبي',
      [],
      ['مصدر عسكري ليبي', 'anonymous', 'anonymous head'],
    ],
    [
      'the body behind a statement',
      'وذكر بيان صادر عن الجيش أن الطرفين اتفقا.',
      'بيان',
      'الجيش',
      [],
      ['الجيش', 'institution', 'statement'],
    ],
    [
      'a person mention after a role',
      'وقالت وزيرة البيئة تمارا الزين إن الحرائق تراجعت.',
      'وزيرة',
      'الزين',
      ['تمارا الزين'],
      ['تمارا الزين', 'named', 'person mention'],
    ],
    [
      'a name no mention covers',
      'وقال المزارع سليم حداد إن الموسم سيئ.',
      'المزارع',
      'حداد',
      [],
      ['سليم حداد', 'named', 'name run'],
    ],
    [
      'a role alone',
      'وقال المتحدث باسم الوزارة إن الموعد ثابت.',
      'المتحدث',
      'الوزارة',
      [],
      ['المتحدث', 'named', 'role'],
    ],
    [
      'a definite side',
      'وأكد الطرفان أن الاتفاق صامد.',
      'الطرفان',
      'الطرفان',
      [],
      ['الطرفان', 'institution', 'institution head'],
    ],
  ])('classify: %s', (_, text, from, to, persons, [name, kind, rule]) => {
    const { at, phrase, tokenOf } = attribution('ar', text, persons);
    const [a, b] = phrase(from, to);
    const s = at.classify(a, b, tokenOf(from) - 1, false);
    expect([s?.name, s?.kind, at.why[0]]).toEqual([name, kind, rule]);
  });
});
