/**
 * Paints ranges by kind. The CSS Custom Highlight API leaves the page's DOM untouched, so its own scripts never see
 * us; where it is missing, whole tokens are wrapped in our own element and unwrapped again without a trace.
 */
import type { HighlightKind } from '../../core/types';
import { customHighlightPainter, supportsCustomHighlights } from './custom-highlights';
import { wrappingPainter } from './wrap';

export type PaintKind = HighlightKind | 'flash';

export interface Painter {
  /** True where painting changes the page's DOM, so ranges must be taken afresh after each paint. */
  readonly mutates: boolean;
  /** Replaces what is painted for `kind`. An empty list clears it. */
  paint(kind: PaintKind, ranges: Range[]): void;
  /** Removes everything this painter painted. */
  clear(): void;
}

export function createPainter(win: Window & typeof globalThis): Painter {
  return supportsCustomHighlights(win) ? customHighlightPainter(win) : wrappingPainter(win.document);
}
