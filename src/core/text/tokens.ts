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

const WORD = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (/'s$/i.test(word)) word = word.slice(0, -2);
    const start = m.index;
    tokens.push({ start, end: start + word.length, text: word, arabic: ARABIC.test(word) });
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
