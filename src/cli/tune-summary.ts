/**
 * `npm run -s cli -- tune-summary`: how the summary's weights were chosen, repeatable. Every article of EASC's
 * development half (and, for English, the development fixtures) is analysed once; each setting of a small grid around the
 * weights in `src/core/summary/index.ts` is then scored by ROUGE-1 against the human summaries. Five-fold
 * cross-validation says what choosing by this grid is worth on articles it did not choose on: each fold is scored with
 * the setting that did best on the other four. A learned choice is only as good as that figure, not the best fit.
 * Beside the grid, the learned scorer (`core/summary/learn.ts`): weights fit by ridge regression, from each language's
 * articles alone and pooled with the other language's, cross-validated the same way.
 */
import { analyze, textContext } from '../core/analyze';
import { rougeTokens } from '../core/eval/rouge';
import { chooseSentences, WEIGHTS, type SummaryWeights } from '../core/summary';
import { learnWeights } from '../core/summary/learn';
import { sentenceFeatures, type SentenceFeatures } from '../core/summary/features';
import type { Lang } from '../core/types';
import { readEasc, readSummaryFixtures, type SummaryCase } from './eval-summary';
import { nodeResources } from './resources';

interface Prepared {
  lang: Lang;
  feats: SentenceFeatures[];
  /** Each sentence's ROUGE tokens, and each reference's token counts: R-1 of a choice is then a count. */
  tokens: string[][];
  refs: { counts: Map<string, number>; length: number }[];
}

const counts = (tokens: string[]) => {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

/** ROUGE-1 F1 of the chosen sentences against one reference, as `rouge` computes it. */
function r1(chosen: string[][], ref: Prepared['refs'][number]): number {
  const c = counts(chosen.flat());
  let hits = 0;
  let length = 0;
  for (const [t, n] of c) {
    hits += Math.min(n, ref.counts.get(t) ?? 0);
    length += n;
  }
  return hits ? (2 * hits) / (length + ref.length) : 0;
}

export function prepare(cases: SummaryCase[]): Prepared[] {
  const resources = nodeResources();
  return cases.map((c) => {
    const a = analyze(c.article, resources);
    const { norm, tokens } = textContext(a.text, a.blocks, a.lang, resources.glossary.givenNames);
    const feats = sentenceFeatures({
      text: a.text,
      english: a.lang === 'en',
      blocks: a.blocks,
      entities: a.entities,
      quotes: a.quotes,
      mentions: a.mentions,
      norm,
      tokens,
    });
    return {
      lang: a.lang,
      feats,
      tokens: feats.map((s) => rougeTokens(a.text.slice(s.start, s.end))),
      refs: c.refs.map((r) => {
        const t = rougeTokens(r);
        return { counts: counts(t), length: t.length };
      }),
    };
  });
}

/**
 * The grid: a few values of each weight, around those in the table, per language. English also tries the budget (its
 * cap in words), since a short story's highlights run to about the same length whatever the story's, and the weight
 * of a figure, which highlights are made of (see `WEIGHTS`).
 */
const GRID: Record<Lang, Record<string, number[]>> = {
  ar: {
    decay: [0.25, 0.5, 1],
    centrality: [0.3, 0.9],
    content: [0.2, 0.4],
    entities: [0, 0.2],
    quoted: [0.25, 0.5],
    novelty: [0, 0.3, 0.6],
    fit: [0.3, 0.5],
  },
  en: {
    decay: [0.25, 0.5, 1],
    centrality: [0, 0.3, 0.9],
    figure: [0.05, 0.2, 0.4, 0.6],
    cap: [50, 60, 70],
  },
};

/** Every setting of `lang`'s grid, the table's other weights kept. */
function* settings(lang: Lang): Generator<SummaryWeights> {
  const grid = GRID[lang];
  const base = WEIGHTS[lang];
  const keys = Object.keys(grid);
  const idx = keys.map(() => 0);
  for (;;) {
    const v = Object.fromEntries(keys.map((k, i) => [k, grid[k][idx[i]]]));
    const { novelty = base.novelty, fit = base.fit, cap, ...score } = v;
    const budget = cap === undefined ? base.budget : { share: 1, floor: cap, cap };
    yield { ...base, score: { ...base.score, ...score }, novelty, fit, budget };
    let i = 0;
    while (i < keys.length && ++idx[i] === grid[keys[i]].length) idx[i++] = 0;
    if (i === keys.length) return;
  }
}

/** R-1 F1 of every setting on every article: rows are settings. */
export function scoreGrid(prepared: Prepared[], grid: SummaryWeights[]): Float64Array[] {
  return grid.map((w) =>
    Float64Array.from(prepared, (p) => {
      const chosen = chooseSentences(p.feats, w).map((s) => p.tokens[s.index]);
      return p.refs.reduce((sum, r) => sum + r1(chosen, r), 0) / p.refs.length;
    }),
  );
}

const meanAt = (row: Float64Array, ids: number[]) => ids.reduce((s, i) => s + row[i], 0) / Math.max(1, ids.length);

/** Five-fold: each fold scored with the setting best on the other four; per article, and the setting best on all. */
function crossValidate(rows: Float64Array[], n: number, folds = 5): { cv: Float64Array; best: number } {
  const all = [...Array(n).keys()];
  const argmax = (ids: number[]) => {
    let best = 0;
    for (let g = 1; g < rows.length; g++) if (meanAt(rows[g], ids) > meanAt(rows[best], ids)) best = g;
    return best;
  };
  const cv = new Float64Array(n);
  for (let f = 0; f < folds; f++) {
    const chosen = rows[argmax(all.filter((i) => i % folds !== f))];
    for (const i of all) if (i % folds === f) cv[i] = chosen[i];
  }
  return { cv, best: argmax(all) };
}

/** The baseline beside every figure: R-1 of each article's first three sentences. */
function lead3(prepared: Prepared[]): Float64Array {
  return Float64Array.from(prepared, (p) => {
    const chosen = p.tokens.slice(0, 3);
    return p.refs.reduce((sum, r) => sum + r1(chosen, r), 0) / p.refs.length;
  });
}

/** A row's mean R-1 (in points) and the articles where it beats the baseline and where it falls behind. */
function against(row: Float64Array, lead: Float64Array): string {
  let wins = 0;
  let losses = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] > lead[i] + 1e-9) wins++;
    else if (row[i] < lead[i] - 1e-9) losses++;
  }
  return `${(100 * meanAt(row, [...row.keys()])).toFixed(1)} (${wins} wins, ${losses} losses against Lead-3)`;
}

/** The learned scorer's own choices, made on the training folds: how fast position falls, and English's cap. */
const LEARNED_GRID: Record<Lang, { decay: number[]; cap: (number | undefined)[] }> = {
  ar: { decay: [0.1, 0.25, 0.5, 1], cap: [undefined] },
  en: { decay: [0.1, 0.25, 0.5, 1], cap: [50, 60, 70] },
};
/** The ridge penalty: small beside the hundreds of sentences, enough to steady a term few sentences hold. */
const LAMBDA = 1;

/** The learned weights for `train` (plus `extra`, more articles to learn from), the decay and cap chosen on `train`. */
export function learnOn(train: Prepared[], extra: readonly Prepared[], lang: Lang): SummaryWeights {
  const base = WEIGHTS[lang];
  let best = base;
  let bestR1 = -1;
  for (const decay of LEARNED_GRID[lang].decay)
    for (const cap of LEARNED_GRID[lang].cap) {
      const budget = cap === undefined ? base.budget : { share: 1, floor: cap, cap };
      const w = learnWeights([...train, ...extra], { ...base, budget }, decay, LAMBDA);
      const [row] = scoreGrid(train, [w]);
      const r1 = meanAt(row, [...row.keys()]);
      if (r1 > bestR1) [best, bestR1] = [w, r1];
    }
  return best;
}

/** R-1 of the learned scorer per article, five-fold: each fold summarised with the weights learned on the other four. */
function learnedCv(prepared: Prepared[], extra: readonly Prepared[], lang: Lang, folds = 5): Float64Array {
  const out = new Float64Array(prepared.length);
  for (let f = 0; f < folds; f++) {
    const test = [...prepared.keys()].filter((i) => i % folds === f);
    const w = learnOn(
      prepared.filter((_, i) => i % folds !== f),
      extra,
      lang,
    );
    const [row] = scoreGrid(
      test.map((i) => prepared[i]),
      [w],
    );
    test.forEach((i, k) => (out[i] = row[k]));
  }
  return out;
}

const rounded = (w: SummaryWeights) =>
  JSON.stringify({ ...w.score, novelty: w.novelty, cap: w.budget.cap }, (_, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 1000) / 1000 : v,
  );

export function tuneSummaryCommand(): number {
  const sets = [
    { label: 'Arabic, EASC development half', lang: 'ar' as Lang, prepared: prepare(readEasc()) },
    { label: 'English fixtures, development split', lang: 'en' as Lang, prepared: prepare(readSummaryFixtures('dev')) },
  ].filter((x) => x.prepared.length);
  for (const { label, lang, prepared } of sets) {
    const grid = [...settings(lang)];
    const rows = scoreGrid(prepared, grid);
    const [table] = scoreGrid(prepared, [WEIGHTS[lang]]);
    const lead = lead3(prepared);
    const { cv, best } = crossValidate(rows, prepared.length);
    console.log(`${label}: ${prepared.length} articles, ${grid.length} settings`);
    console.log(`  R-1 of Lead-3 ${(100 * meanAt(lead, [...lead.keys()])).toFixed(1)}`);
    console.log(`  R-1 with the table's weights ${against(table, lead)}`);
    console.log(`  R-1 five-fold cross-validated ${against(cv, lead)}`);
    console.log(`  best on all ${against(rows[best], lead)} with`);
    const { score, novelty, fit, budget } = grid[best];
    console.log(`  ${JSON.stringify({ ...score, novelty, fit, cap: budget.cap })}`);
    // the learned scorer, from this language's articles alone and with the other language's added to learn from
    const other = sets.filter((x) => x.lang !== lang).flatMap((x) => x.prepared);
    for (const [how, extra] of [
      ['alone', []],
      ['pooled', other],
    ] as const) {
      const learned = learnOn(prepared, extra, lang);
      const [fitted] = scoreGrid(prepared, [learned]);
      console.log(
        `  learned (${how}): R-1 five-fold cross-validated ${against(learnedCv(prepared, extra, lang), lead)}`,
      );
      console.log(`  learned on all ${against(fitted, lead)} with`);
      console.log(`  ${rounded(learned)}`);
    }
  }
  return 0;
}
