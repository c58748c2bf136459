/**
 * The one place where article offsets become DOM ranges. A TextMap reads the text nodes under a root with white
 * space collapsed the way extraction collapses it, so a paragraph of the article is found in it verbatim and every
 * character of it knows its node and offset.
 */
import { collapse } from './text-blocks';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

/** JavaScript's `\s`, the white space `collapse` folds, as code units. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export class TextMap {
  readonly text: string;
  private nodes: Text[] = [];
  /** For each character of `text`: index into `nodes`, and offset inside that node. */
  private nodeOf: Int32Array;
  private offsetOf: Int32Array;

  constructor(readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (SKIP.has(n.parentElement?.tagName ?? '')) continue;
      this.nodes.push(n as Text);
      total += (n as Text).data.length;
    }
    // Typed arrays of the page's length and the text as runs between spaces: on a page's first reading this runs
    // cold, where a call per character (a regular expression, an array push) cost several milliseconds.
    const nodeOf = new Int32Array(total);
    const offsetOf = new Int32Array(total);
    const parts: string[] = [];
    let length = 0;
    let space = true;
    this.nodes.forEach((t, index) => {
      const data = t.data;
      let run = -1;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) {
          if (run >= 0) parts.push(data.slice(run, i));
          run = -1;
          if (space) continue;
          space = true;
          parts.push(' ');
        } else {
          if (run < 0) run = i;
          space = false;
        }
        nodeOf[length] = index;
        offsetOf[length++] = i;
      }
      if (run >= 0) parts.push(data.slice(run));
    });
    this.text = parts.join('');
    this.nodeOf = nodeOf.subarray(0, length);
    this.offsetOf = offsetOf.subarray(0, length);
  }

  /** The first place at or after `from` where `needle` (collapsed) stands, or -1. */
  find(needle: string, from = 0): number {
    return this.text.indexOf(collapse(needle), from);
  }

  /** A live range over characters `[start, end)` of `text`. */
  range(start: number, end: number): Range {
    const doc = this.root.ownerDocument ?? (this.root as Document);
    const r = doc.createRange();
    r.setStart(this.nodes[this.nodeOf[start]], this.offsetOf[start]);
    r.setEnd(this.nodes[this.nodeOf[end - 1]], this.offsetOf[end - 1] + 1);
    return r;
  }
}

/** Where each block of the article (headline first) begins in the live page. */
export interface Anchor {
  map: TextMap;
  start: number;
}

/**
 * Finds the article's headline and paragraphs on the live page, in order. The headline is taken from a visible
 * heading that holds exactly it (Annahar keeps a hidden duplicate first); paragraphs are searched in the element
 * that contains them all, so a teaser elsewhere on the page is never taken for the article.
 */
export function anchorArticle(doc: Document, blocks: string[]): (Anchor | null)[] {
  const [title, ...paragraphs] = blocks;
  const anchors: (Anchor | null)[] = [anchorHeadline(doc, title)];
  const page = new TextMap(doc.body ?? doc.documentElement);
  let cursor = 0;
  const starts: number[] = [];
  for (const p of paragraphs) {
    const at = page.find(p, cursor);
    starts.push(at);
    if (at >= 0) cursor = at + collapse(p).length;
  }
  // Then back from the last paragraph found, each one's nearest copy before the next: a teaser ahead of the article
  // that repeats its opening paragraph word for word is passed over for the copy beside the rest of the article.
  let end = cursor;
  for (let i = starts.length - 1; i >= 0; i--) {
    if (starts[i] < 0) continue;
    const needle = collapse(paragraphs[i]);
    const at = page.text.lastIndexOf(needle, end - needle.length);
    if (at >= starts[i]) starts[i] = at;
    end = starts[i];
  }
  const found = starts.filter((s) => s >= 0);
  if (found.length === 0) return [anchors[0], ...paragraphs.map(() => null)];
  // Re-read only the article's container, so nothing outside it can be painted.
  const root = commonAncestor(
    page.range(found[0], found[0] + 1).startContainer,
    page.range(found.at(-1)!, found.at(-1)! + 1).startContainer,
  );
  const map = new TextMap(root);
  cursor = 0;
  for (const p of paragraphs) {
    const at = map.find(p, cursor);
    anchors.push(at >= 0 ? { map, start: at } : null);
    if (at >= 0) cursor = at + collapse(p).length;
  }
  return anchors;
}

function anchorHeadline(doc: Document, title: string): Anchor | null {
  const want = collapse(title);
  const candidates = [...doc.querySelectorAll('h1, h2, [itemprop=headline]')].filter(
    (h) => collapse(h.textContent ?? '') === want,
  );
  const visible = candidates.find((h) => isVisible(h)) ?? null;
  if (!visible) return null;
  const map = new TextMap(visible);
  const at = map.find(want);
  return at >= 0 ? { map, start: at } : null;
}

function isVisible(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || view?.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

function commonAncestor(a: Node, b: Node): Node {
  const chain = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) chain.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (chain.has(n)) return n.nodeType === 1 ? n : n.parentNode!;
  return a.ownerDocument!.body;
}

/**
 * The live ranges of a span of the article text: one per block it crosses (a quote may run over paragraphs). A block
 * the page does not show, or whose text differs from the article's there, yields nothing rather than a wrong range.
 */
export function rangesFor(
  text: string,
  span: { start: number; end: number },
  blocks: { start: number; end: number }[],
  anchors: (Anchor | null)[],
): Range[] {
  const out: Range[] = [];
  blocks.forEach((b, i) => {
    const start = Math.max(span.start, b.start);
    const end = Math.min(span.end, b.end);
    const anchor = anchors[i];
    if (end <= start || !anchor) return;
    const from = anchor.start + (start - b.start);
    const to = anchor.start + (end - b.start);
    if (anchor.map.text.slice(from, to) !== text.slice(start, end)) return;
    out.push(anchor.map.range(from, to));
  });
  return out;
}
