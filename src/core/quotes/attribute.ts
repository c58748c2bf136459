/**
 * Who said a quote: the attribution steps, in order of precedence, each with its reason. The first step that finds
 * a speaker (or settles that the quote has a cue but nobody it can name) wins.
 */
import type { Attributor } from './attributor';
import type { Found, SpeakerX } from './grammar/grammar';
import { G_COLON, G_COMMA, G_STOP } from './view';
import { Cue } from './cues';

/** A claim's place in its sentence, as the steps read it. */
export interface ClaimAt {
  at: Attributor;
  /** The speaker each cue of the article names itself, found as the sentences were read, and the reasons for it. */
  explicit: (SpeakerX | undefined)[];
  explicitWhy: string[][];
  /** The claim's first and last tokens, and its sentence `ss..se-1`. */
  a: number;
  b: number;
  ss: number;
  se: number;
  /** The first token after the quote. */
  t: number;
}

/** One step of attribution, its reason in the comment above it; `name` is what `--explain` prints. */
interface Step {
  name: string;
  find(c: ClaimAt): Found | undefined;
}

export const ATTRIBUTION_STEPS: readonly Step[] = [
  {
    /** A cue right after the quote that names its subject (`"…"، قال X`, `"…," Smith said`) is the closest tie. */
    name: 'cue after the quote',
    find: ({ at, t, se }) =>
      t < se && !at.isClaim(t) && !(at.v.gap[t] & G_STOP) ? at.g.cueAfterQuote(at, t, se) : undefined,
  },
  {
    /** Else the nearest cue before it in the sentence: its subject, or whoever a cue that names nobody stands for. */
    name: 'cue before the quote',
    find: cueBefore,
  },
  {
    /** A quote after a colon with no reporting verb (`X was more cautious: "…"`) is the sentence subject’s. */
    name: 'subject before a colon',
    find: ({ at, a, ss }) => {
      if (!(at.v.gap[a] & G_COLON)) return undefined;
      const s = at.sentenceSubject(ss, a);
      return s && { s, why: at.why };
    },
  },
  {
    /** A cue later in the sentence, before the next claim (`"…"، وهو ما أكده X`). */
    name: 'cue later in the sentence',
    find: ({ at, t, se }) => {
      for (let k = t; k < se; k++) {
        if (at.isClaim(k)) break;
        if (at.cues.type[k] && at.v.inQ[k] < 0) return { s: at.explicit(k) ?? at.carried(k), cue: k, why: at.why };
      }
      return undefined;
    },
  },
  {
    /** `"…." Smith said.`: a short sentence of its own right after the quote attributes it. */
    name: 'sentence after the quote',
    find: ({ at, t, se }) => (t >= se && se < at.v.n ? at.g.sentenceAfterQuote(at, se) : undefined),
  },
  {
    /** Else the last speaker: quotes in a row with nothing between them go on in the same voice. */
    name: 'carried',
    find: ({ at }) => ({ s: at.history[at.history.length - 1], why: [] }),
  },
];

/** The speaker of the claim in tokens `a..b` of sentence `ss..se-1`, and the steps and rules that chose it. */
export function attribute(c: Omit<ClaimAt, 't'>): Found {
  const { at, b, se } = c;
  let t = b + 1;
  while (t < se && at.v.inQ[t] >= 0 && at.v.inQ[t] === at.v.inQ[b]) t++;
  const claim = { ...c, t };
  for (const step of ATTRIBUTION_STEPS) {
    const found = step.find(claim);
    if (found) return { ...found, why: [step.name, ...found.why] };
  }
  return { why: [] };
}

/**
 * The nearest cue before the claim. A source in an aside after a named subject, or one that belongs to someone
 * (`وفق بيان صادر عن مكتبه`), yields to that subject.
 */
function cueBefore(c: ClaimAt): Found | undefined {
  const { at, explicit, explicitWhy, a, ss } = c;
  const { v, cues } = at;
  let near = -1;
  for (let k = a - 1; k >= ss; k--) {
    if (v.inQ[k] >= 0) continue;
    if (cues.type[k]) {
      near = k;
      break;
    }
  }
  if (near < 0) return undefined;
  if (cues.type[near] === Cue.Source && (!explicit[near] || v.gap[near] & G_COMMA)) {
    for (let k = near - 1; k >= ss; k--) {
      if (v.inQ[k] >= 0 || !cues.type[k]) continue;
      if (explicit[k])
        return { s: explicit[k], cue: k, why: ['the subject the source is an aside of', ...explicitWhy[k]] };
      break;
    }
  }
  if (explicit[near]) return { s: explicit[near], cue: near, why: explicitWhy[near] };
  const s = at.g.subjectlessCue(at, near, ss);
  if (s) return s;
  return { s: at.carried(near), cue: near, why: at.why };
}
