/**
 * Real pages in Node, read as a browser reads them. jsdom's HTML parser follows the standard's tree construction, as
 * Readability's own tests do; happy-dom (kept for the DOM unit tests) drops what follows a `<style>` inside an inline
 * `<svg>` and so loses whole articles. No script runs and nothing is fetched: the page is data.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** A parsed page and the way to let it go. */
export interface ParsedPage {
  document: Document;
  close(): void;
}

export function parsePage(html: string, url: string): ParsedPage {
  // The page's own console noise (CSS it cannot parse) is not ours to print.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}
