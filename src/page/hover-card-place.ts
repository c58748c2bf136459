/**
 * Where the hover card stands and what it stands for: the painted item under a point, and a place for the card that
 * never covers the text it explains. Pure geometry over rectangles, so it is tested without a layout engine.
 */
import type { PaintedItem } from './annotate-page';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The gap between the text and the card, and between the card and the window's edge, in CSS pixels. */
const GAP = 6;
const EDGE = 8;

const within = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

/** A caret position under a point: the standard call where the browser has it, WebKit's older one where not. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/**
 * The innermost painted item under a point (a name inside a quote answers as the name). Custom highlights take no
 * events, so the caret under the point is matched against the painted ranges, and the point must lie on one of the
 * range's line boxes: a caret is found beside text too, in margins and between paragraphs.
 */
export function itemAt(
  items: readonly PaintedItem[],
  caret: { node: Node; offset: number } | undefined,
  x: number,
  y: number,
): PaintedItem | undefined {
  if (!caret) return undefined;
  let best: PaintedItem | undefined;
  for (const p of items) {
    const hit = p.ranges.some((r) => {
      try {
        return r.isPointInRange(caret.node, caret.offset) && [...r.getClientRects()].some((b) => within(b, x, y));
      } catch {
        // A range whose nodes left the page (a re-render not yet repainted).
        return false;
      }
    });
    if (hit && (!best || p.item.end - p.item.start < best.item.end - best.item.start)) best = p;
  }
  return best;
}

/** The smallest box holding every line box of the item. */
export function unionOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((u, b) => ({
    left: Math.min(u.left, b.left),
    top: Math.min(u.top, b.top),
    right: Math.max(u.right, b.right),
    bottom: Math.max(u.bottom, b.bottom),
  }));
}

/**
 * The card's top-left corner, in viewport pixels: below the item's lines where it fits, above them where it does not,
 * below again where neither fits (the window scrolls) — never over them. It starts where the item starts in the
 * page's reading direction, kept inside the window.
 */
export function placeCard(
  lines: readonly Box[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'rtl' | 'ltr',
): { left: number; top: number } {
  const u = unionOf(lines) ?? { left: EDGE, top: EDGE, right: EDGE, bottom: EDGE };
  const first = lines[0] ?? u;
  const below = u.bottom + GAP;
  const above = u.top - GAP - card.height;
  const top = below + card.height <= viewport.height - EDGE || above < EDGE ? below : above;
  const start = dir === 'rtl' ? first.right - card.width : first.left;
  const left = Math.max(EDGE, Math.min(start, viewport.width - card.width - EDGE));
  return { left, top };
}
