/**
 * The article as attribution reads it: word tokens with their raw offsets and folded text, what punctuation stands
 * in the gap before each token, which quote holds it, which mention covers it, and sentence segments that never
 * break inside a quote. Built once per analysis in typed arrays; nothing here allocates per character.
 */
import { normalize, type Normalized } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import type { Lang, Mention, Span } from '../types';
import { sentences } from '../text/sentences';
import { ABBREVIATIONS } from '../lexicon/en/abbreviations';
import type { QuotedSpan } from './quoted-spans';

/** Flags of the gap before a token. */
export const G_COMMA = 1;
export const G_COLON = 2;
export const G_STOP = 4;
export const G_BLOCK = 8;
export const G_PAREN = 16;
export const G_GLUED = 32;
export const G_DASH = 64;
export const G_MARK = 128;
export const G_PUNCT = G_COMMA | G_COLON | G_STOP | G_BLOCK | G_PAREN | G_DASH;

export interface View {
  text: string;
  lang: Lang;
  n: number;
  /** Raw offsets of each token. */
  s: Int32Array;
  e: Int32Array;
  /** Folded text of each token (English lower-cased). */
  w: string[];
  /** 1 where the token starts with a capital letter. */
  cap: Uint8Array;
  gap: Uint16Array;
  /** Index of the top-level quoted span holding the token, or -1. */
  inQ: Int32Array;
  /** Index into `mentions` of the mention covering the token, or -1. */
  men: Int32Array;
  seg: Int32Array;
  segStart: number[];
  segEnd: number[];
  /** Block (paragraph) of each token. */
  block: Int32Array;
  mentions: Mention[];
}

const UPPER = /\p{Lu}/u;

/** The view of `text` for attribution: every pass below, in order. */
export function buildView(
  text: string,
  blocks: Span[],
  lang: Lang,
  quotes: QuotedSpan[],
  mentions: Mention[],
  pre?: { norm: Normalized; tokens: Token[] },
): View {
  const norm = pre?.norm ?? normalize(text);
  const tokens = pre?.tokens ?? tokenize(norm.text);
  const { s, e, w, cap } = words(text, norm, tokens, lang);
  const n = tokens.length;
  const gap = gaps(text, s, e);
  if (lang === 'en') abbreviationDots(text, w, cap, s, e, gap);
  const inQ = quoteOf(quotes, s, n);
  const men = mentionOf(mentions, s, e);
  const block = new Int32Array(n);
  for (let b = 0, i = 0; b < blocks.length; b++) for (; i < n && s[i] < blocks[b].end; i++) block[i] = b;
  const v = { text, lang, n, s, e, w, cap, gap, inQ, men, block, mentions };
  return { ...v, ...segments(v, blocks) };
}

/** Raw offsets, folded text and capitalisation of each token: English compared lower-cased, Arabic folded. */
function words(text: string, norm: Normalized, tokens: Token[], lang: Lang) {
  const n = tokens.length;
  const s = new Int32Array(n);
  const e = new Int32Array(n);
  const w: string[] = new Array(n);
  const cap = new Uint8Array(n);
  const map = norm.map;
  const en = lang === 'en';
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    s[i] = map[t.start];
    e[i] = map[t.end - 1] + 1;
    w[i] = en ? t.text.toLowerCase() : t.text;
    const c = text.charCodeAt(s[i]);
    cap[i] = c >= 0x41 && c <= 0x5a ? 1 : c > 0x7f && c < 0x600 && UPPER.test(text[s[i]]) ? 1 : 0;
  }
  return { s, e, w, cap };
}

/** The punctuation in the gap before each token (and after the last), as `G_*` flags. */
function gaps(text: string, s: Int32Array, e: Int32Array): Uint16Array {
  const n = s.length;
  const gap = new Uint16Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const from = i ? e[i - 1] : 0;
    const to = i < n ? s[i] : text.length;
    let f = 0;
    let space = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      const flag = GAP_FLAGS.get(c);
      if (flag !== undefined) f |= flag;
      else if (c === 0x2d) f |= k > from && k + 1 < to ? G_DASH : 0;
      if (c === 0x0a || c === 0x20 || c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a)) space = true;
    }
    if (!space && i > 0 && i < n) f |= G_GLUED;
    gap[i] = f;
  }
  return gap;
}

/**
 * `said Mr. Reeves`, `Donald J. Trump`: the dot of an abbreviation or an initial before a capital ends no sentence (the
 * splitter agrees), so a speaker's noun phrase runs across it.
 */
function abbreviationDots(text: string, w: string[], cap: Uint8Array, s: Int32Array, e: Int32Array, gap: Uint16Array) {
  for (let i = 1; i < w.length; i++) {
    if (gap[i] !== G_STOP || !cap[i] || text[e[i - 1]] !== '.') continue;
    const initial = w[i - 1].length === 1 && cap[i - 1];
    if ((initial || ABBREVIATIONS.has(w[i - 1])) && /^\.\s$/.test(text.slice(e[i - 1], s[i]))) gap[i] = 0;
  }
}

/** What each punctuation character between tokens marks (a hyphen is a dash only between spaces or words). */
const GAP_FLAGS = new Map<number, number>([
  // , ، ; ؛
  [0x2c, G_COMMA],
  [0x60c, G_COMMA],
  [0x3b, G_COMMA],
  [0x61b, G_COMMA],
  [0x3a, G_COLON],
  // . ! ? ؟ …
  [0x2e, G_STOP],
  [0x21, G_STOP],
  [0x3f, G_STOP],
  [0x61f, G_STOP],
  [0x2026, G_STOP],
  [0x0a, G_BLOCK],
  // ( ) [ ]
  [0x28, G_PAREN],
  [0x29, G_PAREN],
  [0x5b, G_PAREN],
  [0x5d, G_PAREN],
  // – —
  [0x2013, G_DASH],
  [0x2014, G_DASH],
  // quotation marks: " « » “ ” „ ‹ › ‘ ’ '
  ...[0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a, 0x2018, 0x2019, 0x27].map(
    (c) => [c, G_MARK] as [number, number],
  ),
]);

/** The top-level quote holding each token, or -1. */
function quoteOf(quotes: QuotedSpan[], s: Int32Array, n: number): Int32Array {
  const inQ = new Int32Array(n).fill(-1);
  for (let qi = 0, i = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.depth) continue;
    while (i < n && s[i] < q.inner.start) i++;
    for (let k = i; k < n && s[k] < q.inner.end; k++) inQ[k] = qi;
  }
  return inQ;
}

/** The mention covering each token whole, or -1. */
function mentionOf(mentions: Mention[], s: Int32Array, e: Int32Array): Int32Array {
  const n = s.length;
  const men = new Int32Array(n).fill(-1);
  for (let mi = 0, i = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    while (i < n && e[i] <= m.start) i++;
    for (let k = i; k < n && s[k] < m.end; k++) if (s[k] >= m.start && e[k] <= m.end) men[k] = mi;
  }
  return men;
}

/**
 * Sentence segments over the tokens: the sentences of each block (`text/sentences`), where no segment ends inside a
 * quoted span (single quotes and quotes across paragraphs included, which the splitter cannot see).
 */
function segments(v: Omit<View, 'seg' | 'segStart' | 'segEnd'>, blocks: Span[]) {
  const { n, s, inQ, block } = v;
  // Where each sentence of the article starts, as raw offsets in order.
  const starts: number[] = [];
  for (const b of blocks) for (const x of sentences(v.text, b, v.lang === 'en')) starts.push(x.start);
  const seg = new Int32Array(n);
  const segStart: number[] = [0];
  const segEnd: number[] = [];
  let k = 0;
  for (let i = 1; i < n; i++) {
    while (k + 1 < starts.length && starts[k + 1] <= s[i - 1]) k++;
    const newSentence = k + 1 < starts.length && starts[k + 1] <= s[i];
    const heldByQuote = inQ[i] >= 0 && inQ[i] === inQ[i - 1];
    if ((newSentence || block[i] !== block[i - 1]) && !heldByQuote) {
      segEnd.push(i);
      segStart.push(i);
    }
    seg[i] = segStart.length - 1;
  }
  segEnd.push(n);
  return { seg, segStart, segEnd };
}

/** Raw text of tokens `a..b` inclusive. */
export const slice = (v: View, a: number, b: number): string => v.text.slice(v.s[a], v.e[b]);

/** Index of the first token ending after raw offset `at` (binary search). */
export function tokenAt(v: View, at: number): number {
  let lo = 0;
  let hi = v.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.e[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
