/**
 * English noun phrases around a cue: the subject before it (`X said`, `X, a contractor from Zahle, said`), the one
 * after it (`said Lina Kassab`), the class of a phrase's head, and the capitalised name run in it.
 */
import { AFTER_SPEAKER, AUX, CLAUSE, CONNECTIVES, PRONOUNS } from '../../lexicon/en/function-words';
import { NAME_PARTICLES } from '../../lexicon/en/names';
import { ROLES } from '../../lexicon/en/roles';
import { GROUP_HEADS, INSTITUTION_HEADS, VAGUE_HEADS } from '../../lexicon/en/sources';
import { G_BLOCK, G_COLON, G_COMMA, G_DASH, G_PAREN, G_PUNCT, G_STOP } from '../view';
import type { Attribution, HeadClass, Np } from './grammar';

/** Words that open an example of the phrase before them: what follows is the example (`including an officer`). */
const EXAMPLE_OPENERS = new Set(['including', 'among']);

/** The subject that ends right before the cue at `i`. */
export function npBefore(at: Attribution, i: number, ss: number): Np | 'pronoun' | undefined {
  return npEndingAt(at, i - 1, ss, 0);
}

/**
 * The English subject ending at token `k`: skips auxiliaries (`has said`), a parenthesis (`EDL (EDL) said`), an
 * apposition or a non-restrictive clause between commas (`X, a contractor from Zahle, said`, `X, who runs …,
 * told`) back to the name; keeps a restrictive one (`an official who asked not to be named told`).
 */
function npEndingAt(at: Attribution, k: number, ss: number, depth: number): Np | 'pronoun' | undefined {
  const { v } = at;
  if (depth > 4) return undefined;
  while (k >= ss && AUX.has(v.w[k]) && !(v.gap[k + 1] & G_PUNCT)) k--;
  if (k < ss || at.isClaim(k)) return undefined;
  // `Electricity of Lebanon (EDL) said`: the subject is before the parenthesis
  if (v.gap[k + 1] & G_PAREN && v.text.slice(v.e[k], v.s[k + 1] ?? v.text.length).includes(')')) {
    let p = k;
    while (p > ss && !(v.gap[p] & G_PAREN)) p--;
    return npEndingAt(at, p - 1, ss, depth + 1);
  }
  if (v.gap[k + 1] & (G_COMMA | G_DASH)) return apposedBefore(at, k, ss, depth);
  if (PRONOUNS.has(v.w[k])) return 'pronoun';
  // `a career Army officer who said`: the relative pronoun right before the verb stands for the phrase before it.
  if (relativeAt(at, k, ss)) return npEndingAt(at, k - 1, ss, depth + 1);
  const b = k + 1;
  for (; k >= ss && b - k <= 10; k--) {
    if (at.isClaim(k)) break;
    if (k < b - 1 && v.gap[k + 1] & G_PUNCT) break;
    const w = v.w[k];
    if (w === 'who' || w === 'which' || w === 'whose') {
      if (v.gap[k] & G_COMMA) return npEndingAt(at, k - 1, ss, depth + 1);
      continue;
    }
    // `including a career Army officer`: a phrase that opens with `including` or `among` is the example it gives.
    if (EXAMPLE_OPENERS.has(w)) break;
    if (CLAUSE.has(w) || at.cues.type[k]) {
      // A verb inside a restrictive relative clause (`a banker who asked not to be named said`) ends nothing: the
      // subject goes on from the clause's `who`.
      const rel = relativeBefore(at, k, Math.max(ss, b - 10));
      if (rel < 0) break;
      k = rel + 1;
    }
  }
  const a = k + 1;
  if (a >= b) return undefined;
  return describedName(at, a, ss, depth) ?? [a, b];
}

/** True where token `k` is `who` or `whom` joined to the phrase before it (`an officer who said`). */
function relativeAt(at: Attribution, k: number, ss: number): boolean {
  const { v } = at;
  return (v.w[k] === 'who' || v.w[k] === 'whom') && k > ss && !(v.gap[k] & G_PUNCT);
}

/** `Jane Doe, the ministry's spokeswoman who …`: a descriptor after a comma at `a` stands for the name before it. */
function describedName(at: Attribution, a: number, ss: number, depth: number): Np | undefined {
  const { v } = at;
  if (v.cap[a] || !(v.w[a] === 'a' || v.w[a] === 'an' || v.w[a] === 'the') || !(v.gap[a] & G_COMMA) || a - 1 < ss)
    return undefined;
  const before = npEndingAt(at, a - 1, ss, depth + 1);
  return before && before !== 'pronoun' && v.cap[before[0]] ? before : undefined;
}

/**
 * A phrase between commas or dashes ending at `k`: a name (`Jordanian Interior Minister Mazen al-Faraya, who …,
 * said`) is the subject; anything else is an aside, and the subject is before it.
 */
function apposedBefore(at: Attribution, k: number, ss: number, depth: number): Np | 'pronoun' | undefined {
  const { v } = at;
  let c = k;
  while (c > ss && !(v.gap[c] & G_PUNCT)) c--;
  // a demonym may open the phrase
  let n = c;
  while (n < k && v.men[n] >= 0 && v.mentions[v.men[n]].kind === 'demonym') n++;
  if (isNameStart(at, n) && !at.isClaim(n)) {
    const run = nameRun(at, n, k + 1);
    if (run && run[1] === k + 1) return run;
    if (n === c && v.men[k] >= 0 && v.mentions[v.men[k]].kind === 'person') return [c, k + 1];
  }
  if (v.gap[c] & (G_COMMA | G_DASH)) return npEndingAt(at, c - 1, ss, depth + 1);
  return undefined;
}

/** The `who` or `whom` that opens the relative clause token `k` stands in, with no punctuation between; else -1. */
function relativeBefore(at: Attribution, k: number, from: number): number {
  const { v } = at;
  for (let j = k - 1; j >= from; j--) {
    if (v.gap[j + 1] & G_PUNCT) return -1;
    if (v.w[j] === 'who' || v.w[j] === 'whom') return j;
  }
  return -1;
}

/** A token that can open a name (capitalised, not a determiner), or a person mention. */
function isNameStart(at: Attribution, k: number): boolean {
  const { v } = at;
  if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person';
  return v.cap[k] === 1 && v.w[k] !== 'the' && v.w[k] !== 'a' && v.w[k] !== 'an';
}

/** The phrase after the cue at `i` (`said Jane Doe`, `according to sources in …`), up to a clause or an adjunct. */
export function npAfter(at: Attribution, i: number, se: number, source: boolean): Np | 'pronoun' | undefined {
  const { v } = at;
  const j = i + 1;
  if (j >= se || at.isClaim(j) || v.gap[j] & (G_STOP | G_COLON | G_BLOCK)) return undefined;
  if (v.gap[j] & G_COMMA && !source) return undefined;
  if (PRONOUNS.has(v.w[j])) return 'pronoun';
  if (v.w[j] === 'that' || v.w[j] === 'in' || v.w[j] === 'on') return undefined;
  let k = j + 1;
  const cls = headClass(at, j, Math.min(se, j + 6));
  for (; k < se && k - j < 14; k++) {
    if (at.isClaim(k)) break;
    // `said Jane Doe, a spokeswoman for …`: the apposition belongs to the name
    if (v.gap[k] & (G_STOP | G_COLON | G_PAREN | G_BLOCK | G_DASH | G_COMMA)) break;
    const w = v.w[k];
    if (CLAUSE.has(w) || at.cues.type[k]) break;
    if ((w === 'in' || w === 'at' || w === 'from') && cls !== 'vague' && cls !== 'group') break;
    if (AFTER_SPEAKER.has(w)) break;
  }
  return [j, k];
}

/** A group head that is a noun here: lower case, or capitalised only because it opens the sentence. */
const groupHead = (at: Attribution, k: number) =>
  GROUP_HEADS.has(at.v.w[k]) && (!at.v.cap[k] || k === at.v.segStart[at.v.seg[k]]);

/** The class of the phrase `a..b-1`: a vague head anywhere makes it vague (`one official at the crossing`). */
export function headClass(at: Attribution, a: number, b: number): HeadClass {
  for (let k = a; k < b; k++) if (VAGUE_HEADS.has(at.v.w[k])) return 'vague';
  for (let k = a; k < b; k++) {
    if (groupHead(at, k)) return 'group';
    if (INSTITUTION_HEADS.has(at.v.w[k])) return 'inst';
  }
  return undefined;
}

/** The first vague, group or institution head in `a..b-1`, or -1. */
export function headIndex(at: Attribution, a: number, b: number): number {
  for (let k = a; k < b; k++)
    if (VAGUE_HEADS.has(at.v.w[k]) || groupHead(at, k) || INSTITUTION_HEADS.has(at.v.w[k])) return k;
  return -1;
}

/** A token of a name: a person mention, or a capital (or `al-`) that is no title or head. */
function nameToken(at: Attribution, k: number): boolean {
  const { v } = at;
  if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person';
  const w = v.w[k];
  return (
    (!!v.cap[k] || /^(al|el|bin|abu)-/.test(w)) &&
    !ROLES.has(w) &&
    !INSTITUTION_HEADS.has(w) &&
    !GROUP_HEADS.has(w) &&
    !VAGUE_HEADS.has(w) &&
    !CONNECTIVES.has(w) &&
    w !== 'the'
  );
}

/** The last capitalised name run in `a..b-1`, titles left out: `Foreign Minister Jane Doe` → `Jane Doe`. */
export function nameRun(at: Attribution, a: number, b: number): Np | undefined {
  const { v } = at;
  let best: Np | undefined;
  let k = a;
  while (k < b) {
    if (!nameToken(at, k)) {
      k++;
      continue;
    }
    const start = k;
    while (
      k < b &&
      (nameToken(at, k) || (NAME_PARTICLES.has(v.w[k]) && k + 1 < b && nameToken(at, k + 1))) &&
      (k === start || !(v.gap[k] & G_PUNCT))
    )
      k++;
    best = [start, k];
  }
  return best;
}
