/** A name found in the article, as token indices, while `recognize` merges and resolves what the passes found. */
import type { MentionKind, MentionSource } from '../types';

export interface Found {
  first: number;
  last: number;
  kind: MentionKind;
  key: string;
  source: MentionSource;
  confidence: number;
  /** The passes and rules that made it, for `explainEntities`. */
  why: string[];
}

export function found(
  first: number,
  last: number,
  kind: MentionKind,
  key: string,
  source: MentionSource,
  confidence: number,
  why: string[],
): Found {
  return { first, last, kind, key, source, confidence, why };
}

/** True where any token from `first` to `last` is claimed. */
export function isClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (claimed[i]) return true;
  return false;
}

/** The key of the candidate nearest before token `at`, else the nearest after it. */
export function nearest(candidates: Found[], at: number): string | undefined {
  const before = candidates.filter((f) => f.last < at).sort((a, b) => b.last - a.last)[0];
  return (before ?? candidates.filter((f) => f.first > at).sort((a, b) => a.first - b.first)[0])?.key;
}
