/**
 * The article's headline. The page's own metadata comes first (JSON-LD `headline`, `og:title`, then Readability's
 * title and the document's): the first big heading is often the site's logo or section ("CNN", "Engadget", "Good
 * Morning America"). Each candidate is checked against the page: a title that carries the site's name (` | النهار`,
 * `Silicon Exposed: …`) gives it up, or gives up whatever stands beside a heading the page shows; a candidate that is
 * only the site's name is passed over, and one the page does not show is trusted last.
 */
import { collapse, textBlocks } from './text-blocks';
import { siteKey, type PageMetadata } from './page-metadata';

/** Where a page title joins the headline and the site's name: a bar, a dash, a colon, a bullet, a guillemet. */
const SEPARATOR = /\s+[-–—:]+\s+|\s*[|·•»]+\s*|:\s+/u;

/** The longest headline a page's metadata may give; past it the field holds a description. */
const MAX_CHARS = 300;

/** The candidate's parts between separators, each with the separators kept so that parts rejoin as written. */
function parts(title: string): string[] {
  const out: string[] = [];
  let rest = title;
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    if (m.index > 0) out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest);
  return out.map(collapse).filter(Boolean);
}

/**
 * The headline a page title holds: a heading of the page it contains between separators, else the title without
 * the site's name at either end.
 */
function trimSite(title: string, siteNames: Set<string>, headings: string[]): string {
  if (headings.includes(title)) return title;
  // A heading that is most of the title, not a section's name that happens to stand in it.
  const held = headings.find((h) => h.length * 2 >= title.length && heldBetweenSeparators(title, h));
  if (held) return held;
  const ps = parts(title);
  if (ps.length < 2) return title;
  let [from, to] = [0, ps.length];
  while (to - from > 1 && siteNames.has(siteKey(ps[to - 1]))) to--;
  while (to - from > 1 && siteNames.has(siteKey(ps[from]))) from++;
  if (from === 0 && to === ps.length) return title;
  // Rejoin what is left as the title wrote it, separators between the parts included.
  const start = title.indexOf(ps[from]);
  const end = title.lastIndexOf(ps[to - 1]) + ps[to - 1].length;
  return collapse(title.slice(start, end));
}

/** True where `heading` stands in `title` with nothing beside it but separators and whole parts. */
function heldBetweenSeparators(title: string, heading: string): boolean {
  const at = title.indexOf(heading);
  if (at < 0) return false;
  const before = title.slice(0, at);
  const after = title.slice(at + heading.length);
  const edge = new RegExp(`(${SEPARATOR.source})$`, 'u');
  return (!before || edge.test(before)) && (!after || new RegExp(`^(${SEPARATOR.source})`, 'u').test(after));
}

/** The texts of the page's headings: where a title's headline is checked against what the reader sees. */
function headingTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('h1, h2, [itemprop=headline]')].map((h) => collapse(h.textContent ?? ''));
}

/** The text of the page's blocks, one a line. */
function pageText(doc: Document): string {
  if (!doc.body) return '';
  return textBlocks(doc.body)
    .map((b) => b.text)
    .join('\n');
}

/** A heading that is the site's logo: only a link to the site's front page, or an image. */
function isLogo(h: Element): boolean {
  const text = collapse(h.textContent ?? '');
  const home = h.querySelector('a[href="/"], a[rel=home]');
  return !text || (!!home && collapse(home.textContent ?? '') === text);
}

/** The first `h1` that is neither the logo nor the site's name. */
function firstHeading(doc: Document, siteNames: Set<string>): string | undefined {
  const h1 = [...doc.querySelectorAll('h1')].find((h) => !isLogo(h) && !siteNames.has(siteKey(h.textContent ?? '')));
  return h1 ? collapse(h1.textContent ?? '') : undefined;
}

/**
 * The article's headline, or an empty string where the page gives none: the first of the page's own titles that the
 * page shows; where it shows none of them (a single-page site that replaced its article and kept the old metadata),
 * its first real heading; else the first title.
 */
export function chooseHeadline(doc: Document, meta: PageMetadata, readabilityTitle: string): string {
  const headings = headingTexts(doc);
  const titles = [...meta.headlines, readabilityTitle, doc.title]
    .map(collapse)
    .filter((c) => c && c.length <= MAX_CHARS)
    .map((c) => trimSite(c, meta.siteNames, headings))
    .filter((c) => !meta.siteNames.has(siteKey(c)));
  // A title a heading holds is shown: the page's whole text (a walk of every node) is read only where none is.
  let text: string | undefined;
  const isShown = (c: string) => headings.includes(c) || (text ??= pageText(doc)).includes(c);
  return titles.find(isShown) ?? firstHeading(doc, meta.siteNames) ?? titles[0] ?? '';
}
