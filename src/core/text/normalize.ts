/**
 * Folding for matching. Names are compared on a normalised copy of the text; every normalised code unit remembers
 * the raw code unit it came from, so spans found on the copy are reported on the raw text.
 */

export interface Normalized {
  raw: string;
  text: string;
  /** `map[i]` is the index in the raw text of normalised unit `i`; `map[text.length]` is the raw length. */
  map: Int32Array;
}

const DROP = new Set<number>();
/** The dropped code units that belong to the letter before them, so a span ending on the letter takes them along. */
const MARKS = new Set<number>();
// Arabic diacritics (tashkeel), the superscript alef, Quranic marks, tatweel.
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
for (const c of [
  0x0670, 0x0640, 0x06d6, 0x06d7, 0x06d8, 0x06d9, 0x06da, 0x06db, 0x06dc, 0x06df, 0x06e0, 0x06e1, 0x06e2, 0x06e3,
  0x06e4, 0x06e7, 0x06e8, 0x06ea, 0x06eb, 0x06ec, 0x06ed,
])
  DROP.add(c);
for (const c of DROP) MARKS.add(c);
// Zero-width and direction marks, the byte-order mark, the soft hyphen, the Arabic letter mark.
for (const c of [
  0x00ad, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
])
  DROP.add(c);

const FOLD = new Map<number, string>([
  // alef with hamza above/below, madda, wasla → bare alef
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0622, 'ا'],
  [0x0671, 'ا'],
  // hamza on waw and ya
  [0x0624, 'و'],
  [0x0626, 'ي'],
  // alef maqsura → ya; ta marbuta → ha
  [0x0649, 'ي'],
  [0x0629, 'ه'],
  // Persian and Urdu letter forms used in Arabic-script names
  [0x06cc, 'ي'],
  [0x06a9, 'ك'],
  [0x06c1, 'ه'],
  [0x06d5, 'ه'],
  // typographic apostrophes → ASCII, so "Lebanon’s" and "Lebanon's" agree
  [0x2019, "'"],
  [0x2018, "'"],
  [0x02bc, "'"],
  // dashes and hyphens inside names (al‑Sharaa)
  [0x2010, '-'],
  [0x2011, '-'],
]);
// Arabic-Indic and Persian digits → ASCII.
for (let d = 0; d < 10; d++) {
  FOLD.set(0x0660 + d, String(d));
  FOLD.set(0x06f0 + d, String(d));
}
// Every kind of space → a plain space.
for (const c of [
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f,
  0x205f, 0x3000,
])
  FOLD.set(c, ' ');

/**
 * What each UTF-16 unit becomes: itself, another unit, or nothing (-1). Built once, so folding a page is one table
 * lookup a unit.
 */
const TABLE = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (const c of DROP) t[c] = -1;
  for (const [c, to] of FOLD) t[c] = to.charCodeAt(0);
  return t;
})();

/** Folds one string without an offset map: for names and lexicon entries. */
export function fold(s: string): string {
  return normalize(s).text;
}

/**
 * Normalises Arabic and Latin text for matching: drops diacritics, tatweel and invisible marks; folds alef/hamza,
 * ya/alef maqsura, ta marbuta, digits, spaces and apostrophes. Never changes case: English names are told apart by
 * their capitals.
 */
export function normalize(raw: string): Normalized {
  const codes = new Uint16Array(raw.length);
  const map = new Int32Array(raw.length + 1);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const to = TABLE[raw.charCodeAt(i)];
    if (to < 0) continue;
    codes[n] = to;
    map[n++] = i;
  }
  map[n] = raw.length;
  // Decoded in slices: spreading a long array into fromCharCode would overflow the call stack.
  let text = '';
  for (let i = 0; i < n; i += 8192)
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { raw, text, map: map.subarray(0, n + 1) };
}

/** The last letter of a token as the page wrote it, before folding (alef maqsura, ta marbuta and ha tell apart there). */
export const writtenLast = (norm: Normalized, token: { end: number }): string => norm.raw[norm.map[token.end - 1]];

/** Maps a span on the normalised text back to the raw text it was made from. */
export function toRaw(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.map[start];
  if (end <= start) return { start: rawStart, end: rawStart };
  let rawEnd = norm.map[end - 1] + 1;
  while (rawEnd < norm.raw.length && MARKS.has(norm.raw.charCodeAt(rawEnd))) rawEnd++;
  return { start: rawStart, end: rawEnd };
}
