/**
 * Paints ranges by kind. The CSS Custom Highlight API leaves the page's DOM untouched, so its own scripts never see
 * us; where it is missing, whole tokens are wrapped in our own element and unwrapped again without a trace.
 */
import { customHighlightPainter, supportsCustomHighlights } from './custom-highlights';
import type { Painter } from './types';
import { wrappingPainter } from './wrap';

export type { PaintKind, Painter } from './types';

export function createPainter(win: Window & typeof globalThis): Painter {
  return supportsCustomHighlights(win) ? customHighlightPainter(win) : wrappingPainter(win.document);
}
