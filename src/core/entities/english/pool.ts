/**
 * From occurrences to decisions: the evidence of every occurrence of a name is pooled, so one telling context decides
 * them all; lists carry a decided kind to their undecided members (`in Baalbek and Hermel`); and names decided
 * elsewhere are found again in blocks whose capitals prove nothing.
 */
import type { TextContext } from '../context';
import { ENTITY_KINDS, type EntityKind } from '../../types';
import { zero, type Scores } from './evidence';
import { lower } from './runs';

/** Evidence a name needs before it is proposed; a lone capital opening a sentence needs more. */
const THRESHOLD = 2;
const THRESHOLD_SENTENCE_START = 3;
/** What a decided neighbour in a list gives each other member, and the most a member takes from its lists. */
const LIST_WEIGHT = 2;
const LIST_MOST = 4;

export interface Occurrence {
  first: number;
  last: number;
  key: string;
  scores: Scores;
  /** Evidence from compromise's own tags, for the `source` of the proposal. */
  model: Scores;
  /** A lone capital that opens a sentence, with no title before it. */
  weak: boolean;
  /** The evidence rules that fired for it. */
  fired: readonly string[];
}

/** The evidence of every occurrence of one name. */
export interface Pooled {
  base: Scores;
  scores: Scores;
  model: Scores;
  allWeak: boolean;
  /** The rules that fired for any occurrence, and `list` where a list added to them. */
  rules: Set<string>;
}

/** The occurrences' evidence summed by name (the lowercased text of the span). */
export function pool(occurrences: Occurrence[]): Map<string, Pooled> {
  const out = new Map<string, Pooled>();
  for (const o of occurrences) {
    let p = out.get(o.key);
    if (!p) out.set(o.key, (p = { base: zero(), scores: zero(), model: zero(), allWeak: true, rules: new Set() }));
    for (const k of ENTITY_KINDS) {
      p.base[k] += o.scores[k];
      p.scores[k] += o.scores[k];
      p.model[k] += o.model[k];
    }
    p.allWeak &&= o.weak;
    for (const r of o.fired) p.rules.add(r);
  }
  return out;
}

/** The kind with the most evidence at or above the threshold, if any. */
export function decide(p: Pooled, threshold = THRESHOLD): EntityKind | undefined {
  let best: EntityKind | undefined;
  for (const k of ENTITY_KINDS) if (p.scores[k] >= threshold && (!best || p.scores[k] > p.scores[best])) best = k;
  return best;
}

/** Each name's kind, a name only ever seen as a lone capital opening a sentence needing more evidence. */
export function decideAll(pooled: Map<string, Pooled>): Map<string, EntityKind | undefined> {
  const decided = new Map<string, EntityKind | undefined>();
  for (const [key, p] of pooled) decided.set(key, decide(p, p.allWeak ? THRESHOLD_SENTENCE_START : THRESHOLD));
  return decided;
}

/**
 * Lists carry a decided kind to their other members (`in Baalbek and Hermel`): each decided neighbour adds to a
 * member's evidence for its kind, up to a cap, twice over so that a member decided by the first pass passes it on.
 */
export function spreadAcrossLists(ctx: TextContext, occurrences: Occurrence[], pooled: Map<string, Pooled>): void {
  const lists = listsOf(ctx, occurrences);
  let extra = new Map<string, Scores>();
  for (let pass = 0; pass < 2; pass++) {
    extra = new Map<string, Scores>();
    for (const list of lists) {
      for (const o of list) {
        for (const other of list) {
          const kind = other === o || other.key === o.key ? undefined : decide(pooled.get(other.key)!);
          if (!kind) continue;
          const e = extra.get(o.key) ?? zero();
          e[kind] += LIST_WEIGHT;
          extra.set(o.key, e);
        }
      }
    }
    for (const [key, e] of extra) {
      const p = pooled.get(key)!;
      for (const k of ENTITY_KINDS) p.scores[k] = p.base[k] + Math.min(e[k], LIST_MOST);
    }
  }
  for (const key of extra.keys()) pooled.get(key)!.rules.add('list');
}

/** Occurrences of decided names inside the given blocks, longest first, as whole-token sequences. */
export function echoes(
  ctx: TextContext,
  blocks: Set<number>,
  decided: Map<string, EntityKind | undefined>,
): Occurrence[] {
  const { tokens, norm } = ctx;
  const names = [...decided]
    .filter(([, k]) => k)
    .map(([key]) => key.split(' '))
    .sort((a, b) => b.length - a.length);
  const out: Occurrence[] = [];
  for (const b of blocks) {
    const end = ctx.blockStarts[b + 1] ?? tokens.length;
    for (let i = ctx.blockStarts[b]; i < end; i++) {
      const name = names.find((words) => {
        if (i + words.length > end) return false;
        for (let j = 0; j < words.length; j++) {
          if (lower(tokens[i + j].text) !== words[j]) return false;
          if (j > 0 && norm.text.slice(tokens[i + j - 1].end, tokens[i + j].start) !== ' ') return false;
        }
        return /^\p{Lu}/u.test(tokens[i].text);
      });
      if (!name) continue;
      out.push({
        first: i,
        last: i + name.length - 1,
        key: name.join(' '),
        scores: zero(),
        model: zero(),
        weak: false,
        fired: [],
      });
      i += name.length - 1;
    }
  }
  return out;
}

/**
 * Names in one list: `Syria, Lebanon, Jordan`, `Baalbek and Hermel`, `Hizbullah and the Amal Movement`. Two names
 * joined by a comma alone are no list (`in Maarab, Geagea said`); three are, and so is any `and` or `or`.
 */
function listsOf(ctx: TextContext, occurrences: Occurrence[]): Occurrence[][] {
  const lists: Occurrence[][] = [];
  let current: Occurrence[] = [];
  let conjunction = false;
  const close = () => {
    if (current.length >= 3 || (current.length === 2 && conjunction)) lists.push(current);
    current = [];
    conjunction = false;
  };
  for (let j = 0; j < occurrences.length; j++) {
    const o = occurrences[j];
    const prev = current[current.length - 1];
    const link =
      prev && o.first > prev.last
        ? ctx.norm.text.slice(ctx.tokens[prev.last].end, ctx.tokens[o.first].start)
        : undefined;
    const comma = link !== undefined && /^\s*,\s*$/.test(link);
    const and = link !== undefined && /^(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?$/.test(link);
    if (prev && (comma || and)) {
      current.push(o);
      conjunction ||= and;
      if (and) close();
    } else {
      close();
      current = [o];
    }
  }
  close();
  return lists;
}
