import { describe, expect, it } from 'vitest';
import { SCORE_TERMS, WEIGHTS } from '../../../src/core/summary';
import type { SentenceFeatures } from '../../../src/core/summary/features';
import { fitRows, learnWeights, ridge, type Example } from '../../../src/core/summary/learn';

/** A body sentence with the features the fit reads; the rest neutral. */
const sentence = (index: number, terms: number[], over: Partial<SentenceFeatures> = {}): SentenceFeatures => ({
  start: index * 10,
  end: index * 10 + 9,
  index,
  para: index,
  opensParagraph: true,
  terms: Int32Array.from(terms),
  words: 8,
  centrality: 0.5,
  content: 0.5,
  entities: 0,
  quoted: 0,
  headline: 0,
  figure: false,
  unfitOpener: false,
  ...over,
});

const counts = (words: string) => {
  const m = new Map<string, number>();
  for (const w of words.split(' ')) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

describe('core/summary/learn: ridge', () => {
  const x = [
    [1, 0],
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 5],
  ];
  const y = x.map(([a, b]) => 3 * a - 2 * b + 5);

  it.each<[number, number[]]>([
    [0, [3, -2]],
    [1e-9, [3, -2]],
  ])('recovers the weights of exact linear data (lambda %f), the intercept left out', (lambda, w) => {
    ridge(x, y, lambda).forEach((v, i) => expect(v).toBeCloseTo(w[i], 6));
  });

  it('shrinks the weights as the penalty grows', () => {
    const norm = (w: number[]) => Math.hypot(...w);
    const [w0, w1, w2] = [0, 10, 1000].map((l) => norm(ridge(x, y, l)));
    expect(w1).toBeLessThan(w0);
    expect(w2).toBeLessThan(w1);
  });

  it('gives zero weights with no rows, and zero for a column that never varies', () => {
    expect(ridge([], [], 1)).toEqual([]);
    const w = ridge(
      x.map(([a]) => [a, 1]),
      y.map((_, i) => 2 * x[i][0]),
      0,
    );
    expect(w[0]).toBeCloseTo(2, 6);
    expect(w[1]).toBe(0);
  });
});

describe('core/summary/learn: rows', () => {
  // the reference holds a b c d once each; the opener says a b
  const example = (unfitFirst: boolean): Example => ({
    feats: [
      sentence(0, [1], { unfitOpener: unfitFirst }),
      sentence(1, [1, 2]),
      sentence(2, [2, 3]),
      sentence(3, [4], { figure: true }),
    ],
    tokens: [
      ['x', 'y'],
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'e'],
    ],
    refs: [{ counts: counts('a b c d') }],
  });

  it.each<[string, boolean, number[]]>([
    // opener 0 matches nothing: sentence 1 adds a b (1), 2 adds b c (1), 3 adds d of d e (0.5)
    ['the first sentence opens', false, [1, 1, 0.5]],
    // opener 1 has matched a b: sentence 2 adds c of b c (0.5), 3 adds d (0.5)
    ['the first sentence cannot open', true, [0.5, 0.5]],
  ])('when %s, fits each later sentence to the reference words it adds beside the opener', (_, unfit, y) => {
    const rows = fitRows(example(unfit), 0.5, 1);
    expect(rows.y).toEqual(y);
    expect(rows.x.every((r) => r.length === SCORE_TERMS.length + 1)).toBe(true);
  });

  it('puts each score term in its column, novelty beside the opener last', () => {
    const { x } = fitRows(example(false), 0.5, 1);
    const last = x[2];
    expect(last[SCORE_TERMS.indexOf('position')]).toBeCloseTo(1 / (1 + 0.5 * 3));
    expect(last[SCORE_TERMS.indexOf('figure')]).toBe(1);
    // term 4 is held by one sentence only: not a story term, so sentence 3 adds no story term
    expect(last[SCORE_TERMS.length]).toBe(0);
    // sentence 2's terms 2 and 3: 2 is a story term (two sentences) not in the opener → all new
    expect(x[1][SCORE_TERMS.length]).toBe(1);
  });

  it('writes the fitted weights into the table, keeping its other settings', () => {
    const ex = [example(false), example(true)];
    const w = learnWeights(ex, WEIGHTS.en, 0.5, 1);
    const all = ex.map((e) => fitRows(e, 0.5, WEIGHTS.en.noveltyFull));
    const expected = ridge(
      all.flatMap((r) => r.x),
      all.flatMap((r) => r.y),
      1,
    );
    SCORE_TERMS.forEach((k, i) => expect(w.score[k]).toBeCloseTo(expected[i], 12));
    expect(w.novelty).toBeCloseTo(expected[SCORE_TERMS.length], 12);
    expect(w.score.decay).toBe(0.5);
    expect(w.budget).toEqual(WEIGHTS.en.budget);
    expect(w.fit).toBe(WEIGHTS.en.fit);
  });
});
