import type { Painter, PaintKind } from './types';

/** Claims (whole sentences) sit under quotes, quotes under names, so a name inside a quote shows as a name. */
const PRIORITY: Record<PaintKind, number> = {
  claims: 0,
  quote: 1,
  vague: 2,
  demonym: 3,
  place: 4,
  organization: 4,
  person: 4,
  jumped: 8,
  flash: 9,
};

export function supportsCustomHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/** One named highlight per kind (`hamish-person` …); only our own names are ever touched in the page's registry. */
export function customHighlightPainter(win: Window & typeof globalThis): Painter {
  const names = new Set<string>();
  return {
    mutates: false,
    paint(kind, ranges) {
      const name = `hamish-${kind}`;
      if (ranges.length === 0) {
        win.CSS.highlights.delete(name);
        names.delete(name);
        return;
      }
      const h = new win.Highlight(...ranges);
      h.priority = PRIORITY[kind];
      win.CSS.highlights.set(name, h);
      names.add(name);
    },
    clear() {
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
    },
  };
}
