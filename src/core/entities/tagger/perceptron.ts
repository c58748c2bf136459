/**
 * The structured averaged perceptron that trains the tagger: decode each sentence with the current weights, and where
 * the best path differs from the gold one, move the weights of the gold path's features up and the wrong path's down.
 * The averaged weights (what the model ships) are kept without a pass over every weight per update: `w - u / c`, with
 * `u` the updates weighted by the step they were made at. Pure and deterministic: the caller fixes the order.
 */
import type { ModelParts } from './model';
import { TAG_COUNT } from './tags';
import { viterbi } from './viterbi';

/** A training sentence with its features already mapped to rows (`Perceptron.rowsOf`) and its gold tags. */
export interface RowSentence {
  offsets: Uint32Array;
  rows: Int32Array;
  gold: Uint8Array;
  /** How far a mistake on it moves the weights: under 1 for data less like what the model will read. */
  weight?: number;
}

const K = TAG_COUNT;
const TRANSITIONS = (K + 1) * K;

export class Perceptron {
  private index = new Map<number, number>();
  private keys: number[] = [];
  private w = new Float32Array(0);
  private u = new Float64Array(0);
  private tw = new Float64Array(TRANSITIONS);
  private tu = new Float64Array(TRANSITIONS);
  /** Sentences seen so far, from 1: the step every update is weighted by. */
  private c = 1;

  /** Gives every key a row (new keys get new rows), so training reads arrays, not maps. */
  rowsOf(keys: Uint32Array, keep?: (key: number) => boolean): Int32Array {
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      let r = this.index.get(keys[i]);
      if (r === undefined) {
        if (keep && !keep(keys[i])) {
          out[i] = -1;
          continue;
        }
        r = this.keys.length;
        this.index.set(keys[i], r);
        this.keys.push(keys[i]);
      }
      out[i] = r;
    }
    return out;
  }

  /** The row of a key, or -1: for scoring sentences the trainer never saw. */
  rowOf(key: number): number {
    return this.index.get(key) ?? -1;
  }

  /** Learns from one sentence; returns true where the current weights already tag it right. */
  learn(s: RowSentence): boolean {
    this.grow();
    const n = s.gold.length;
    const predicted = viterbi(this.scores(s, this.w), n, this.tw);
    const d = s.weight ?? 1;
    let right = true;
    for (let i = 0; i < n; i++) {
      const g = s.gold[i];
      const p = predicted[i];
      const gPrev = i ? s.gold[i - 1] : -1;
      const pPrev = i ? predicted[i - 1] : -1;
      if (g !== p) {
        right = false;
        for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
          const r = s.rows[f];
          if (r < 0) continue;
          this.bump(r * K + g, d);
          this.bump(r * K + p, -d);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTransition((gPrev + 1) * K + g, d);
        this.bumpTransition((pPrev + 1) * K + p, -d);
      }
    }
    this.c++;
    return right;
  }

  /** Tags a sentence with the averaged weights (`averaged()`), as the shipped model would. */
  tag(s: { offsets: Uint32Array; rows: Int32Array }, avg: { w: Float32Array; t: Float64Array }): Uint8Array {
    return viterbi(this.scores(s, avg.w), s.offsets.length - 1, avg.t);
  }

  averaged(): { w: Float32Array; t: Float64Array } {
    this.grow();
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / this.c;
    const t = new Float64Array(TRANSITIONS);
    for (let i = 0; i < t.length; i++) t[i] = this.tw[i] - this.tu[i] / this.c;
    return { w, t };
  }

  /**
   * The averaged model's parts, less the rows whose largest weight is under `minWeight`: most features say little,
   * and a row costs its key and a weight per tag.
   */
  parts(
    lang: ModelParts['lang'],
    families: number,
    minWeight: number,
    names: ReadonlyMap<number, number> = new Map(),
    clusters: ReadonlyMap<number, number> = new Map(),
  ): ModelParts {
    const { w, t } = this.averaged();
    const kept: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let max = 0;
      for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(w[r * K + k]));
      if (max >= minWeight) kept.push(r);
    }
    const weights = new Float32Array(kept.length * K);
    kept.forEach((r, i) => weights.set(w.subarray(r * K, r * K + K), i * K));
    return {
      lang,
      families,
      keys: Uint32Array.from(kept.map((r) => this.keys[r])),
      weights,
      transitions: Float32Array.from(t),
      names,
      clusters,
    };
  }

  private scores(s: { offsets: Uint32Array; rows: Int32Array }, w: Float32Array): Float64Array {
    const n = s.offsets.length - 1;
    const out = new Float64Array(n * K);
    for (let i = 0; i < n; i++) {
      for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
        const r = s.rows[f];
        if (r < 0) continue;
        for (let k = 0; k < K; k++) out[i * K + k] += w[r * K + k];
      }
    }
    return out;
  }

  private bump(i: number, d: number): void {
    this.w[i] += d;
    this.u[i] += this.c * d;
  }

  private bumpTransition(i: number, d: number): void {
    this.tw[i] += d;
    this.tu[i] += this.c * d;
  }

  /** Makes room for the rows added since the last call. */
  private grow(): void {
    const need = this.keys.length * K;
    if (this.w.length >= need) return;
    const w = new Float32Array(Math.max(need, this.w.length * 2));
    const u = new Float64Array(w.length);
    w.set(this.w);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }
}
