import { describe, expect, it } from 'vitest';
import type { HeadClass } from '../../../src/core/quotes/grammar/grammar';
import { attribution } from './attribution';

describe('core/quotes/grammar/english', () => {
  // The subject before its verb: auxiliaries skipped, asides between commas passed over back to the name.
  it.each<[string, string, string, string | undefined]>([
    ['a name', 'Jane Doe said the talks would resume.', 'said', 'Jane Doe'],
    ['an auxiliary between', 'Jane Doe has also said the talks would resume.', 'said', 'Jane Doe'],
    [
      'an apposition between commas',
      'Maya Rizk, an economist at the bank, said rates would rise.',
      'said',
      'Maya Rizk',
    ],
    [
      'a non-restrictive clause',
      'Sara Haddad, who runs the clinic, told reporters it was full.',
      'told',
      'Sara Haddad',
    ],
    [
      'a restrictive clause stays',
      'An official who asked not to be named said the plan was dead.',
      'said',
      'An official who asked not to be named',
    ],
    ['a pronoun', 'Later he said the plan was dead.', 'said', 'pronoun'],
    ['an institution', 'The ministry said the figures were wrong.', 'said', 'The ministry'],
    [
      'a parenthesis',
      'The Electricity of Lebanon (EDL) said supply would improve.',
      'said',
      'The Electricity of Lebanon',
    ],
  ])('npBefore: %s', (_, text, cue, expected) => {
    const { at, g, tokenOf, sentence, show } = attribution('en', text);
    const i = tokenOf(cue);
    expect(show(g.npBefore(at, i, sentence(i)[0]))).toBe(expected);
  });

  // The phrase after a cue: up to a comma, a clause or a time adjunct; a source's phrase runs on through qualifiers.
  it.each<[string, string, string, boolean, string | undefined]>([
    ['inverted after a quote', '"We are ready," said Lina Kassab, a spokeswoman.', 'said', false, 'Lina Kassab'],
    ['a time adjunct ends it', '"We are ready," said Lina Kassab on Monday.', 'said', false, 'Lina Kassab'],
    [
      'a source with its qualifier',
      'According to sources familiar with the talks, a deal is near.',
      'to',
      true,
      'sources familiar with the talks',
    ],
    [
      'a place after an institution ends it',
      'According to the ministry in Beirut, a deal is near.',
      'to',
      true,
      'the ministry',
    ],
    ['a pronoun', '"We are ready," said he.', 'said', false, 'pronoun'],
    ['that: no subject', 'The minister said that a deal is near.', 'said', false, undefined],
  ])('npAfter: %s', (_, text, cue, source, expected) => {
    const { at, g, tokenOf, sentence, show } = attribution('en', text);
    const i = tokenOf(cue);
    expect(show(g.npAfter(at, i, sentence(i)[1], source))).toBe(expected);
  });

  // The last capitalised name run, titles and heads left out.
  it.each<[string, string, string, string, string | undefined]>([
    ['titles before the name', 'Foreign Minister Jane Doe spoke.', 'Foreign', 'Doe', 'Jane Doe'],
    ['a name particle', 'Economist Salem al-Obeidi spoke.', 'Economist', 'al-Obeidi', 'Salem al-Obeidi'],
    ['a particle between capitals', 'Ambassador Ahmed bin Salman spoke.', 'Ambassador', 'Salman', 'Ahmed bin Salman'],
    ['no capitals: none', 'the local residents spoke.', 'the', 'residents', undefined],
  ])('nameRun: %s', (_, text, from, to, expected) => {
    const { at, g, phrase, show } = attribution('en', text);
    const [a, b] = phrase(from, to);
    expect(show(g.nameRun(at, a, b))).toBe(expected);
  });

  // The class of a phrase: a vague head anywhere makes it vague; a capitalised group word inside a name is no head.
  it.each<[string, string, string, HeadClass]>([
    ['senior officials said', 'senior', 'officials', 'vague'],
    ['one official at the crossing said', 'one', 'crossing', 'vague'],
    ['local residents said', 'local', 'residents', 'group'],
    ['the ministry said', 'the', 'ministry', 'inst'],
    ['Jane Doe said', 'Jane', 'Doe', undefined],
  ])('headClass: %s', (text, from, to, expected) => {
    const { at, g, phrase } = attribution('en', `Then ${text} nothing.`);
    const [a, b] = phrase(from, to);
    expect(g.headClass(at, a, b)).toBe(expected);
  });

  // What a phrase names, and the speaker rule that decided it.
  it.each<[string, string, string, string, string[], [string, string, string]]>([
    [
      'vague sourcing',
      'It is over, two senior officials said.',
      'two',
      'officials',
      [],
      ['two senior officials', 'anonymous', 'anonymous head'],
    ],
    [
      "someone's office",
      "Sudani's office said it.",
      'sudani',
      'office',
      [],
      ["Sudani's office", 'institution', "someone's institution"],
    ],
    [
      'a person mention',
      'Foreign Minister Jane Doe said it.',
      'foreign',
      'doe',
      ['Jane Doe'],
      ['Jane Doe', 'named', 'person mention'],
    ],
    ['a name run', 'Economist Salem Obeidi said it.', 'economist', 'obeidi', [], ['Salem Obeidi', 'named', 'name run']],
    ['an acronym is a body', 'The UN said it.', 'the', 'un', [], ['The UN', 'institution', 'institution']],
    ['a title alone', 'The minister said it.', 'the', 'minister', [], ['The minister', 'named', 'title']],
    [
      'someone described',
      'A banker who asked not to be named said it.',
      'a',
      'named',
      [],
      ['A banker who asked not to be named', 'anonymous', 'someone described'],
    ],
  ])('classify: %s', (_, text, from, to, persons, [name, kind, rule]) => {
    const { at, phrase, tokenOf } = attribution('en', text, persons);
    const [a, b] = phrase(from, to);
    const s = at.classify(a, b, tokenOf('said'), false);
    expect([s?.name, s?.kind, at.why[0]]).toEqual([name, kind, rule]);
  });
});
