/**
 * `eval-pages [DIR]`: Hamish over real saved pages, as a regression run. DIR holds one folder a page with
 * `source.html`, and where the suite gives them `url.txt`, `expected.html` (a reference extraction) and
 * `expected-metadata.json` (`title`, `readerable`); the default is Readability's own test pages in
 * `../shared/pages/readability`. For every page: no crash; the article gate agrees with the reference's verdict; the
 * extracted text against the reference's (word F1); the headline against the reference's title, on every page and on
 * the real ones (a page saved from a site, not a synthetic case); every mention's text is its span of the article.
 * The last line is the result as JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, unreadArticleLanguage } from '../core/analyze';
import { extractArticle } from '../page/extract-article';
import { collapse } from '../page/text-blocks';
import { parsePage } from './page-parser';
import { nodeResources } from './resources';

export const READABILITY_PAGES = resolve(import.meta.dirname, '../../../shared/pages/readability');

export interface PageResult {
  name: string;
  crashed?: string;
  /** The reference's verdict and ours: is this page an article? */
  expected: boolean;
  found: boolean;
  /** Word F1 of our text against the reference's extraction, where both have one. */
  textF1?: number;
  titleMatches?: boolean;
  /** Saved from a real site (the suite gives its address), not a synthetic case. */
  real: boolean;
  brokenSpans: number;
  unreadLanguage?: string;
}

/** Word-bag F1 of two texts (case-folded words of letters and digits). */
export function wordF1(a: string, b: string): number {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const [A, B] = [bag(a), bag(b)];
  let shared = 0;
  let total = 0;
  for (const [w, n] of A) shared += Math.min(n, B.get(w) ?? 0);
  for (const n of [...A.values(), ...B.values()]) total += n;
  return total ? (2 * shared) / total : 1;
}

/** A site's name after the headline, or before it, with the separator a page title puts between them. */
const SUFFIX = /^\s*[|\-–—:·•»]+\s*\S/u;
const PREFIX = /\S\s*[|\-–—:·•»]+\s*$/u;
const typographic = (s: string) => collapse(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * True where our headline is the reference's title, or that title with the site's name before or after it (`How to
 * Build a Terrarium | eHow`): Readability keeps such affixes where the page has no cleaner title, and we trim them.
 */
export function sameHeadline(reference: string, ours: string): boolean {
  const [ref, own] = [typographic(reference), typographic(ours)];
  if (!own) return !ref;
  if (ref === own) return true;
  const at = ref.indexOf(own);
  if (at < 0) return false;
  const before = ref.slice(0, at);
  const after = ref.slice(at + own.length);
  return (!before || PREFIX.test(before)) && (!after || SUFFIX.test(after));
}

const read = (dir: string, file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');

/** One page through extraction and analysis, compared with the reference where there is one. */
export function evalPage(dir: string, name: string): PageResult {
  const url = read(dir, 'url.txt').trim() || 'http://fakehost/test/page.html';
  const meta = JSON.parse(read(dir, 'expected-metadata.json') || '{}') as { title?: string; readerable?: boolean };
  const real = !!read(dir, 'url.txt').trim() && !url.includes('fakehost');
  const result: PageResult = { name, expected: meta.readerable ?? true, found: false, brokenSpans: 0, real };
  try {
    const page = parsePage(read(dir, 'source.html'), url);
    const article = extractArticle(page.document);
    page.close();
    result.found = !!article;
    if (!article) return result;
    result.unreadLanguage = unreadArticleLanguage(article);
    const reference = read(dir, 'expected.html');
    if (reference) {
      const ref = parsePage(reference, url);
      result.textF1 = wordF1(article.paragraphs.join(' '), collapse(ref.document.body?.textContent ?? ''));
      ref.close();
    }
    if (meta.title) result.titleMatches = sameHeadline(meta.title, article.title);
    if (result.unreadLanguage) return result;
    const a = analyze(article, nodeResources());
    result.brokenSpans = a.mentions.filter((m) => a.text.slice(m.start, m.end) !== m.text).length;
  } catch (e) {
    result.crashed = String(e).slice(0, 200);
  }
  return result;
}

export function evalPagesCommand(args: string[]): number {
  const dir = args[0] ?? READABILITY_PAGES;
  if (!existsSync(dir)) {
    console.log(`no pages at ${dir}: the real-page run is skipped`);
    return 0;
  }
  const results = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')))
    .sort()
    .map((n) => evalPage(join(dir, n), n));
  for (const r of results) {
    const flags = [
      r.crashed && `crashed: ${r.crashed}`,
      r.expected !== r.found && (r.found ? 'annotated, reference says not an article' : 'missed an article'),
      r.textF1 !== undefined && r.textF1 < 0.9 && `text F1 ${r.textF1.toFixed(2)}`,
      r.titleMatches === false && 'headline differs',
      r.brokenSpans && `${r.brokenSpans} broken spans`,
      r.unreadLanguage && `left alone (${r.unreadLanguage})`,
    ].filter(Boolean);
    if (flags.length) console.log(`  ${r.name.padEnd(40)} ${flags.join('; ')}`);
  }
  const withText = results.filter((r) => r.textF1 !== undefined);
  const titled = results.filter((r) => r.titleMatches !== undefined);
  const agreeing = (rs: PageResult[]) => `${rs.filter((r) => r.titleMatches).length}/${rs.length}`;
  const summary = {
    pages: results.length,
    crashed: results.filter((r) => r.crashed).length,
    verdictAgrees: results.filter((r) => r.expected === r.found).length,
    meanTextF1: +(withText.reduce((s, r) => s + r.textF1!, 0) / Math.max(1, withText.length)).toFixed(3),
    headlineAgrees: agreeing(titled),
    headlineAgreesReal: agreeing(titled.filter((r) => r.real)),
    brokenSpans: results.reduce((s, r) => s + r.brokenSpans, 0),
    leftAlone: results.filter((r) => r.unreadLanguage).length,
  };
  console.log(JSON.stringify(summary));
  return summary.crashed || summary.brokenSpans ? 1 : 0;
}
