/**
 * Compiles the glossary's sources into the index the recogniser loads and the cards the UIs show. Pure: Node's
 * build step and the tests call it on the parsed JSON.
 */
import type { GlossaryIndex, FormKind, IndexEntry } from '../core/glossary-index';
import { FORM_CONTEXT, FORM_DEMONYM, FORM_NAME, FORM_SHORT, FORM_TITLED } from '../core/glossary-index';
import { GIVEN_NAME_LIST } from '../core/lexicon/ar/names';
import { nameKeys } from '../core/match/name-matcher';
import { fold } from '../core/text/normalize';
import { DESCRIPTORS } from '../core/lexicon/ar/organisations';
import { placeNounLength, titleLength } from '../core/text/titles';
import type { GlossaryEntry } from './schema';

/** What a card shows: the entry as written, plus the links built from its names. */
export interface Card extends GlossaryEntry {
  searchLinks: { ar: string; en: string };
}

/** Inflected forms of a nisba adjective or demonym (`ليبي` → ليبية، ليبيون، ليبيين، ليبيات، الليبية …). */
export function demonymForms(base: string, lang: 'ar' | 'en'): string[] {
  if (lang === 'en') return [base, base.endsWith('s') ? base : base + 's'];
  const forms = [base, base + 'ة', base + 'ون', base + 'ين', base + 'ات', base + 'ان'];
  // The matcher leaves a word's article on, so the nisba's definite forms (الليبية) are listed too.
  return [...forms, ...forms.map((f) => 'ال' + f)];
}

/** A Wikipedia search for a name: the link a card gives where no exact page was checked. */
export const wikipediaSearch = (lang: 'ar' | 'en', name: string) =>
  `https://${lang}.wikipedia.org/w/index.php?search=${encodeURIComponent(name)}`;

export function searchLinks(e: GlossaryEntry): Card['searchLinks'] {
  return { ar: wikipediaSearch('ar', e.ar.name), en: wikipediaSearch('en', e.en.name) };
}

/**
 * The Arabic forms with the spelling the Egyptian press gives a foreign G (`هونج كونج`, `أوجندا`, `جوتيريش`): ج for
 * غ. Only where the English name has a G and no GH, so Arabic names (`غسان`, `بغداد`) keep their letter.
 */
export function withForeignG(forms: string[], english: string): string[] {
  if (!/g/i.test(english) || /gh/i.test(english)) return forms;
  return forms.flatMap((f) => (f.includes('غ') ? [f, f.replaceAll('غ', 'ج')] : [f]));
}

export function compileIndex(entries: GlossaryEntry[]): GlossaryIndex {
  const forms: GlossaryIndex['forms'] = [];
  const out: IndexEntry[] = entries.map((e, i) => {
    const push = (list: string[] | undefined, kind: FormKind, skip = 0) =>
      list?.forEach((f) => nameKeys(f).forEach((keys) => forms.push(skip ? [keys, i, kind, skip] : [keys, i, kind])));
    for (const lang of ['ar', 'en'] as const) {
      const names = e[lang];
      const full = [names.name, ...(names.aliases ?? [])];
      const standalone = new Set(full.map((f) => (nameKeys(f)[0] ?? []).join(' ')));
      const wordlike = new Set(names.wordlike ?? []);
      for (const f of lang === 'ar' ? withForeignG(full, e.en.name) : full) {
        // A leading word works as a title does, matched but not highlighted, where it is a place noun (`مدينة غزة`)
        // or a descriptor before what is itself a name of the entry (`حركة حماس`, `منظمة الأمم المتحدة`).
        const keys = nameKeys(f)[0] ?? [];
        const descriptor =
          keys.length > 1 && DESCRIPTORS.has(keys[0]) && standalone.has(keys.slice(1).join(' ')) ? 1 : 0;
        const skip = e.kind === 'place' ? Math.max(placeNounLength(keys), descriptor) : descriptor;
        push([f], skip ? FORM_TITLED : wordlike.has(f) ? FORM_CONTEXT : FORM_NAME, skip);
      }
      push(names.short, FORM_SHORT);
      for (const f of names.titled ?? []) {
        const skip = titleLength(nameKeys(f)[0] ?? []);
        push([f], skip ? FORM_TITLED : FORM_NAME, skip);
      }
      if (names.demonym) push(demonymForms(names.demonym, lang), FORM_DEMONYM);
    }
    const entry: IndexEntry = { id: e.id, kind: e.kind, ar: e.ar.name, en: e.en.name };
    if (e.country) entry.country = e.country;
    if (e.parent) entry.parent = e.parent;
    if (e.related?.length) entry.related = e.related;
    return entry;
  });
  return { version: 1, entries: out, forms, givenNames: [...new Set(fold(GIVEN_NAME_LIST).trim().split(/\s+/))] };
}

export function compileCards(entries: GlossaryEntry[]): Record<string, Card> {
  return Object.fromEntries(entries.map((e) => [e.id, { ...e, searchLinks: searchLinks(e) }]));
}
