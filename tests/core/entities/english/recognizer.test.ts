import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { englishRecognizer } from '../../../../src/core/entities/english';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { compileIndex } from '../../../../src/glossary/compile';
import type { GlossaryEntry } from '../../../../src/glossary/schema';

const english = englishRecognizer(nlp);
const empty = loadGlossary(compileIndex([]));

/** Mentions as `kind:text`, in article order; the title is a neutral line so that it adds nothing. */
function found(paragraphs: string[], glossary = empty, title = 'Report'): string[] {
  const a = analyze({ title, paragraphs, lang: 'en' }, { glossary, recognizers: { en: [english] } });
  return a.mentions.filter((m) => m.kind !== 'demonym').map((m) => `${m.kind}:${m.text}`);
}

describe('core/entities/english: spans', () => {
  it.each([
    ['a title is not part of the name', 'President Joseph Aoun received the delegation.', ['person:Joseph Aoun']],
    [
      'a two-word title',
      'The ceremony was attended by Field Marshal Khalifa Haftar on Saturday.',
      ['person:Khalifa Haftar'],
    ],
    [
      'a title after a demonym',
      'Iraqi Prime Minister Mohammed Shia al-Sudani received him.',
      ['person:Mohammed Shia al-Sudani'],
    ],
    ['an office before the title', 'He met Central Bank Governor Karim Souaid on Monday.', ['person:Karim Souaid']],
    [
      'an abbreviated title',
      'He later met Gen. Rodolphe Haykal and Dr. Firass Abiad.',
      ['person:Rodolphe Haykal', 'person:Firass Abiad'],
    ],
    ['a title with of', 'Minister of Finance Yassine Jaber spoke first.', ['person:Yassine Jaber']],
    [
      'a sheikh with particles',
      'He thanked the Emir, Sheikh Mishal al-Ahmad al-Jaber al-Sabah, for his support.',
      ['person:Mishal al-Ahmad al-Jaber al-Sabah'],
    ],
    [
      'trailing punctuation stays outside',
      'The mission met Nadine Sfeir, an economist, in Beirut.',
      ['person:Nadine Sfeir', 'place:Beirut'],
    ],
    [
      'a possessive stays outside',
      "Pakistan's army and Lebanon's banks were discussed in Islamabad.",
      ['place:Pakistan', 'place:Lebanon', 'place:Islamabad'],
    ],
    [
      'an occupation opening the sentence is not the name',
      'Economist Nadine Sfeir disagreed.',
      ['person:Nadine Sfeir'],
    ],
    ['a role alone is no name', 'The Prime Minister and the Speaker met the Emir.', []],
    ['a name inside a modifier is not a span', 'A Gaddafi-era cinema and an Iran-backed group.', []],
    ['days and months are no names', 'On Tuesday, in May, the talks resumed.', []],
    ['demonyms are no names', 'Lebanese and Syrian traders met Iraqi officials.', []],
  ])('%s', (_, text, expected) => {
    expect(found([text])).toEqual(expected);
  });
});

describe('core/entities/english: kinds', () => {
  it.each([
    [
      'organisation heads',
      'She teaches at the American University of Beirut and the Lebanese University.',
      ['organization:American University of Beirut', 'organization:Lebanese University'],
    ],
    [
      'an organisation with for',
      'The Kuwait Fund for Arab Economic Development signed the loan.',
      ['organization:Kuwait Fund for Arab Economic Development'],
    ],
    [
      'an acronym and its definition',
      'Electricite du Liban (EDL) said fuel covers a third of its needs.',
      ['organization:Electricite du Liban', 'organization:EDL'],
    ],
    ['a bare acronym', 'The plan was funded by UNIFIL.', ['organization:UNIFIL']],
    [
      'an appositive organisation',
      'The press was funded by a local association, Roots of the South.',
      ['organization:Roots of the South'],
    ],
    [
      'an appositive person and an age',
      'Khalil Hamdan, 58, farms 300 trees. Rola Hamadeh, an engineer, agreed.',
      ['person:Khalil Hamdan', 'person:Rola Hamadeh'],
    ],
    [
      'places by preposition and place noun',
      'Farmers in Kfarshouba and villages of the Hasbaya district.',
      ['place:Kfarshouba', 'place:Hasbaya'],
    ],
    ['an Arabic article opens a place', 'We used limestone from quarries near Al Bayda.', ['place:Al Bayda']],
    [
      'a list carries its kind',
      'Companies from Syria, Lebanon, Jordan and the Gulf took part.',
      ['place:Syria', 'place:Lebanon', 'place:Jordan', 'place:Gulf'],
    ],
    [
      'a list carries it both ways',
      'Water networks in Baalbek and Hermel will be repaired.',
      ['place:Baalbek', 'place:Hermel'],
    ],
    ['a region in the north', 'A similar agreement for Akkar in the north is under study.', ['place:Akkar']],
    [
      'a newspaper is told things',
      'Mona Khalil, a trader, told Annahar the market was calm.',
      ['person:Mona Khalil', 'organization:Annahar'],
    ],
    [
      'an organisation head outranks a title',
      'General Security and the Council of Ministers met.',
      ['organization:General Security', 'organization:Council of Ministers'],
    ],
  ])('%s', (_, text, expected) => {
    expect(found([text])).toEqual(expected);
  });

  it('one telling context decides every occurrence of a name', () => {
    expect(found(['Kfarshouba farmers count on a new press.', 'Farmers in Kfarshouba are hopeful.'])).toEqual([
      'place:Kfarshouba',
      'place:Kfarshouba',
    ]);
  });

  it('a headline set in Title Case proposes nothing of its own', () => {
    expect(found(['The talks resumed.'], empty, 'Kuwait Fund To Finance Water Networks In Baalbek')).toEqual([]);
  });

  it('a headline set in Title Case finds again the names the article decided', () => {
    expect(
      found(
        ['Water networks in Baalbek will be repaired, Rola Hamadeh, an engineer, said.'],
        empty,
        'Kuwait Fund To Finance Water Networks In Baalbek',
      ),
    ).toEqual(['place:Baalbek', 'place:Baalbek', 'person:Rola Hamadeh']);
  });

  it('a family name alone goes to the person named in full', () => {
    const a = analyze(
      {
        title: 'Report',
        paragraphs: ['Rami Haddad runs a cement company in Homs.', 'For Haddad, the mood was a beginning.'],
        lang: 'en',
      },
      { glossary: empty, recognizers: { en: [english] } },
    );
    const haddad = a.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.entity]);
    expect(haddad).toEqual([
      ['Rami Haddad', 'person:Rami Haddad'],
      ['Haddad', 'person:Rami Haddad'],
    ]);
  });

  it('proposes nothing for an Arabic article', () => {
    const a = analyze(
      { title: 'عنوان', paragraphs: ['التقى الرئيس جوزاف عون وفداً.'] },
      { glossary: empty, recognizers: { en: [english] } },
    );
    expect(a.lang).toBe('ar');
    expect(a.mentions.every((m) => m.source !== 'model' || /[\u0600-\u06ff]/.test(m.text))).toBe(true);
  });
});

const entry = (
  id: string,
  kind: GlossaryEntry['kind'],
  en: string,
  extra: { aliases?: string[]; short?: string[]; demonym?: string } = {},
): GlossaryEntry => ({
  id,
  kind,
  ar: { name: id, description: '-' },
  en: { name: en, aliases: extra.aliases, short: extra.short, demonym: extra.demonym, description: '-' },
  asOf: '2025',
  sources: ['test'],
});

const glossary = loadGlossary(
  compileIndex([
    entry('joseph-aoun', 'person', 'Joseph Aoun', { short: ['Aoun'] }),
    entry('nabih-berri', 'person', 'Nabih Berri', { aliases: ['Nabih Birri'], short: ['Berri', 'Birri'] }),
    entry('asim-munir', 'person', 'Asim Munir', { short: ['Munir'] }),
    entry('pakistan', 'place', 'Pakistan', { demonym: 'Pakistani' }),
    entry('benghazi', 'place', 'Benghazi'),
    entry('hezbollah', 'organization', 'Hezbollah', { aliases: ['Hizbullah', 'Hizballah'] }),
    entry('amal-movement', 'organization', 'Amal Movement', { short: ['Amal'] }),
    entry('annahar', 'organization', 'Annahar'),
  ]),
);

describe('core/entities/english: with the glossary', () => {
  it.each([
    ['a glossary name keeps its entity', 'President Joseph Aoun spoke.', ['person:joseph-aoun:Joseph Aoun']],
    [
      'a transliteration variant resolves through an alias',
      'Speaker Nabih Birri said so. Birri left.',
      ['person:nabih-berri:Nabih Birri', 'person:nabih-berri:Birri'],
    ],
    [
      'a family name goes to the glossary entry named in full',
      'Aoun arrived. President Joseph Aoun then spoke.',
      ['person:joseph-aoun:Aoun', 'person:joseph-aoun:Joseph Aoun'],
    ],
    [
      'a possessive resolves',
      "Pakistan's army chief, Field Marshal Asim Munir, visited Benghazi.",
      ['place:pakistan:Pakistan', 'person:asim-munir:Asim Munir', 'place:benghazi:Benghazi'],
    ],
    [
      'variants of organisations',
      'Candidates backed by Hizbullah and the Amal Movement won.',
      ['organization:hezbollah:Hizbullah', 'organization:amal-movement:Amal Movement'],
    ],
    [
      'a rule name beside glossary names',
      'Field Marshal Asim Munir met Salem al-Obeidi in Benghazi.',
      ['person:asim-munir:Asim Munir', 'person:person:Salem al-Obeidi:Salem al-Obeidi', 'place:benghazi:Benghazi'],
    ],
  ])('%s', (_, text, expected) => {
    const a = analyze(
      { title: 'Report', paragraphs: [text], lang: 'en' },
      { glossary, recognizers: { en: [english] } },
    );
    expect(a.mentions.filter((m) => m.kind !== 'demonym').map((m) => `${m.kind}:${m.entity}:${m.text}`)).toEqual(
      expected,
    );
  });

  it('the issue paragraph: titles, punctuation, possessives, short forms and organisations', () => {
    const text =
      "President Joseph Aoun received Field Marshal Asim Munir, Pakistan's army chief, in Baabda on Monday. Speaker Nabih Berri joined them. " +
      'Aoun and Berri discussed the situation in Benghazi, where Hezbollah and the Amal Movement have no presence, Annahar learned.';
    const a = analyze(
      { title: 'Report', paragraphs: [text], lang: 'en' },
      { glossary, recognizers: { en: [english] } },
    );
    expect(a.mentions.filter((m) => m.kind !== 'demonym').map((m) => `${m.kind}:${m.text}`)).toEqual([
      'person:Joseph Aoun',
      'person:Asim Munir',
      'place:Pakistan',
      'place:Baabda',
      'person:Nabih Berri',
      'person:Aoun',
      'person:Berri',
      'place:Benghazi',
      'organization:Hezbollah',
      'organization:Amal Movement',
      'organization:Annahar',
    ]);
  });
});
