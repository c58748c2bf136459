/**
 * Word clusters for the tagger, learnt from text without its labels: a stem is described by the stems that stand just
 * before and just after it (positive pointwise mutual information with the most frequent stems), and the descriptions
 * are grouped by spherical k-means. Stems in one cluster keep the same company, so a surname the tagged data never
 * showed shares a cluster with surnames it did (`كاكبيرن` with `وودورد`), and the tagger's cluster features carry
 * what it learnt about the ones to the others.
 *
 * Deterministic: the vocabulary is ordered by count, then by code units; the first centroids are stems spread evenly
 * over that order; ties go to the lower cluster.
 */
import { CLUSTERS } from '../core/entities/tagger/features';

export interface ClusterOptions {
  /** How many clusters (at most `CLUSTERS`: a model stores a cluster in a byte). */
  k: number;
  /** Stems seen fewer times are not clustered. */
  minCount: number;
  /** How many of the most frequent stems describe the others. */
  contexts: number;
  iterations: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { k: 256, minCount: 3, contexts: 800, iterations: 10 };

/** A sparse description: dimensions and their weights, unit length. */
interface Sparse {
  dims: Int32Array;
  values: Float64Array;
}

/** The cluster of every stem seen `minCount` times in `sentences` (each a list of stems). */
export function wordClusters(sentences: string[][], options: ClusterOptions = CLUSTER_DEFAULTS): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, c]) => c >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const vectors = describe(sentences, vocab, options.contexts);
  const assigned = kMeans(
    vectors,
    Math.min(options.k, CLUSTERS, vocab.length),
    options.contexts * 2 + 2,
    options.iterations,
  );
  return new Map(vocab.map((w, i) => [w, assigned[i]]));
}

/**
 * Each stem's description: how much more often than by chance each frequent stem (or a sentence's edge) stands just
 * before it (dimensions `0..contexts`) and just after it (the next `contexts + 1`).
 */
function describe(sentences: string[][], vocab: string[], contexts: number): Sparse[] {
  const index = new Map(vocab.map((w, i) => [w, i]));
  const edge = contexts;
  const ctxOf = (w: string | undefined) => {
    if (w === undefined) return edge;
    const i = index.get(w);
    return i !== undefined && i < contexts ? i : -1;
  };
  const pairs = vocab.map(() => new Map<number, number>());
  const dimTotals = new Float64Array(2 * contexts + 2);
  let total = 0;
  for (const s of sentences) {
    for (let j = 0; j < s.length; j++) {
      const w = index.get(s[j]);
      if (w === undefined) continue;
      for (const dim of [ctxOf(s[j - 1]), ctxOf(s[j + 1])].map((d, side) => (d < 0 ? -1 : d + side * (contexts + 1)))) {
        if (dim < 0) continue;
        pairs[w].set(dim, (pairs[w].get(dim) ?? 0) + 1);
        dimTotals[dim]++;
        total++;
      }
    }
  }
  return pairs.map((p) => {
    let wordTotal = 0;
    for (const c of p.values()) wordTotal += c;
    const kept = [...p]
      .sort((a, b) => a[0] - b[0])
      .map(([d, c]) => [d, Math.log((c * total) / (wordTotal * dimTotals[d]))]);
    const positive = kept.filter(([, v]) => v > 0);
    const norm = Math.sqrt(positive.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return {
      dims: Int32Array.from(positive, ([d]) => d),
      values: Float64Array.from(positive, ([, v]) => v / norm),
    };
  });
}

/** Spherical k-means: each description to the centroid it is most like, each centroid the normalised mean. */
function kMeans(vectors: Sparse[], k: number, dims: number, iterations: number): Int32Array {
  // Centroids dimension-major (`centroids[d * k + c]`), so a sparse description is scored against all in one pass.
  const centroids = new Float64Array(dims * k);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor((c * vectors.length) / k)];
    for (let i = 0; i < v.dims.length; i++) centroids[v.dims[i] * k + c] = v.values[i];
  }
  const assigned = new Int32Array(vectors.length);
  const scores = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    vectors.forEach((v, n) => {
      scores.fill(0);
      for (let i = 0; i < v.dims.length; i++) {
        const base = v.dims[i] * k;
        const x = v.values[i];
        for (let c = 0; c < k; c++) scores[c] += x * centroids[base + c];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
      assigned[n] = best;
    });
    centroids.fill(0);
    vectors.forEach((v, n) => {
      for (let i = 0; i < v.dims.length; i++) centroids[v.dims[i] * k + assigned[n]] += v.values[i];
    });
    const norms = new Float64Array(k);
    for (let i = 0; i < centroids.length; i++) norms[i % k] += centroids[i] * centroids[i];
    for (let i = 0; i < centroids.length; i++) centroids[i] /= Math.sqrt(norms[i % k]) || 1;
  }
  return assigned;
}
