/**
 * Viterbi decoding of a first-order chain: the best tag sequence under per-token scores and tag-to-tag scores, with
 * the transitions `allowed` forbids never taken, so the output is always well-formed BIO.
 */
import { allowed, TAG_COUNT } from './tags';

/**
 * `emissions[i * TAG_COUNT + t]` scores tag `t` at token `i`; `transitions[(from + 1) * TAG_COUNT + to]` scores a
 * step, `from = -1` being the start of the sentence. Ties go to the lower tag, so the result is deterministic.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>): Uint8Array {
  const K = TAG_COUNT;
  const tags = new Uint8Array(n);
  if (!n) return tags;
  const score = new Float64Array(n * K);
  const back = new Uint8Array(n * K);
  for (let t = 0; t < K; t++) score[t] = allowed(-1, t) ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < K; s++) {
        if (!allowed(s, t)) continue;
        const v = score[(i - 1) * K + s] + transitions[(s + 1) * K + t];
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      score[i * K + t] = best + emissions[i * K + t];
      back[i * K + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < K; t++) if (score[(n - 1) * K + t] > score[(n - 1) * K + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * K + tags[i]];
  return tags;
}
