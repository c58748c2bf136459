/**
 * What the side panel's Claims view needs besides the core: the article's notes as state, and the one-click links a
 * reader may open (the extension itself requests nothing; the browser opens a link only when the reader clicks it).
 */
import { readNotes, watchNotes } from '../storage/items';
import type { ClaimNote } from '../core/claims/desk';
import { useStored } from './hooks';

/** The desk's notes on the article at `url`, kept current as they change anywhere. */
export const useNotes = (url: string): ClaimNote[] =>
  useStored<ClaimNote[]>(
    [],
    () => readNotes(url),
    (cb) => watchNotes(url, cb),
  );

/** A search query of at most `words` words of the text: enough to find a claim, short enough for a search box. */
function firstWords(text: string, words: number): string {
  return text.trim().split(/\s+/).slice(0, words).join(' ');
}

/** The Wayback Machine's save-page address for the article, where it is a web page. */
export function archiveLink(url: string): string | undefined {
  return /^https?:\/\//.test(url) ? `https://web.archive.org/save/${url}` : undefined;
}

/** Google's Fact Check Explorer, searching earlier fact-checks of the claim's words, in the article's language. */
export const factCheckLink = (text: string, lang: string) =>
  `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(firstWords(text, 14))};hl=${lang}`;

/** A web search for the claim's exact words. */
export const exactSearchLink = (text: string) =>
  `https://duckduckgo.com/?q=${encodeURIComponent(`"${firstWords(text, 24)}"`)}`;
