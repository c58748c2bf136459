/**
 * FNV-1a over UTF-16 code units, 32 bits: how a feature's name becomes the key its weights are stored under. The
 * trainer and the tagger share this one function, so a model never needs its feature strings, and a feature is
 * hashed in steps (its template, then its value) without building the string.
 */

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** Continues hash `h` over the code units of `s`. */
export function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h >>> 0;
}

/** The hash of `s` from the start. */
export const hash = (s: string): number => hashOn(OFFSET, s);

/** Joins a second value onto a hash with a separator no word holds, so `ab|c` and `a|bc` differ. */
export const hashJoin = (h: number, s: string): number => hashOn(Math.imul(h ^ 0x1f, PRIME) >>> 0, s);
