/**
 * Entity scoring the CoNLL way: a predicted entity counts only where its start, end and kind all equal a gold
 * entity's. Precision, recall and F1 per kind and micro-averaged over person, place and organisation.
 */
import { ENTITY_KINDS, type EntityKind, type Span } from '../types';

export const SCORED_KINDS: readonly EntityKind[] = ENTITY_KINDS;

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Record<EntityKind | 'micro', Prf>;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyTallies(): Record<EntityKind, Tally> {
  return { person: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 } };
}

/** Adds one document's comparison to the running tallies; spans of other kinds are ignored. */
export function tally(
  into: Record<EntityKind, Tally>,
  gold: (Span & { kind: string })[],
  predicted: (Span & { kind: string })[],
): void {
  const id = (s: Span & { kind: string }) => `${s.start}:${s.end}:${s.kind}`;
  const scored = (s: { kind: string }) => (SCORED_KINDS as readonly string[]).includes(s.kind);
  const goldSet = new Set(gold.filter(scored).map(id));
  const predSet = new Set(predicted.filter(scored).map(id));
  for (const g of gold.filter(scored)) into[g.kind as EntityKind][predSet.has(id(g)) ? 'tp' : 'fn']++;
  for (const p of predicted.filter(scored)) if (!goldSet.has(id(p))) into[p.kind as EntityKind].fp++;
}

export function prf({ tp, fp, fn }: Tally): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 1000) / 10;
  return { p: round(p), r: round(r), f1: round(f1), tp, fp, fn };
}

export function scores(t: Record<EntityKind, Tally>): Scores {
  const micro = SCORED_KINDS.reduce(
    (acc, k) => ({ tp: acc.tp + t[k].tp, fp: acc.fp + t[k].fp, fn: acc.fn + t[k].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { person: prf(t.person), place: prf(t.place), organization: prf(t.organization), micro: prf(micro) };
}
