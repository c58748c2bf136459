import { describe, expect, it } from 'vitest';
import { FORM_CONTEXT, FORM_NAME, FORM_TITLED } from '../../src/core/glossary-index';
import { checkGlossary } from '../../src/glossary/check';
import { compileIndex, demonymForms, withForeignG } from '../../src/glossary/compile';
import { readSources } from '../../src/glossary/load-node';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../core/test-glossary';

describe('glossary/compile', () => {
  it.each([
    [['هونغ كونغ'], 'Hong Kong', ['هونغ كونغ', 'هونج كونج']],
    [['أوغندا'], 'Uganda', ['أوغندا', 'أوجندا']],
    // GH is an Arabic غ: the name keeps its letter.
    [['بغداد'], 'Baghdad', ['بغداد']],
    [['غسان سلامة'], 'Ghassan Salamé', ['غسان سلامة']],
    // No G at all.
    [['بيروت'], 'Beirut', ['بيروت']],
  ])('withForeignG(%j, %s)', (forms, english, expected) => {
    expect(withForeignG(forms, english)).toEqual(expected);
  });

  it('lists the inflected forms of a demonym', () => {
    expect(demonymForms('ليبي', 'ar')).toEqual(expect.arrayContaining(['ليبي', 'ليبية', 'الليبيين', 'الليبية']));
    expect(demonymForms('Libyan', 'en')).toEqual(['Libyan', 'Libyans']);
  });

  it('compiles a word-like name as a form that needs its context', () => {
    const tyre: GlossaryEntry = {
      ...entry('tyre', 'place', 'صور', 'Tyre'),
      ar: { name: 'صور', wordlike: ['صور'], description: '-' },
    };
    expect(compileIndex([tyre]).forms.map(([keys, , form]) => [keys.join(' '), form])).toEqual([
      ['صور', FORM_CONTEXT],
      ['tyre', FORM_NAME],
    ]);
  });

  it('compiles a descriptor before a name of the entry as a title', () => {
    const hamas: GlossaryEntry = {
      ...entry('hamas', 'organization', 'حركة حماس', 'Hamas'),
      ar: { name: 'حركة حماس', aliases: ['حماس'], description: '-' },
    };
    const forms = compileIndex([hamas]).forms.filter(([keys]) => keys.length === 2);
    expect(forms.map(([keys, , form, skip]) => [keys.join(' '), form, skip ?? 0])).toEqual([
      ['حركه حماس', FORM_TITLED, 1],
    ]);
  });

  it.each([
    ['مدينة غزة', 'place', FORM_TITLED, 1],
    ['قضاء عكار', 'place', FORM_TITLED, 1],
    ['غزة', 'place', FORM_NAME, 0],
    // Only places take a place noun as a title; a one-word name is never all title.
    ['مدينة', 'place', FORM_NAME, 0],
    ['منطقة حرة', 'organization', FORM_NAME, 0],
  ] as const)('compiles %s (%s) as form %i skipping %i words', (name, kind, form, skip) => {
    const index = compileIndex([entry('x', kind, name, 'X')]);
    const ar = index.forms.find(([keys]) => keys.some((k) => /[\u0600-\u06ff]/.test(k)))!;
    expect(ar[2]).toBe(form);
    expect(ar[3] ?? 0).toBe(skip);
  });
});

describe('glossary/check', () => {
  const ok = entry('beirut', 'place', 'بيروت', 'Beirut');
  const errorsOf = (entries: GlossaryEntry[]) => checkGlossary([{ file: 'test.json', entries }]).errors;

  it('passes the shipped glossary', () => {
    expect(checkGlossary(readSources()).errors).toEqual([]);
  });

  it.each<[string, GlossaryEntry[], RegExp]>([
    ['a bad id', [{ ...ok, id: 'Beirut City' }], /lowercase ASCII slug/],
    ['an id used twice', [ok, ok], /also used/],
    ['no sources', [{ ...ok, sources: [] }], /sources/],
    ['a long description', [{ ...ok, en: { ...ok.en, description: 'x'.repeat(200) } }], /under 200/],
    ['an English name in Arabic script', [{ ...ok, en: { ...ok.en, name: 'بيروت' } }], /Latin script/],
    ['a related id with no entry', [{ ...ok, related: ['nowhere'] }], /related id nowhere/],
    ['a bad date', [{ ...ok, asOf: '2025-13' }], /asOf/],
    [
      'a word-like form that is no name of the entry',
      [{ ...ok, ar: { ...ok.ar, wordlike: ['صور'] } }],
      /wordlike "صور"/,
    ],
    ['a name claimed twice, unmarked', [ok, { ...ok, id: 'beirut-2' }], /claimed by beirut, beirut-2/],
  ])('reports %s', (_what, entries, error) => {
    expect(errorsOf(entries).join('\n')).toMatch(error);
  });

  it('accepts a shared name both entries mark ambiguous', () => {
    const marked = (id: string): GlossaryEntry => ({
      ...ok,
      id,
      ambiguous: [
        { name: 'بيروت', resolution: 'nearest' },
        { name: 'Beirut', resolution: 'nearest' },
      ],
    });
    expect(errorsOf([marked('beirut'), marked('beirut-2')])).toEqual([]);
  });
});
