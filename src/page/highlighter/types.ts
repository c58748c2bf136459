/** What every painter is, in a file of its own so the painters and the module that chooses one import it alike. */
import type { HighlightKind } from '../../core/types';

/** `flash` marks a jump for a moment; `jumped` stays, quieter, on the item jumped to until the next jump. */
export type PaintKind = HighlightKind | 'flash' | 'jumped';

export interface Painter {
  /** True where painting changes the page's DOM, so ranges must be taken afresh after each paint. */
  readonly mutates: boolean;
  /** Replaces what is painted for `kind`. An empty list clears it. */
  paint(kind: PaintKind, ranges: Range[]): void;
  /** Removes everything this painter painted. */
  clear(): void;
}
