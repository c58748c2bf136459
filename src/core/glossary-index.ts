/**
 * The compact glossary the recogniser loads: canonical names and every matchable form, nothing a card needs.
 * `src/glossary/compile.ts` makes it from the glossary's sources; the cards travel separately.
 */
import type { EntityKind } from './types';

export const FORM_NAME = 0;
export const FORM_SHORT = 1;
export const FORM_DEMONYM = 2;
export const FORM_TITLED = 3;
export const FORM_CONTEXT = 4;
/** 0: a full name or alias, matched anywhere; 1: a short form, matched where a full form stands in the article;
 * 2: a demonym or nisba form of a place; 3: a name written with its title, matched anywhere, highlighted without
 * the title; 4: a name that is also an everyday word, matched where the words around it say a place is meant. */
export type FormKind =
  typeof FORM_NAME | typeof FORM_SHORT | typeof FORM_DEMONYM | typeof FORM_TITLED | typeof FORM_CONTEXT;

export interface IndexEntry {
  id: string;
  kind: EntityKind;
  ar: string;
  en: string;
  country?: string;
  /** The parent, where the press tells a son or daughter apart by `الابن` / `Jr.`. */
  parent?: string;
  /** Related ids: the containing place of a town, the country of a city. Used to choose between namesakes. */
  related?: string[];
}

export interface GlossaryIndex {
  version: 1;
  entries: IndexEntry[];
  /**
   * [the form's matcher keys (`nameKeys`), index into entries, kind of form, for a titled form how many leading
   * words are its title]. The keys are worked out at build time, so a page only fills the trie.
   */
  forms: [string[], number, FormKind, number?][];
  /**
   * Given names the Arabic rules know (folded): a lexicon too large for the content script, so it travels here. Absent
   * from an index made by hand, which then knows no given names.
   */
  givenNames?: string[];
}
