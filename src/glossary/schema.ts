/**
 * The glossary's source format: one JSON file per kind and region under `src/glossary/data/`, each an array of
 * `GlossaryEntry`. `compile.ts` turns them into the compact index the matcher loads and the cards the UIs show.
 */

export type GlossaryKind = 'person' | 'place' | 'organization';

/** A date as precise as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface LocalNames {
  /** Canonical form, as a paper of record writes it in this language. */
  name: string;
  /**
   * Other full forms and spelling variants; each matches anywhere on its own. A place's form that opens with a place
   * noun (`مدينة غزة`, `قضاء عكار`) is matched whole and highlighted without the noun, as a titled form is.
   */
  aliases?: string[];
  /**
   * Among the name and aliases, those that are also everyday words (`صور` pictures, `عالية` high, `الحدث` the event):
   * matched only where the word before says a place is meant (`في صور`, `قضاء عاليه`), never before a definite word
   * it would stand in construct with (`صور الأقمار`).
   */
  wordlike?: string[];
  /**
   * Short forms (a surname, a shortened name) that match only in an article that also holds one of the entry's full
   * forms (name or aliases), so `منير` means Asim Munir only where `عاصم منير` was named.
   */
  short?: string[];
  /**
   * Forms the press writes with a title (`King Salman`, `الملك سلمان`): matched whole, so the title tells whom it
   * means, and highlighted without the title, which is never part of a name.
   */
  titled?: string[];
  /**
   * For places: the masculine singular nisba adjective or demonym (`ليبي`, `Libyan`). Its inflected forms count
   * toward the place's salience and are shown as their own kind, never as place mentions.
   */
  demonym?: string;
  /** One neutral sentence, under 200 characters. */
  description: string;
}

export interface Role {
  ar: string;
  en: string;
  start?: PartialDate;
  /** Absent while the role is held (as of the entry's `asOf`). */
  end?: PartialDate;
}

export interface GlossaryEntry {
  /** Stable slug: lowercase ASCII letters, digits and hyphens; never reused. */
  id: string;
  kind: GlossaryKind;
  ar: LocalNames;
  en: LocalNames;
  /** ISO 3166-1 alpha-2 code of the country the entry belongs to, where there is one. */
  country?: string;
  roles?: Role[];
  /** For a person the press tells apart from a parent by `الابن` / `Jr.`: the parent's id. */
  parent?: string;
  /** Ids of related entries: party, office, family, the place a town lies in. */
  related?: string[];
  /**
   * A name (in either language) that this entry shares with another entry, and how the matcher decides between them
   * (for example "nearest full form before the mention").
   */
  ambiguous?: { name: string; resolution: string }[];
  /** Exact pages that were opened and checked; otherwise the cards build search links from the names. */
  links?: string[];
  /** When the facts were last checked. */
  asOf: PartialDate;
  /** What each fact was checked against: page titles or addresses of the sources consulted. */
  sources: string[];
}
