/**
 * The batch's throughput for `npm run bench`: articles a second on one core through exactly what a batch worker does
 * with a `{id, url, html}` line (parse the JSON, parse the page with jsdom, extract with Readability, analyse, write
 * the JSON line), against Readability alone on the same pages (parse the page, Readability's parse), timed in turn in
 * the same run. The pages (the seed and the demo pages) are taken one after another, round after round.
 */
import { Readability } from '@mozilla/readability';
import { annotateItem } from '../../src/cli/batch-record';
import { parsePage } from '../../src/cli/page-parser';
import { DEFAULT_URL } from '../../src/cli/read-article';
import { nodeResources } from '../../src/cli/resources';

export interface BatchFigures {
  pages: number;
  /** Articles a second on one core: the batch's whole work for a page record. */
  batchArticlesPerSecond: number;
  /** Articles a second on one core: jsdom's parse and Readability alone. */
  readabilityArticlesPerSecond: number;
}

type TimeTogether = (fns: (() => unknown)[], options?: { min?: number; budgetMs?: number }) => number[];

export function benchBatch(pages: { html: string }[], timeTogether: TimeTogether): BatchFigures {
  nodeResources(); // loaded once, as a worker does before its first record
  const lines = pages.map((p, i) => JSON.stringify({ id: i, url: DEFAULT_URL, html: p.html }));
  const batchRound = () => {
    lines.forEach((line, n) => {
      const out = annotateItem({ line, n });
      if (out.startsWith(`{"id":${n},"error"`)) throw new Error(`bench page ${n} gave no annotations: ${out}`);
    });
  };
  const readabilityRound = () => {
    for (const p of pages) {
      const page = parsePage(p.html, DEFAULT_URL);
      new Readability(page.document).parse();
      page.close();
    }
  };
  const [batchMs, readabilityMs] = timeTogether([batchRound, readabilityRound], { min: 5, budgetMs: 8000 });
  return {
    pages: pages.length,
    batchArticlesPerSecond: (1000 * pages.length) / batchMs,
    readabilityArticlesPerSecond: (1000 * pages.length) / readabilityMs,
  };
}
