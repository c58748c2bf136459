/**
 * Viterbi decoding of a first-order chain: the best tag sequence under per-token scores and tag-to-tag scores, with
 * the transitions `allowed` forbids never taken, so the output is always well-formed BIO.
 */
import { allowed, TAG_COUNT } from './tags';

const K = TAG_COUNT;
/** `ALLOWED[(from + 1) * K + to]`: `allowed` as a table, read in the inner loops. */
const ALLOWED = Uint8Array.from({ length: (K + 1) * K }, (_, i) => (allowed(Math.floor(i / K) - 1, i % K) ? 1 : 0));

/**
 * `emissions[i * TAG_COUNT + t]` scores tag `t` at token `i`; `transitions[(from + 1) * TAG_COUNT + to]` scores a
 * step, `from = -1` being the start of the sentence. Ties go to the lower tag, so the result is deterministic.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>): Uint8Array {
  const tags = new Uint8Array(n);
  if (!n) return tags;
  const score = new Float64Array(n * K);
  const back = new Uint8Array(n * K);
  for (let t = 0; t < K; t++) score[t] = ALLOWED[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < K; s++) {
        if (!ALLOWED[(s + 1) * K + t]) continue;
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

/**
 * Each tag's posterior at each token, `out[i * TAG_COUNT + t]`, reading the scores as a linear-chain model's log
 * potentials (forward-backward, scaled per token). A perceptron's scores are not calibrated probabilities, but their
 * order is, and a threshold on them measured on development data says how sure the model is of a name.
 */
export function posteriors(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  temperature = 1,
): Float64Array {
  const out = new Float64Array(n * K);
  if (!n) return out;
  const step = new Float64Array((K + 1) * K);
  for (let s = -1; s < K; s++)
    for (let t = 0; t < K; t++)
      step[(s + 1) * K + t] = ALLOWED[(s + 1) * K + t] ? Math.exp(transitions[(s + 1) * K + t] / temperature) : 0;
  // Emissions relative to each token's best, so exp never overflows; the scaling cancels in the posteriors.
  const e = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < K; t++) max = Math.max(max, emissions[i * K + t]);
    for (let t = 0; t < K; t++) e[i * K + t] = Math.exp((emissions[i * K + t] - max) / temperature);
  }
  const alpha = new Float64Array(n * K);
  const beta = new Float64Array(n * K);
  const normalise = (a: Float64Array, i: number) => {
    let sum = 0;
    for (let t = 0; t < K; t++) sum += a[i * K + t];
    for (let t = 0; t < K; t++) a[i * K + t] /= sum || 1;
  };
  for (let t = 0; t < K; t++) alpha[t] = step[t] * e[t];
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let sum = 0;
      for (let s = 0; s < K; s++) sum += alpha[(i - 1) * K + s] * step[(s + 1) * K + t];
      alpha[i * K + t] = sum * e[i * K + t];
    }
    normalise(alpha, i);
  }
  for (let t = 0; t < K; t++) beta[(n - 1) * K + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let s = 0; s < K; s++) {
      let sum = 0;
      for (let t = 0; t < K; t++) sum += step[(s + 1) * K + t] * e[(i + 1) * K + t] * beta[(i + 1) * K + t];
      beta[i * K + s] = sum;
    }
    normalise(beta, i);
  }
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < K; t++) out[i * K + t] = alpha[i * K + t] * beta[i * K + t];
    normalise(out, i);
  }
  return out;
}
