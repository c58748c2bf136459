/**
 * The learned sentence scorer: the summary's score weights fit to what human summaries keep, rather than set by hand.
 * Every sentence after the opener (which the choice always takes) is one example: its score terms (`scoreTerms`) and
 * what it adds beside the opener (`newShare`, the first round of the choice) against the share of its words that the
 * reference holds (its ROUGE-1 precision). A ridge regression gives each term its weight; the choice then runs with
 * them as the table's. `npm run -s cli -- tune-summary` cross-validates the fit (each fold's weights learned on the
 * other folds) beside the grid.
 */
import { newShare, SCORE_TERMS, scoreTerms, quotedShare, termCounts, type SummaryWeights } from './index';
import type { SentenceFeatures } from './features';

/** One article for the fit: its sentences, each sentence's ROUGE tokens, and each reference's token counts. */
export interface Example {
  feats: SentenceFeatures[];
  tokens: string[][];
  refs: { counts: Map<string, number> }[];
}

/**
 * The rows of the fit, one per sentence after the opener: its score terms, then its novelty beside the opener; and
 * what it is fit to, the share of its words the reference holds that the opener has not already matched — what the
 * sentence would add to the summary's ROUGE, not what it shares with the lede (a sentence repeating the lede shares
 * much with the highlights and adds nothing).
 */
export function fitRows(ex: Example, decay: number, noveltyFull: number): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  const opener = ex.feats.find((s) => !s.unfitOpener);
  if (!opener) return { x, y };
  const quoted = quotedShare(ex.feats);
  const df = termCounts(ex.feats);
  const covered = new Set(opener.terms);
  const left = ex.refs.map((r) => {
    const m = new Map(r.counts);
    for (const t of ex.tokens[opener.index]) m.set(t, (m.get(t) ?? 0) - 1);
    return m;
  });
  for (const s of ex.feats) {
    if (s.index <= opener.index) continue;
    x.push([...scoreTerms(s, decay, quoted), newShare(s.terms, df, covered, noveltyFull)]);
    y.push(addedShare(ex.tokens[s.index], left));
  }
  return { x, y };
}

/** The share of `tokens` that the references still hold (`left`, counts), mean over them. */
function addedShare(tokens: string[], left: Map<string, number>[]): number {
  if (!tokens.length || !left.length) return 0;
  const seen = new Map<string, number>();
  let sum = 0;
  for (const ref of left) {
    seen.clear();
    let hits = 0;
    for (const t of tokens) {
      const n = (seen.get(t) ?? 0) + 1;
      seen.set(t, n);
      if (n <= (ref.get(t) ?? 0)) hits++;
    }
    sum += hits / tokens.length;
  }
  return sum / left.length;
}

/**
 * Least squares with an L2 penalty `lambda` on the weights (not on the intercept, which only shifts every score
 * alike): the columns are centred, then (XᵀX + λI) w = Xᵀy is solved by elimination. Returns the weights alone.
 */
export function ridge(x: number[][], y: number[], lambda: number): number[] {
  const d = x[0]?.length ?? 0;
  const n = x.length;
  if (!n) return new Array<number>(d).fill(0);
  const mean = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + r[j], 0) / n);
  const my = y.reduce((a, v) => a + v, 0) / n;
  // the augmented system [XᵀX + λI | Xᵀy] over centred columns
  const a = Array.from({ length: d }, (_, i) => {
    const row = new Array<number>(d + 1).fill(0);
    for (let r = 0; r < n; r++) {
      const xi = x[r][i] - mean[i];
      for (let j = 0; j < d; j++) row[j] += xi * (x[r][j] - mean[j]);
      row[d] += xi * (y[r] - my);
    }
    row[i] += lambda;
    return row;
  });
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    if (Math.abs(a[c][c]) < 1e-12) continue;
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= d; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[d] / row[i]));
}

/** `base` with its score and novelty weights fit on `examples` (position falling with `decay`). */
export function learnWeights(examples: Example[], base: SummaryWeights, decay: number, lambda: number): SummaryWeights {
  const x: number[][] = [];
  const y: number[] = [];
  for (const ex of examples) {
    const rows = fitRows(ex, decay, base.noveltyFull);
    x.push(...rows.x);
    y.push(...rows.y);
  }
  const w = ridge(x, y, lambda);
  const score = { ...base.score, decay };
  SCORE_TERMS.forEach((k, i) => (score[k] = w[i]));
  return { ...base, score, novelty: w[SCORE_TERMS.length] };
}
