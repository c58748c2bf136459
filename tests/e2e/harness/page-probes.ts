/**
 * What the tests read off a page, as strings to evaluate in it: the painted highlights (what a reader sees) and
 * whether each one lies inside the article.
 */
import { ENTITY_KINDS } from '../../../src/core/types';

export interface PaintedRange {
  text: string;
  /** True where the range lies inside the article's body or its visible headline. */
  inArticle: boolean;
}

/** Every `hamish-*` highlight in the page's registry, or the fallback's marks, by kind. */
export const READ_HIGHLIGHTS = `(() => {
  const inside = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && (el.closest('.bodyText, [itemprop=articleBody]') || el.closest('h1[itemprop=headline], h1.title:not(.hidden)')));
  };
  const out = {};
  if (globalThis.CSS && CSS.highlights) {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('hamish-')) continue;
      out[name.slice(7)] = [...h].map((r) => ({ text: r.toString(), inArticle: inside(r.commonAncestorContainer) }));
    }
  }
  for (const el of document.querySelectorAll('hamish-mark')) {
    const k = el.getAttribute('data-kind');
    (out[k] ??= []).push({ text: el.textContent, inArticle: inside(el) });
  }
  return out;
})()`;

export type Highlights = Record<string, PaintedRange[]>;

/** Resolves when the page has any highlight of ours, or after the timeout with whatever there is. */
export async function waitForHighlights(
  evaluate: <T>(fn: string) => Promise<T>,
  timeoutMs = 20_000,
): Promise<Highlights> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const h = await evaluate<Highlights>(READ_HIGHLIGHTS);
    if (Object.keys(h).length > 0 || Date.now() > until) return h;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Counts of highlighted strings, `text → n`, for the entity kinds. */
export function countTexts(h: Highlights, kinds: readonly string[] = ENTITY_KINDS): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of kinds)
    for (const r of h[k] ?? []) counts.set(`${k}|${r.text}`, (counts.get(`${k}|${r.text}`) ?? 0) + 1);
  return counts;
}
