/**
 * Readings of a token without its proclitics (`proclitics()`, which keeps them per word form), never empty: a word
 * too short to strip reads as itself.
 */
import { proclitics } from '../../text/tokens';

export function readings(word: string): readonly string[] {
  const r = proclitics(word);
  return r.length ? r : [word];
}
