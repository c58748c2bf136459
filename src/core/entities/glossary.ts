/**
 * The glossary as the recogniser uses it: the compact index and one name matcher over all its forms.
 */
import type { FormKind, GlossaryIndex, IndexEntry } from '../glossary-index';
import { NameMatcher } from '../match/name-matcher';

export interface FormRef {
  entry: number;
  form: FormKind;
  /** For a titled form, how many leading tokens are the title. */
  skip: number;
}

export interface Glossary {
  entries: IndexEntry[];
  byId: Map<string, number>;
  matcher: NameMatcher<FormRef>;
  /** The given names the Arabic rules and the quote finder know (folded). */
  givenNames: ReadonlySet<string>;
}

/** Builds the matcher once per page; every analysis of the page reuses it. */
export function loadGlossary(index: GlossaryIndex): Glossary {
  const matcher = new NameMatcher<FormRef>();
  const refs = new Map<number, FormRef>();
  for (const [keys, entry, form, skip = 0] of index.forms) {
    // One shared ref per (entry, form, title length) keeps the trie's value lists short and comparable by identity.
    const id = (entry * 8 + form) * 8 + skip;
    let ref = refs.get(id);
    if (!ref) refs.set(id, (ref = { entry, form, skip }));
    matcher.addKeys(keys, ref);
  }
  return {
    entries: index.entries,
    byId: new Map(index.entries.map((e, i) => [e.id, i])),
    matcher,
    givenNames: new Set(index.givenNames),
  };
}
