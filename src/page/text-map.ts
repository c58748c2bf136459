/**
 * The one place where article offsets become DOM ranges. A TextMap reads the text nodes under a root with white
 * space collapsed the way extraction collapses it, so a paragraph of the article is found in it verbatim and every
 * character of it knows its node and offset.
 */
import { collapse } from './text-blocks';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

export class TextMap {
  readonly text: string;
  private nodes: Text[] = [];
  /** For each character of `text`: index into `nodes`, and offset inside that node. */
  private nodeOf: Int32Array;
  private offsetOf: Int32Array;

  constructor(readonly root: Node) {
    const chars: string[] = [];
    const nodeOf: number[] = [];
    const offsetOf: number[] = [];
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let space = true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (SKIP.has(n.parentElement?.tagName ?? '')) continue;
      const t = n as Text;
      const data = t.data;
      const index = this.nodes.push(t) - 1;
      for (let i = 0; i < data.length; i++) {
        const c = data[i];
        if (/\s/.test(c)) {
          if (space) continue;
          space = true;
          chars.push(' ');
        } else {
          space = false;
          chars.push(c);
        }
        nodeOf.push(index);
        offsetOf.push(i);
      }
    }
    this.text = chars.join('');
    this.nodeOf = Int32Array.from(nodeOf);
    this.offsetOf = Int32Array.from(offsetOf);
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
