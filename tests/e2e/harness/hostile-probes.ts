/**
 * What the hostile-page suite reads off a page, as strings evaluated in it. `PROBE` is installed in the page's own
 * world before any of its scripts (an init script), so it sees every DOM mutation from the parser on; the rest are
 * read once the page and the extension have settled, on the page with the extension and on the same page without it.
 */

/** Records DOM mutations once the document is parsed (as a set of descriptions: kind, where, what) and errors. Mutations of our
 * fallback's `<hamish-mark>` elements are counted apart: they are the one change the extension may make. */
export const PROBE = `(() => {
  if (window.__hostileProbe) return;
  window.__hostileProbe = true;
  const h = (window.__hostile ??= {});
  h.log ??= [];
  h.errors = [];
  h.mutations = new Set();
  h.ours = 0;
  const MAX = 5000;
  const path = (n) => {
    const parts = [];
    for (let x = n, d = 0; x && d < 12; x = x.parentNode, d++) {
      if (x.nodeType === 9) { parts.push('#document'); break; }
      parts.push(x.nodeType === 1 ? x.nodeName + (x.id ? '#' + x.id : '') : x.nodeName);
    }
    return parts.reverse().join('>');
  };
  const names = (list) => [...list].map((n) => n.nodeName).join(',');
  const isOurs = (n) => !!n && (n.nodeName === 'HAMISH-MARK' || !!(n.nodeType === 1 ? n : n.parentElement)?.closest?.('hamish-mark'));
  const start = () => new MutationObserver((records) => {
    for (const r of records) {
      if (isOurs(r.target) || [...r.addedNodes, ...r.removedNodes].some(isOurs)) { h.ours++; continue; }
      if (h.mutations.size >= MAX) continue;
      h.mutations.add(r.type + ' ' + path(r.target) + (r.attributeName ? ' @' + r.attributeName : '') + ' +[' + names(r.addedNodes) + '] -[' + names(r.removedNodes) + ']');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // From the end of parsing on: how the parser delivers the document's own nodes varies from load to load.
  const begin = () => { try { start(); } catch (e) { h.errors.push('probe: ' + e.message); } };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, capture: true });
  else begin();
  addEventListener('error', (e) => { if (e instanceof ErrorEvent) h.errors.push('error: ' + e.message); }, true);
  addEventListener('unhandledrejection', (e) => h.errors.push('rejection: ' + (e.reason && e.reason.message || e.reason)));
})()`;

export interface ProbeState {
  mutations: string[];
  ours: number;
  errors: string[];
  log: string[];
}

/** The probe's records, or null where it never ran (a sandboxed page runs no script of its own). */
export const READ_PROBE = `(() => {
  const h = window.__hostile;
  if (!h || !h.mutations) return null;
  return { mutations: [...h.mutations].sort(), ours: h.ours, errors: h.errors, log: h.log };
})()`;

export interface Painted {
  kind: string;
  text: string;
  /** Inside the article (`[data-hostile-article]`). */
  inside: boolean;
}

/** Every visible `hamish-*` highlight (collapsed ranges paint nothing and are left out), and the fallback's marks. */
export const READ_PAINTED = `(() => {
  const inside = (n) => { const el = n && (n.nodeType === 1 ? n : n.parentElement); return !!(el && el.closest('[data-hostile-article]')); };
  const out = [];
  if (globalThis.CSS && CSS.highlights) {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('hamish-') || name === 'hamish-flash') continue;
      for (const r of h) if (!r.collapsed) out.push({ kind: name.slice(7), text: r.toString().replace(/\\s+/g, ' ').trim(), inside: inside(r.commonAncestorContainer) });
    }
  }
  for (const el of document.querySelectorAll('hamish-mark')) out.push({ kind: el.getAttribute('data-kind'), text: el.textContent.replace(/\\s+/g, ' ').trim(), inside: inside(el) });
  return out;
})()`;

/** Element boxes (a sample of at most 3 000 elements, spread over the document) and the document's scroll size. */
export const READ_LAYOUT = `(() => {
  const all = document.getElementsByTagName('*');
  const step = Math.max(1, Math.ceil(all.length / 3000));
  const boxes = [];
  const r2 = (v) => Math.round(v * 2) / 2;
  for (let i = 0; i < all.length; i += step) {
    const b = all[i].getBoundingClientRect();
    boxes.push(all[i].nodeName + ' ' + [b.x, b.y, b.width, b.height].map(r2).join(','));
  }
  const root = document.documentElement;
  return { count: all.length, scroll: root ? [root.scrollWidth, root.scrollHeight] : [], boxes };
})()`;

export interface Layout {
  count: number;
  scroll: number[];
  boxes: string[];
}

/** How many runs of the content script have finished (its `hamish:done` performance marks). */
export const RUNS_DONE = `(() => { try { return performance.getEntriesByName('hamish:done').length; } catch (e) { return 0; } })()`;

/** `kind|text → count`, the form the suite compares highlights in. */
export function counts(painted: Painted[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of painted) out[`${p.kind}|${p.text}`] = (out[`${p.kind}|${p.text}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
