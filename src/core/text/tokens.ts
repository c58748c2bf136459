/**
 * Word tokens over normalised text. A token is a run of letters and digits, joined across an inner hyphen or
 * apostrophe (`al-Sharaa`, `O'Brien`); an English possessive `'s` is left outside the token, so `Pakistan's`
 * yields `Pakistan`.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  arabic: boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** Code units outside the fast ranges, classified once by the Unicode property test and kept. */
const OTHER = new Map<number, boolean>();

/** Whether the code unit is part of a word: ASCII and Arabic by range (nearly all of a page), the rest by property. */
function wordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0620 && c <= 0x0669) return true;
  let known = OTHER.get(c);
  if (known === undefined) OTHER.set(c, (known = WORD_CHAR.test(String.fromCharCode(c))));
  return known;
}

/** Length of the word character (one code unit, or a surrogate pair) at `i`, or 0 where none stands there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return i < text.length && wordUnit(c) ? 1 : 0;
}

/** True where a token holds an Arabic letter. */
function hasArabic(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return true;
  }
  return false;
}

// A hand-written scanner rather than a Unicode regular expression: tokenising is on every page's hot path, and the
// scanner allocates only the tokens.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let n = wordCharAt(text, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let lastJoin = -1;
    for (;;) {
      while (n) {
        end += n;
        n = wordCharAt(text, end);
      }
      const c = text.charCodeAt(end);
      // An inner hyphen or apostrophe joins two runs (`al-Sharaa`, `O'Brien`).
      if ((c === 0x27 || c === 0x2d) && (n = wordCharAt(text, end + 1))) {
        lastJoin = end;
        end++;
        continue;
      }
      break;
    }
    // An English possessive stays outside the token: `Pakistan's` is `Pakistan`.
    const wordEnd =
      lastJoin === end - 2 && text.charCodeAt(lastJoin) === 0x27 && (text.charCodeAt(end - 1) | 0x20) === 0x73
        ? lastJoin
        : end;
    tokens.push({ start, end: wordEnd, text: text.slice(start, wordEnd), arabic: hasArabic(text, start, wordEnd) });
    i = end;
  }
  return tokens;
}

/** True where `text` holds more Arabic letters than Latin ones. */
export function isMostlyArabic(text: string): boolean {
  let ar = 0;
  let la = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) ar++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) la++;
  }
  return ar > la;
}

const CONJ = 'وف';
const PREP = 'بكل';

/** A word without a leading conjunction (و ف), where what stays is a word of three letters or more (`وقال` → `قال`). */
export const stripConj = (w: string) => (w.length > 3 && CONJ.includes(w[0]) ? w.slice(1) : w);

/** True where the word, or the word after a leading conjunction (`والرئيس`, `وفي`, `فقال`), is in the set. */
export const inSetWithConj = (set: ReadonlySet<string>, w: string) =>
  set.has(w) || (CONJ.includes(w[0]) && set.has(w.slice(1)));

/**
 * Readings of an Arabic token with its proclitics taken off: a conjunction (و ف), then a preposition (ب ك ل, with
 * `لل` standing for ل + the article), then the article. The token itself comes first. Every reading is offered,
 * because a name may itself begin with one of these letters (`ليبيا`, `بنغازي`): `لليبيا` → [لليبيا, ليبيا, اليبيا,
 * يبيا]; the matcher keeps the reading that is a name. A reading keeps at least two letters. With `article: false`
 * the article stays on (`الصور` is not `صور`): names carry their article themselves where they have one.
 */
export function proclitics(token: string, options: { article?: boolean } = {}): readonly string[] {
  const stripArticle = options.article !== false;
  // A page repeats its words: each reading list is worked out once per form and kept (bounded).
  const cache = stripArticle ? WITH_ARTICLE : WITHOUT_ARTICLE;
  let out = cache.get(token);
  if (out) return out;
  out = [];
  readPrep(token, out, stripArticle);
  if (token.length > 2 && CONJ.includes(token[0])) readPrep(token.slice(1), out, stripArticle);
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(token, out);
  return out;
}

const CACHE_LIMIT = 50_000;
const WITH_ARTICLE = new Map<string, string[]>();
const WITHOUT_ARTICLE = new Map<string, string[]>();

function add(out: string[], s: string): void {
  if (s.length >= 2 && !out.includes(s)) out.push(s);
}

function readArticle(s: string, out: string[], stripArticle: boolean): void {
  add(out, s);
  if (stripArticle && s.startsWith('ال')) add(out, s.slice(2));
}

function readPrep(s: string, out: string[], stripArticle: boolean): void {
  readArticle(s, out, stripArticle);
  if (s.length > 2 && PREP.includes(s[0])) readArticle(s.slice(1), out, stripArticle);
  if (s.startsWith('لل')) readArticle('ال' + s.slice(2), out, stripArticle);
}
