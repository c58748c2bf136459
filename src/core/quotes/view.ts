/**
 * The article as attribution reads it: word tokens with their raw offsets and folded text, what punctuation stands
 * in the gap before each token, which quote holds it, which mention covers it, and sentence segments that never
 * break inside a quote. Built once per analysis in typed arrays; nothing here allocates per character.
 */
import { normalize, type Normalized } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import type { Lang, Mention, Span } from '../types';
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

  const gap = new Uint16Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const from = i ? e[i - 1] : 0;
    const to = i < n ? s[i] : text.length;
    let f = 0;
    let space = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      switch (c) {
        case 0x2c:
        case 0x60c:
        case 0x3b:
        case 0x61b:
          f |= G_COMMA;
          break; // , ، ; ؛
        case 0x3a:
          f |= G_COLON;
          break;
        case 0x2e:
        case 0x21:
        case 0x3f:
        case 0x61f:
        case 0x2026:
          f |= G_STOP;
          break; // . ! ? ؟ …
        case 0x0a:
          f |= G_BLOCK;
          space = true;
          break;
        case 0x28:
        case 0x29:
        case 0x5b:
        case 0x5d:
          f |= G_PAREN;
          break;
        case 0x2013:
        case 0x2014:
          f |= G_DASH;
          break;
        case 0x20:
        case 0xa0:
        case 0x09:
          space = true;
          break;
        case 0x22:
        case 0xab:
        case 0xbb:
        case 0x201c:
        case 0x201d:
        case 0x201e:
        case 0x2039:
        case 0x203a:
        case 0x2018:
        case 0x2019:
        case 0x27:
          f |= G_MARK;
          break;
        case 0x2d:
          if (k > from && k + 1 < to) f |= G_DASH;
          break;
        default:
          if (c >= 0x2000 && c <= 0x200a) space = true;
      }
    }
    if (!space && i > 0 && i < n) f |= G_GLUED;
    gap[i] = f;
  }

  const inQ = new Int32Array(n).fill(-1);
  for (let qi = 0, i = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.depth) continue;
    while (i < n && s[i] < q.inner.start) i++;
    for (let k = i; k < n && s[k] < q.inner.end; k++) inQ[k] = qi;
  }

  const men = new Int32Array(n).fill(-1);
  for (let mi = 0, i = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    while (i < n && e[i] <= m.start) i++;
    for (let k = i; k < n && s[k] < m.end; k++) if (s[k] >= m.start && e[k] <= m.end) men[k] = mi;
  }

  const block = new Int32Array(n);
  for (let b = 0, i = 0; b < blocks.length; b++) for (; i < n && s[i] < blocks[b].end; i++) block[i] = b;

  const seg = new Int32Array(n);
  const segStart: number[] = [0];
  const segEnd: number[] = [];
  for (let i = 1; i < n; i++) {
    if (isBreak(i)) {
      segEnd.push(i);
      segStart.push(i);
    }
    seg[i] = segStart.length - 1;
  }
  segEnd.push(n);

  function isBreak(i: number): boolean {
    if (block[i] !== block[i - 1] && !(inQ[i] >= 0 && inQ[i] === inQ[i - 1])) return true;
    const g = gap[i];
    if (!(g & G_STOP)) return false;
    if (inQ[i] >= 0 && inQ[i] === inQ[i - 1]) return false;
    if (en) {
      // `"Are you?" she asked.`: a quote's own mark does not end the sentence that attributes it.
      if (inQ[i - 1] >= 0 && inQ[i] < 0 && !cap[i]) return false;
      // Mr. Smith, U.S. officials
      const prev = w[i - 1];
      if (ABBREVIATIONS.has(prev) || (prev.length === 1 && cap[i - 1])) {
        const dot = text.indexOf('.', e[i - 1]);
        if (dot === e[i - 1] && s[i] - dot <= 2) return false;
      }
    }
    // 3.5, U.S: a stop with no space after it ends no sentence.
    return !(g & G_GLUED);
  }

  return { text, lang, n, s, e, w, cap, gap, inQ, men, seg, segStart, segEnd, block, mentions };
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
