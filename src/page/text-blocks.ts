/**
 * The paragraphs of an extracted article: every piece of text it holds, cut where a block of the layout begins or
 * ends. Text outside a `p` or `li` is text all the same (a bare line in a `div`, the tail after a paragraph in a
 * `span`, a table cell); a block inside another ends the text before it and starts its own, so nothing is counted
 * twice. White space is collapsed the way `TextMap` collapses the live page, so each paragraph is found there
 * verbatim.
 */

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Elements that begin and end a block of text in a browser's default layout. */
export const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT ' +
    'TH THEAD TR UL'
  ).split(' '),
);

/** Elements whose text no reader reads: code, styles, and an inline SVG's titles and labels (icons). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

export interface TextBlock {
  text: string;
  /** All of its text is the text of links: an item of a list of headlines, not prose. */
  linked: boolean;
}

/** The blocks of text under `root`, in document order, each collapsed and none empty. */
export function textBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  let pieces: string[] = [];
  let unlinked = 0;
  const flush = () => {
    const text = collapse(pieces.join(''));
    if (text) out.push({ text, linked: unlinked === 0 });
    pieces = [];
    unlinked = 0;
  };
  const visit = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        pieces.push(data);
        if (!inLink) unlinked += data.replace(/\s+/g, '').length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      visit(child, inLink || tag === 'A');
      if (block) flush();
    }
  };
  visit(root, false);
  flush();
  return out;
}
