/**
 * Quoted spans: the words between quotation marks, in every mark news pages use (`"…"`, `«…»`, `“…”`, `„…“`,
 * `‹…›`, `‘…’`, and `'…'` in English prose). A quote that runs over several paragraphs repeats its opening mark at
 * the head of each paragraph and closes once: it comes out as one span. A mark left open closes at the end of its
 * paragraph, so one stray mark never swallows the article. Single quotes left open are apostrophes or elisions
 * (`'90s`) and are dropped rather than recovered.
 */
import type { Span } from '../types';

export interface QuotedSpan extends Span {
  /** Span of the words inside the marks (trimmed); for a quote over several paragraphs, first word to last. */
  inner: Span;
  /** The inner span within each paragraph it runs over (one entry for most quotes). */
  parts: Span[];
  /** 0 for a top-level quote, 1 and more for quotes inside quotes. */
  depth: number;
  /** True where no closing mark was found and the quote was closed at the end of its paragraph. */
  recovered: boolean;
}

/** Families of marks: which characters open a quote and which close it. */
const enum Fam {
  None = 0,
  Straight = 1, // "
  Guillemet = 2, // « » (and » … « as German prints it)
  Curly = 3, // “ ” „
  Angle = 4, // ‹ ›
  CurlySingle = 5, // ‘ ’
  StraightSingle = 6, // ' (English only)
}

/** The family of a quotation mark, or `Fam.None` (a switch: this runs on every character of the article). */
function family(c: number): Fam {
  switch (c) {
    case 0x22:
      return Fam.Straight;
    case 0xab:
    case 0xbb:
      return Fam.Guillemet;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
      return Fam.Curly;
    case 0x2039:
    case 0x203a:
      return Fam.Angle;
    case 0x2018:
    case 0x2019:
    case 0x201a:
      return Fam.CurlySingle;
    case 0x27:
      return Fam.StraightSingle;
    default:
      return Fam.None;
  }
}

const WORD = /[\p{L}\p{N}]/u;
const isSpace = (c: number) =>
  c === 0x20 ||
  c === 0x0a ||
  c === 0x09 ||
  c === 0x0d ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x3000;
const isWord = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]);
const isSingle = (f: Fam) => f === Fam.StraightSingle || f === Fam.CurlySingle;

interface Open {
  fam: Fam;
  /** The opening mark itself and its position. */
  mark: number;
  at: number;
  /** Inner parts closed so far (paragraphs the quote has already run over). */
  parts: Span[];
  partStart: number;
}

/**
 * Every quoted span of the article, top-level and nested, in order of their opening marks.
 * @param blocks the paragraphs (headline first); a quote never starts in one block and ends in an unrelated one.
 * @param english allow the straight single quote `'…'` as a quotation mark (never in Arabic text).
 */
export function quotedSpans(text: string, blocks: Span[], english = false): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carried: Open | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const stack: Open[] = [];
    let i = block.start;
    if (carried) {
      // The continuation mark at the head of this paragraph belongs to the quote carried over.
      const c = text.charCodeAt(i);
      carried.partStart = i + 1;
      stack.push(carried);
      carried = undefined;
      i = family(c) ? i + 1 : i;
    }
    for (; i < block.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x22 && c !== 0x27 && c < 0xab) continue;
      const fam = family(c);
      if (!fam) continue;
      if (fam === Fam.StraightSingle && !english) continue;
      const flanks = flanksOf(text, i, block, fam);
      if (!flanks) continue;
      const { nextSpace, closerFlank, openerFlank } = flanks;
      let k = stack.length - 1;
      while (k >= 0 && stack[k].fam !== fam) k--;
      if (k >= 0 && closes(c, stack[k].mark, closerFlank, openerFlank)) {
        // Anything opened inside and left open closes here with it.
        for (let j = stack.length - 1; j > k; j--) if (!isSingle(stack[j].fam)) finish(text, stack[j], i, true, out);
        finish(text, stack[k], i, false, out);
        stack.length = k;
        continue;
      }
      if (opens(c, fam, nextSpace, openerFlank)) stack.push({ fam, mark: c, at: i, parts: [], partStart: i + 1 });
    }
    carried = endParagraph(text, stack, block, blocks[b + 1], out);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Depth: how many quotes hold this one.
  const holders: QuotedSpan[] = [];
  for (const q of out) {
    while (holders.length && holders[holders.length - 1].end <= q.start) holders.pop();
    q.depth = holders.length;
    holders.push(q);
  }
  return out;
}
/** Whether mark `c` closes a quote opened by `opener` (same family). */
function closes(c: number, opener: number, closerFlank: boolean, openerFlank: boolean): boolean {
  switch (c) {
    case 0x22: // straight quotes do not nest in themselves: the next one closes
      return true;
    case 0x27: // ' closes only after a word and before a non-word (not an apostrophe: that was skipped)
    case 0x2019:
      return closerFlank;
    case 0x201d: // ”
    case 0x201f:
      return true;
    case 0x201c: // “ closes German „…“ and a reversed ”…“; otherwise it opens
      return opener === 0x201e || opener === 0x201d || (closerFlank && !openerFlank);
    case 0xbb: // » closes «, and closes »…» only where it stands like a closer
    case 0x203a:
      return opener !== c || closerFlank;
    case 0xab: // « closes German »…«
    case 0x2039:
      return opener !== c;
    default:
      return false;
  }
}

/** Whether mark `c`, closing nothing, opens a quote. */
function opens(c: number, fam: Fam, nextSpace: boolean, openerFlank: boolean): boolean {
  switch (c) {
    case 0xab: // « „ ‹ only ever open
    case 0x201e:
    case 0x2039:
      return true;
    case 0x201c:
      return !nextSpace || openerFlank;
    case 0x22:
      return !nextSpace || fam === Fam.Straight;
    default: // » ” › ’ ‘ ' open only where they stand like an opener: after a space, before a word
      return openerFlank;
  }
}

/**
 * How the mark at `i` stands between its neighbours: whether a space follows it, and whether it stands like a closer
 * (after a word) or an opener (before one). Undefined for a single quote that is an apostrophe inside a word (don't,
 * O’Brien, Lebanon’s) or an elision before a number ('90s, ’05): never a quotation mark.
 */
function flanksOf(text: string, i: number, block: Span, fam: Fam) {
  const prev = i > block.start ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < block.end ? text.charCodeAt(i + 1) : 0x20;
  const prevSpace = isSpace(prev) || i === block.start;
  const nextSpace = isSpace(next) || i + 1 >= block.end;
  if (isSingle(fam) && ((isWord(text, i - 1) && isWord(text, i + 1)) || (next >= 0x30 && next <= 0x39)))
    return undefined;
  const closerFlank = !prevSpace && (nextSpace || !isWord(text, i + 1));
  const openerFlank = !nextSpace && (prevSpace || !isWord(text, i - 1) || isClitic(text, i, block.start));
  return { nextSpace, closerFlank, openerFlank };
}

/**
 * Paragraph end: single quotes left open were apostrophes; the outermost open double quote may go on into the next
 * paragraph when that paragraph opens with the same mark (it is returned, to carry), and everything else closes here.
 * A single quote that opened like a quotation (before a capital, or after a colon) is one, not an apostrophe.
 */
function endParagraph(text: string, stack: Open[], block: Span, nb: Span | undefined, out: QuotedSpan[]) {
  const open = stack.filter((o) => !isSingle(o.fam) || strongOpener(text, o.at, block.start));
  if (!open.length) return undefined;
  const outer = open[0];
  const continues = !!nb && nb.end > nb.start && text.charCodeAt(nb.start) === outer.mark;
  for (let k = open.length - 1; k >= 1; k--) finish(text, open[k], block.end, true, out);
  if (!continues) {
    finish(text, outer, block.end, true, out);
    return undefined;
  }
  const part = trim(text, outer.partStart, block.end);
  if (part.end > part.start) outer.parts.push(part);
  return outer;
}

function strongOpener(text: string, at: number, from: number): boolean {
  const next = text[at + 1] ?? '';
  if (/\p{Lu}/u.test(next)) return true;
  let j = at - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  return j >= from && text[j] === ':';
}

/** `لـ"النهار"`, `و"حماس"`: a one-letter proclitic (with or without tatweel) glued to the opening mark. */
function isClitic(text: string, i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && text.charCodeAt(j) === 0x0640) j--;
  if (j < from) return false;
  const c = text.charCodeAt(j);
  if (!(c >= 0x0621 && c <= 0x064a)) return false;
  return j === from || !isWord(text, j - 1);
}

function finish(text: string, o: Open, closeAt: number, recovered: boolean, out: QuotedSpan[]): void {
  const last = trim(text, o.partStart, closeAt);
  const parts = last.end > last.start ? [...o.parts, last] : o.parts;
  if (!parts.length) return;
  const end = recovered ? closeAt : closeAt + 1;
  out.push({
    start: o.at,
    end,
    inner: { start: parts[0].start, end: parts[parts.length - 1].end },
    parts,
    depth: 0,
    recovered,
  });
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
