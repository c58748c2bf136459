/**
 * The tagger's scores at run time, without building a token's features one by one. Nearly all of a token's features
 * are a function of one word and where it stands from the token (its own word, stem, affixes, shape, word lists and
 * name list; its neighbours' words, stems, shapes and word lists): so the weights those features select are summed
 * once for each distinct word and offset and kept, and a token's scores are five such rows added, plus the few
 * features that depend on two words or on the page (word pairs, the opening of a sentence, the glossary's marks).
 *
 * The scores are the same numbers `emissions(model, extractFeatures(…))` gives: the int8 weights are summed exactly as
 * integers, then scaled once.
 */
import { contextKeys, EDGE_VIEW, REACH, viewOf, wordKeys, type FeatureInput, type TokenView } from './features';
import { rowOf, type TaggerModel } from './model';
import { TAG_COUNT } from './tags';

// Imports read once into constants: tsx's transform reads an import through a getter at every use, in loops too.
const K = TAG_COUNT;
const R = REACH;
const SPAN = 2 * R + 1;
const keysInContext = contextKeys;
const rowFor = rowOf;
/** Distinct words kept before the cache starts again: a few thousand articles' vocabulary, about 2 MB. */
const MAX_WORDS = 10_000;

/** A word's view and, for each offset from `-REACH` to `REACH`, the sum of its features' weights for each tag. */
interface WordScores {
  view: TokenView;
  sums: Int32Array;
}

export class Scorer {
  private readonly words = new Map<string, WordScores>();
  private readonly edge: WordScores;
  /** The word lists the cached views were made with: another set of given names makes other views. */
  private givenNames?: ReadonlySet<string>;
  private names?: ReadonlyMap<number, number>;
  private clusters?: ReadonlyMap<number, number>;
  private readonly keys: number[] = [];
  private readonly sum = new Int32Array(K);

  constructor(private readonly model: TaggerModel) {
    this.edge = this.scoresOf(EDGE_VIEW);
  }

  /** Each token's score for each tag over `input.first..input.last`: `out[i * TAG_COUNT + t]`. */
  emissions(input: FeatureInput): Float32Array {
    if (input.givenNames !== this.givenNames || input.names !== this.names || input.clusters !== this.clusters) {
      this.words.clear();
      ({ givenNames: this.givenNames, names: this.names, clusters: this.clusters } = input);
    }
    const n = input.last - input.first + 1;
    const row = new Array<WordScores>(n);
    for (let j = 0; j < n; j++) row[j] = this.word(input, input.first + j);
    const at = (j: number) => (j >= 0 && j < n ? row[j] : this.edge);
    const { model, keys, sum } = this;
    const out = new Float32Array(n * K);
    for (let j = 0; j < n; j++) {
      sum.fill(0);
      for (let o = -R; o <= R; o++) {
        const sums = at(j + o).sums;
        const base = (o + R) * K;
        for (let t = 0; t < K; t++) sum[t] += sums[base + t];
      }
      keys.length = 0;
      keysInContext(input, j, at(j - 1).view, row[j].view, at(j + 1).view, model.families, keys);
      addRows(model, keys, sum);
      for (let t = 0; t < K; t++) out[j * K + t] = sum[t] * model.scale;
    }
    return out;
  }

  private word(input: FeatureInput, i: number): WordScores {
    const token = input.tokens[i];
    let scores = this.words.get(token.text);
    if (!scores) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      scores = this.scoresOf(viewOf(token, input));
      this.words.set(token.text, scores);
    }
    return scores;
  }

  private scoresOf(view: TokenView): WordScores {
    const sums = new Int32Array(SPAN * K);
    const keys: number[] = [];
    for (let o = -R; o <= R; o++) {
      keys.length = 0;
      wordKeys(view, o, this.model.families, keys);
      addRows(this.model, keys, sums.subarray((o + R) * K, (o + R + 1) * K));
    }
    return { view, sums };
  }
}

/** Adds the weights of each key's row to `sum`, per tag. */
function addRows(model: TaggerModel, keys: number[], sum: Int32Array): void {
  const { weights } = model;
  for (const key of keys) {
    const r = rowFor(model, key);
    if (r < 0) continue;
    for (let t = 0; t < K; t++) sum[t] += weights[r * K + t];
  }
}
