import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { entry, testGlossary } from '../test-glossary';

const glossary = testGlossary([
  {
    ...entry('salman', 'person', 'سلمان بن عبد العزيز', 'Salman of Saudi Arabia'),
    ar: { name: 'سلمان بن عبد العزيز', titled: ['الملك سلمان'], description: '-' },
    en: { name: 'Salman of Saudi Arabia', titled: ['King Salman'], description: '-' },
  },
  entry('al-bayda', 'place', 'البيضاء', 'Al-Bayda'),
  entry('aub', 'organization', 'الجامعة الأميركية في بيروت', 'American University of Beirut'),
  entry('beirut', 'place', 'بيروت', 'Beirut'),
  entry('hasbaya-district', 'place', 'قضاء حاصبيا', 'Hasbaya District'),
  entry('tamim', 'person', 'تميم بن حمد', 'Tamim bin Hamad'),
  entry('gebran-bassil', 'person', 'جبران باسيل', 'Gebran Bassil', { arShort: ['باسيل'] }),
  entry('mohammed-deif', 'person', 'محمد الضيف', 'Mohammed Deif', { arShort: ['الضيف'] }),
  entry('rima-karami', 'person', 'ريما كرامي', 'Rima Karami'),
  entry('sudan', 'place', 'السودان', 'Sudan', { arDem: 'سوداني', enDem: 'Sudanese' }),
  entry('sudani', 'person', 'محمد شياع السوداني', 'Mohammed Shia al-Sudani'),
  { ...entry('tyre', 'place', 'صور', 'Tyre'), ar: { name: 'صور', wordlike: ['صور'], description: '-' } },
  {
    ...entry('mishal', 'person', 'مشعل الأحمد الجابر الصباح', 'Mishal al-Ahmad al-Jaber al-Sabah'),
    en: { name: 'Mishal al-Ahmad al-Jaber al-Sabah', titled: ['Sheikh Mishal al-Ahmad'], description: '-' },
  },
  entry('gaza-strip', 'place', 'غزة', 'Gaza Strip'),
  entry('gaza-city', 'place', 'مدينة غزة', 'Gaza City'),
  {
    ...entry('ursula', 'person', 'أورسولا فون دير لاين', 'Ursula von der Leyen'),
    en: { name: 'Ursula von der Leyen', aliases: ['von der Leyen'], description: '-' },
  },
]);

function mentions(title: string, ...paragraphs: string[]): string[] {
  const a = analyze({ title, paragraphs }, { glossary });
  return a.mentions.map((m) => `${m.kind}:${m.entity}:${m.text}`);
}

describe('core/entities/recognize', () => {
  it.each([
    [
      'a short form needs the full name somewhere in the article',
      ['حضور حفتر', 'التقى خليفة حفتر وفداً.'],
      ['person:khalifa-haftar:حفتر', 'person:khalifa-haftar:خليفة حفتر'],
    ],
    ['a short form alone is dropped', ['حضور حفتر', 'لا أحد آخر.'], []],
    [
      'a title makes a short form name its one person',
      ['عنوان', 'استقبل الرئيس عون الوفد. President Aoun said.'],
      ['person:joseph-aoun:عون', 'person:joseph-aoun:Aoun'],
    ],
    [
      'a rule that finds a person in a short form links it to its one person',
      ['عنوان', 'وقال باسيل إن التيار لن يشارك.'],
      ['person:gebran-bassil:باسيل'],
    ],
    ['after a title a definite short form is an adjective', ['عنوان', 'وانتقل الوزير الضيف إلى عين التينة.'], []],
    ['a title does not choose between namesakes', ['عنوان', 'وقال المشير حفتر كلاماً.'], []],
    [
      'X الابن is the son',
      ['عنوان', 'خليفة حفتر ونائبه صدام حفتر. ثم وصل حفتر الابن أمس.'],
      ['person:khalifa-haftar:خليفة حفتر', 'person:saddam-haftar:صدام حفتر', 'person:saddam-haftar:حفتر الابن'],
    ],
    [
      'X الأب is the parent',
      ['عنوان', 'صدام حفتر وخليفة حفتر. وقال حفتر الأب كلاماً.'],
      ['person:saddam-haftar:صدام حفتر', 'person:khalifa-haftar:وخليفة حفتر', 'person:khalifa-haftar:حفتر الأب'],
    ],
    [
      'the nearest full name before decides between namesakes',
      ['عنوان', 'صدام حفتر زار. ثم خليفة حفتر تحدث، وأضاف حفتر أنه.'],
      ['person:saddam-haftar:صدام حفتر', 'person:khalifa-haftar:خليفة حفتر', 'person:khalifa-haftar:حفتر'],
    ],
    [
      'a demonym is its own kind',
      ['عنوان', 'قال مصدر ليبي إن الحكومة الليبية في ليبيا.'],
      ['demonym:libya:ليبي', 'demonym:libya:الليبية', 'place:libya:ليبيا'],
    ],
    [
      'proclitics stay inside the mention',
      ['عنوان', 'وللجيش الوطني الليبي ولبنان.'],
      ['organization:lna:وللجيش الوطني الليبي', 'place:lebanon:ولبنان'],
    ],
    [
      'a place named twice is told apart by its country',
      ['عنوان', 'في ليبيا، شهدت طرابلس هدوءاً.'],
      ['place:libya:ليبيا', 'place:tripoli-libya:طرابلس'],
    ],
    [
      'English titles stay outside the span',
      ['Title', 'President Joseph Aoun met Libyan officials. Aoun said.'],
      ['person:joseph-aoun:Joseph Aoun', 'demonym:libya:Libyan', 'person:joseph-aoun:Aoun'],
    ],
    ['a lowercase English word is not a name', ['Title', 'joseph aoun lebanon'], []],
    [
      'an English name may open with a lowercase particle',
      ['Title', 'Ursula von der Leyen spoke; von der Leyen said so.'],
      ['person:ursula:Ursula von der Leyen', 'person:ursula:von der Leyen'],
    ],
    ['particles alone make no name', ['Title', 'the von der leyen'], []],
    ['every word of an English name is capitalised', ['Title', 'The Hasbaya district council met.'], []],
    [
      'a titled form is matched whole and highlighted without its title',
      ['عنوان', 'استقبل الملك سلمان الوفد. King Salman said.'],
      ['person:salman:سلمان', 'person:salman:Salman'],
    ],
    [
      'a hyphen and a space spell one name',
      ['Title', 'In Al Bayda and Al-Bayda.'],
      ['place:al-bayda:Al Bayda', 'place:al-bayda:Al-Bayda'],
    ],
    [
      'a rule name that is the family name of someone named before is that person',
      ['عنوان', 'وقال رئيس البلدية قاسم عبد الله إن المياه مقطوعة. ويقول عبد الله إن الوضع صعب.'],
      ['person:person:قاسم عبد الله:قاسم عبد الله', 'person:person:قاسم عبد الله:عبد الله'],
    ],
    [
      'a glossary person is named again by the family name the entry does not list',
      ['عنوان', 'وقالت ريما كرامي إن الخطة جاهزة. وأضافت كرامي أن العام طويل.'],
      ['person:rima-karami:ريما كرامي', 'person:rima-karami:كرامي'],
    ],
    [
      'a family name shaped like a demonym is the person, unless it agrees with a noun',
      ['عنوان', 'وقال محمد شياع السوداني إن الميناء جاهز. وأضاف السوداني أن العمل مستمر مع الجانب السوداني.'],
      ['person:sudani:محمد شياع السوداني', 'person:sudani:السوداني', 'demonym:sudan:السوداني'],
    ],
    [
      'a place that is also a word needs the words around it',
      ['عنوان', 'غارة على صور وفي صور. ونشر الجيش صور الأقمار وصوراً جديدة. وكانت بيروت وصور هادئتين.'],
      ['place:tyre:صور', 'place:tyre:صور', 'place:beirut:بيروت', 'place:tyre:وصور'],
    ],
    [
      'a full name reaching past a titled form wins',
      ['Title', 'Salam thanked Sheikh Mishal al-Ahmad al-Jaber al-Sabah for his support.'],
      ['person:mishal:Mishal al-Ahmad al-Jaber al-Sabah'],
    ],
    [
      'the house a name is written with belongs to it',
      ['عنوان', 'استقبل تميم بن حمد آل ثاني الوفد، ثم تميم بن حمد وحده.'],
      ['person:tamim:تميم بن حمد آل ثاني', 'person:tamim:تميم بن حمد'],
    ],
    [
      'a place noun picks the place out and is not highlighted',
      ['عنوان', 'في مدينة غزة وفي غزة وفي قضاء حاصبيا.'],
      ['place:gaza-city:غزة', 'place:gaza-strip:غزة', 'place:hasbaya-district:حاصبيا'],
    ],
    [
      'a name with a place inside is one name',
      ['عنوان', 'في الجامعة الأميركية في بيروت اليوم.'],
      ['organization:aub:الجامعة الأميركية في بيروت'],
    ],
  ])('%s', (_name, [title, ...paragraphs], expected) => {
    expect(mentions(title, ...paragraphs)).toEqual(expected);
  });

  it('builds one entity per key with mention counts and salience', () => {
    const a = analyze({ title: 'حفتر في ليبيا', paragraphs: ['خليفة حفتر في ليبيا والحكومة الليبية.'] }, { glossary });
    const haftar = a.entities.find((e) => e.key === 'khalifa-haftar')!;
    expect(haftar).toMatchObject({
      kind: 'person',
      mentions: 2,
      glossary: true,
      names: { ar: 'خليفة حفتر', en: 'Khalifa Haftar' },
    });
    const libya = a.entities.find((e) => e.key === 'libya')!;
    expect(libya).toMatchObject({ mentions: 2, demonyms: 1 });
    expect(Math.max(...a.entities.map((e) => e.salience))).toBe(1);
  });

  it('reports every mention with its text equal to its slice', () => {
    const a = analyze({ title: 'عنوان', paragraphs: ['وَلِلُبْنانَ، و‏خليفة حفتر'] }, { glossary });
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  });
});
