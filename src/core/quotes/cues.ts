/**
 * Reporting cues: a reporting verb in any form (`قال`, `وتضيف`, `مشيراً`, `said`), a source preposition (`بحسب`,
 * `وفق`, `نقلاً عن`, `according to`) or a subjectless phrase (`على حد قوله`). Which words are cues is the grammar's;
 * this module holds what a cue is and finds them all.
 */
import type { View } from './view';

export const enum Cue {
  None = 0,
  Verb = 1,
  Participle = 2,
  /** `بحسب X`, `according to X`: the speaker follows. */
  Source = 3,
  /** `على حد قوله`, `he said`: a cue that names nobody. */
  Bare = 4,
}

/** The cues of an article, by token. */
export interface Cues {
  type: Uint8Array;
  /** Number and gender the cue shows, as the grammar encodes them (0 where it shows none). */
  agree: Uint8Array;
  lemma: (string | undefined)[];
  /** For a source cue, the first token of its noun phrase. */
  arg: Int32Array;
}

/** Marks token `i` in `cues` where the language makes it a cue. */
export type CueMarker = (v: View, i: number, cues: Cues) => void;

/** Every cue of the article, outside quotes and mentions. */
export function findCues(v: View, mark: CueMarker): Cues {
  const cues: Cues = {
    type: new Uint8Array(v.n),
    agree: new Uint8Array(v.n),
    lemma: new Array(v.n),
    arg: new Int32Array(v.n).fill(-1),
  };
  for (let i = 0; i < v.n; i++) if (v.inQ[i] < 0 && v.men[i] < 0) mark(v, i, cues);
  return cues;
}
