/**
 * Readings of a token without its proclitics (`proclitics()`), remembered per word form: a page repeats its words,
 * and every rule and feature asks for them.
 */
import { proclitics } from '../../text/tokens';

const cache = new Map<string, string[]>();
const LIMIT = 50000;

export function readings(word: string): string[] {
  let r = cache.get(word);
  if (!r) {
    if (cache.size > LIMIT) cache.clear();
    r = proclitics(word);
    if (!r.length) r = [word];
    cache.set(word, r);
  }
  return r;
}
