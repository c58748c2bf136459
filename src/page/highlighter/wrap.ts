import type { Painter } from './types';

export const MARK_TAG = 'hamish-mark';

/**
 * The fallback painter: each range's text nodes are wrapped in `<hamish-mark data-kind>`. Spans are whole tokens, so a
 * wrapper never cuts an Arabic word and its letters keep joining. Clearing unwraps and re-joins the split text nodes.
 */
export function wrappingPainter(doc: Document): Painter {
  const marks = new Map<string, Element[]>();
  const unwrap = (els: Element[]) => {
    for (const el of els) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
  };
  return {
    mutates: true,
    paint(kind, ranges) {
      unwrap(marks.get(kind) ?? []);
      const made: Element[] = [];
      // Right to left, so wrapping one range never moves the offsets of the ones still to do.
      for (const range of [...ranges].reverse()) {
        for (const piece of textPieces(doc, range).reverse()) {
          const el = doc.createElement(MARK_TAG);
          el.setAttribute('data-kind', kind);
          piece.surroundContents(el);
          made.push(el);
        }
      }
      marks.set(kind, made);
    },
    clear() {
      for (const els of marks.values()) unwrap(els);
      marks.clear();
    },
  };
}

/** The range cut into one sub-range per text node it touches. */
function textPieces(doc: Document, range: Range): Range[] {
  const pieces: Range[] = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : t.data.length;
    if (end <= start) continue;
    const r = doc.createRange();
    r.setStart(t, start);
    r.setEnd(t, end);
    pieces.push(r);
  }
  return pieces;
}
