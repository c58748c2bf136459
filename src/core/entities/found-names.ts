/**
 * Names found outside the analysis — by the tagger in the extension's background, where the model lives — handed to
 * it as a recogniser. Kept apart from the tagger's code so a content script that only receives names never loads it.
 */
import type { Proposal, Recognizer } from './context';

/** True where any of tokens `first..last` is already claimed by a name. */
export function anyClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (claimed[i]) return true;
  return false;
}

/**
 * A recogniser over names the model found elsewhere (`modelNames`, run where the model lives): those on tokens nobody
 * has claimed, exactly as `taggerRecognizer` would propose them here, since claims only choose among the model's names.
 */
export function foundNames(proposals: readonly Proposal[]): Recognizer {
  return (_ctx, claimed) => proposals.filter((p) => !anyClaimed(claimed, p.first, p.last));
}
