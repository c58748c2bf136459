/**
 * What the summary knows of each body sentence, measured once: where it stands, how long it is, what it shares with
 * the rest of the story and the headline, whom it names, how much of it is quotation, and whether it can stand first
 * (not a caption, not the headline again, not a sentence that leans on the one before it). The scoring and the choice
 * (`index.ts`) only read these.
 */
import { fold, type Normalized } from '../text/normalize';
import { sentences } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Entity, Mention, Quote, Span } from '../types';
import { delaysTheNews, FIGURE, leansOnPrevious, setsTheScene } from './openers';
import { termHash } from './terms';

export interface SentenceFeatures extends Span {
  /** Index among body sentences, and of its paragraph; whether it opens its paragraph. */
  index: number;
  para: number;
  opensParagraph: boolean;
  /** Ids of its terms (stems), ascending, each once. */
  terms: Int32Array;
  words: number;
  /** What it shares with the other sentences, 0..1 (1 for the most central). */
  centrality: number;
  /** The weight of its terms over the article, the headline's counting more, 0..1. */
  content: number;
  /** The salience of the entities it names, 0..1. */
  entities: number;
  /** Share of its characters inside a direct quotation, 0..1. */
  quoted: number;
  /** Share of its terms that are the headline's, 0..1. */
  headline: number;
  /** It holds a figure (a number, a date, an amount): often the new fact a later sentence adds. */
  figure: boolean;
  /**
   * It cannot open a summary: a caption or subheading, the headline again, a sentence leaning on the last one, or one
   * setting the scene before the news (a quotation; in English a definition, or an undated opening before the dated
   * sentence that reports).
   */
  unfitOpener: boolean;
}

export interface FeatureInput {
  text: string;
  english: boolean;
  blocks: Span[];
  entities: Entity[];
  quotes: Quote[];
  mentions: Mention[];
  norm: Normalized;
  tokens: Token[];
}

const EMPTY = new Int32Array(0);
/** A paragraph shorter than this that ends without a stop is a caption, a subheading or a dateline, not a lede. */
const CAPTION_WORDS = 12;
/** The labels a photo caption or a credit opens with, where extraction left one in the text. */
const CAPTION_LABEL =
  /^[([]?\s*(?:photo|picture|image|file photo|caption|credit|video|صور[ةه]|الصور[ةه]|فيديو)(?=[\s:،,)\]]|$)/i;

/** Every body sentence (the blocks after the headline) with its features, in article order. */
export function sentenceFeatures(input: FeatureInput): SentenceFeatures[] {
  const { text, english, blocks } = input;
  const sents = bodySentences(text, blocks, english);
  if (!sents.length) return sents;
  const { df, title } = sentenceTerms(sents, input.tokens, input.norm, blocks, english);
  const entity = entityScores(sents, input.mentions, input.entities);
  const content = contentScores(sents, df, title);
  const central = centrality(sents, df);
  const maxContent = Math.max(0, ...content);
  const maxEntity = Math.max(0, ...entity);
  quotedShares(sents, input.quotes);
  const paraWords = new Array<number>(blocks.length).fill(0);
  for (const s of sents) paraWords[s.para] += s.words;
  for (const s of sents) {
    s.centrality = central[s.index];
    s.content = maxContent ? content[s.index] / maxContent : 0;
    s.entities = maxEntity ? entity[s.index] / maxEntity : 0;
    let inTitle = 0;
    for (const id of s.terms) inTitle += title.has(id) ? 1 : 0;
    s.headline = s.terms.length ? inTitle / s.terms.length : 0;
    const raw = text.slice(s.start, s.end);
    const caption = CAPTION_LABEL.test(raw) || (paraWords[s.para] < CAPTION_WORDS && !/[.!?؟…"»”]$/.test(raw));
    const repeat = s.headline > 0.8 && s.terms.length <= title.size + 2;
    s.unfitOpener =
      caption || repeat || s.words < 6 || leansOnPrevious(fold(raw), english) || setsTheScene(raw, english);
  }
  const first = sents.findIndex((s) => !s.unfitOpener);
  const next = sents[first + 1];
  const raw = (s: Span) => text.slice(s.start, s.end);
  if (english && first >= 0 && next && delaysTheNews(raw(sents[first]), raw(next))) sents[first].unfitOpener = true;
  return sents;
}

/** The sentences of every block after the headline, not yet measured. */
function bodySentences(text: string, blocks: Span[], english: boolean): SentenceFeatures[] {
  const sents: SentenceFeatures[] = [];
  for (let b = 1; b < blocks.length; b++) {
    const inBlock = sentences(text, blocks[b], english);
    for (let k = 0; k < inBlock.length; k++) {
      // a literal of one shape (an object spread here costs more than the whole split)
      sents.push({
        start: inBlock[k].start,
        end: inBlock[k].end,
        index: sents.length,
        para: b - 1,
        opensParagraph: k === 0,
        terms: EMPTY,
        words: 0,
        centrality: 0,
        content: 0,
        entities: 0,
        quoted: 0,
        headline: 0,
        figure: FIGURE.test(text.slice(inBlock[k].start, inBlock[k].end)),
        unfitOpener: false,
      });
    }
  }
  return sents;
}

/**
 * Each sentence's terms (stems hashed straight from the tokens, numbered as they come) and word count; returns how
 * many sentences hold each term and which terms the headline holds.
 */
function sentenceTerms(
  sents: SentenceFeatures[],
  tokens: Token[],
  norm: Normalized,
  blocks: Span[],
  english: boolean,
): { df: Int32Array; title: Set<number> } {
  const idOf = new Map<number, number>();
  let nextId = 0;
  const termOf = (w: string): number => {
    const h = termHash(w, english);
    if (!h) return -1;
    let id = idOf.get(h);
    if (id === undefined) idOf.set(h, (id = nextId++));
    return id;
  };
  const title = new Set<number>();
  const perSent: number[][] = sents.map(() => []);
  let si = 0;
  for (const t of tokens) {
    const at = norm.map[t.start];
    if (at < blocks[0].end) {
      const id = termOf(t.text);
      if (id >= 0) title.add(id);
      continue;
    }
    while (si < sents.length && sents[si].end <= at) si++;
    if (si >= sents.length) break;
    if (at < sents[si].start) continue;
    sents[si].words++;
    const id = termOf(t.text);
    if (id >= 0) perSent[si].push(id);
  }
  const df = new Int32Array(nextId);
  for (let i = 0; i < sents.length; i++) {
    const ids = Int32Array.from(perSent[i]).sort();
    let n = 0;
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[n++] = ids[k];
    sents[i].terms = ids.subarray(0, n);
    for (let k = 0; k < n; k++) df[ids[k]]++;
  }
  return { df, title };
}

/** Per sentence, the salience of the entities it names, each once (a demonym counts for less than a name). */
function entityScores(sents: SentenceFeatures[], mentions: Mention[], entities: Entity[]): number[] {
  const salience = new Map<string, number>();
  for (const e of entities) salience.set(e.key, e.salience);
  const out = sents.map(() => 0);
  const counted = new Set<string>();
  let si = 0;
  for (const m of mentions) {
    while (si < sents.length && sents[si].end <= m.start) {
      si++;
      counted.clear();
    }
    if (si >= sents.length) break;
    if (m.start < sents[si].start || counted.has(m.entity)) continue;
    counted.add(m.entity);
    out[si] += (salience.get(m.entity) ?? 0.2) * (m.kind === 'demonym' ? 0.3 : 1);
  }
  return out;
}

/** Each sentence's share of characters inside a direct quotation. */
function quotedShares(sents: SentenceFeatures[], quotes: Quote[]): void {
  let si = 0;
  for (const q of quotes) {
    if (!q.direct) continue;
    while (si < sents.length && sents[si].end <= q.start) si++;
    for (let k = si; k < sents.length && sents[k].start < q.end; k++) {
      const inside = Math.min(q.end, sents[k].end) - Math.max(q.start, sents[k].start);
      if (inside > 0) sents[k].quoted = Math.min(1, sents[k].quoted + inside / (sents[k].end - sents[k].start));
    }
  }
}

/** Per sentence, the weight of its terms: sublinear in how many sentences share each, the headline's counting more. */
function contentScores(sents: SentenceFeatures[], df: Int32Array, title: Set<number>): number[] {
  return sents.map((s) => {
    let c = 0;
    for (const id of s.terms) {
      if (df[id] > 1) c += Math.log(df[id]);
      if (title.has(id)) c += 1;
    }
    return c / Math.sqrt(Math.max(8, s.words));
  });
}

/**
 * How much each sentence shares with the others, scaled to 0..1: for each of its terms, the other sentences that
 * hold it, over the geometric mean of its length and the mean length — the sum of cosines to every other sentence
 * with their lengths taken as the mean, in one pass (linear in the article, where pairs would be quadratic).
 */
function centrality(sents: SentenceFeatures[], df: Int32Array): Float64Array {
  const out = new Float64Array(sents.length);
  let total = 0;
  for (const s of sents) total += s.terms.length;
  const mean = Math.max(1, total / sents.length);
  let max = 0;
  for (let i = 0; i < sents.length; i++) {
    const t = sents[i].terms;
    if (!t.length) continue;
    let c = 0;
    for (let k = 0; k < t.length; k++) c += df[t[k]] - 1;
    out[i] = c / Math.sqrt(t.length * mean);
    if (out[i] > max) max = out[i];
  }
  if (max) for (let i = 0; i < out.length; i++) out[i] /= max;
  return out;
}

/** Share of the smaller list's terms that the other holds too. */
export function overlap(a: Int32Array, b: Int32Array): number {
  const small = Math.min(a.length, b.length);
  if (!small) return 1;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n / small;
}
