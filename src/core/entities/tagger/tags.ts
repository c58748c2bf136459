/**
 * The tagger's labels: BIO over the three kinds, and the one constraint a chain of them obeys: an `I-` continues a
 * name of its own kind, never an outside token or another kind's name, and never opens a sentence.
 */
import type { EntityKind } from '../../types';

export const TAGS = ['O', 'B-person', 'I-person', 'B-place', 'I-place', 'B-organization', 'I-organization'] as const;
export const TAG_COUNT = TAGS.length;
export const O = 0;

const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** The kind a tag names, or undefined for O. */
export const kindOfTag = (t: number): EntityKind | undefined => (t === O ? undefined : KINDS[(t - 1) >> 1]);
export const isInside = (t: number) => t !== O && (t - 1) % 2 === 1;
export const beginOf = (kind: EntityKind) => 1 + 2 * KINDS.indexOf(kind);

/** True where tag `to` may follow tag `from` (`from` is -1 at the start of a sentence). */
export function allowed(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from === to || from === to - 1;
}

/** The tags of a sentence of `n` tokens holding these names (token ranges, inclusive). */
export function tagsOf(n: number, names: { first: number; last: number; kind: EntityKind }[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const e of names) {
    const b = beginOf(e.kind);
    tags[e.first] = b;
    for (let i = e.first + 1; i <= e.last; i++) tags[i] = b + 1;
  }
  return tags;
}

/** The names a tag sequence holds, as token ranges (inclusive). */
export function namesOf(tags: ArrayLike<number>): { first: number; last: number; kind: EntityKind }[] {
  const out: { first: number; last: number; kind: EntityKind }[] = [];
  for (let i = 0; i < tags.length; i++) {
    const kind = kindOfTag(tags[i]);
    if (!kind) continue;
    if (isInside(tags[i]) && out.length && out[out.length - 1].last === i - 1 && out[out.length - 1].kind === kind) {
      out[out.length - 1].last = i;
    } else out.push({ first: i, last: i, kind });
  }
  return out;
}
