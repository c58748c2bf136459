/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a summary against a reference, as the issue that asked for a better summary
 * measured them: whitespace tokens after punctuation is removed, lower-cased; Arabic without diacritics or tatweel and
 * with its alef forms unified; no stemming and no stop words, so a figure here is comparable with that table. The
 * project's own `fold` is not used: it also folds ya and ta marbuta, which would make these figures not comparable.
 */

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface Rouge {
  r1: Prf;
  r2: Prf;
  rl: Prf;
}

/** Harakat, tanween, sukun, shadda, the dagger alef, Quranic marks; and tatweel. */
const DROPPED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ALEF = /[\u0622\u0623\u0625\u0671]/g;
/** Punctuation and symbols of any script (Arabic comma and question mark, guillemets, dashes) become spaces. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** The tokens ROUGE counts. */
export function rougeTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(ALEF, '\u0627')
    .replace(PUNCTUATION, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

const prf = (hits: number, candidate: number, reference: number): Prf => {
  const p = candidate ? hits / candidate : 0;
  const r = reference ? hits / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** N-grams the two share, each counted as often as the rarer side holds it (clipped counts). */
function ngramScore(candidate: string[], reference: string[], n: number): Prf {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let hits = 0;
  for (const [k, v] of c) hits += Math.min(v, r.get(k) ?? 0);
  return prf(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in one row of memory. */
export function lcs(a: string[], b: string[]): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.length];
}

/** ROUGE-1/2/L of one summary against one reference (the summary taken as one sequence, as the issue measured). */
export function rouge(candidate: string, reference: string): Rouge {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return {
    r1: ngramScore(c, r, 1),
    r2: ngramScore(c, r, 2),
    rl: prf(lcs(c, r), c.length, r.length),
  };
}

/** Mean F1 (in points, 0..100) of each measure over several scores. */
export function meanF1(scores: Rouge[]): { r1: number; r2: number; rl: number } {
  const mean = (k: keyof Rouge) => (scores.length ? (100 * scores.reduce((s, x) => s + x[k].f, 0)) / scores.length : 0);
  return { r1: mean('r1'), r2: mean('r2'), rl: mean('rl') };
}
