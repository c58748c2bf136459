/**
 * The glossary as the recogniser uses it: the compact index and one name matcher over all its forms.
 */
import type { FormKind, GlossaryIndex, IndexEntry } from '../glossary-index';
import { NameMatcher } from '../match/name-matcher';

export interface FormRef {
  entry: number;
  form: FormKind;
}

export interface Glossary {
  entries: IndexEntry[];
  byId: Map<string, number>;
  matcher: NameMatcher<FormRef>;
}

/** Builds the matcher once per page; every analysis of the page reuses it. */
export function loadGlossary(index: GlossaryIndex): Glossary {
  const matcher = new NameMatcher<FormRef>();
  const refs = new Map<number, FormRef>();
  for (const [name, entry, form] of index.forms) {
    // One shared ref per (entry, form) keeps the trie's value lists short and comparable by identity.
    const id = entry * 4 + form;
    let ref = refs.get(id);
    if (!ref) refs.set(id, (ref = { entry, form }));
    matcher.add(name, ref);
  }
  return { entries: index.entries, byId: new Map(index.entries.map((e, i) => [e.id, i])), matcher };
}
