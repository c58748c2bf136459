/**
 * `npm run bench`: what Hamish costs a page, as ratios against Readability measured in the same run, so the figures
 * travel between machines. Not a test: nothing here fails on time.
 *
 * Node (happy-dom for the DOM), for the seed page (where present) and each demo page:
 * - Readability's own parse of the page, on a clone as the extension does, against our `analyze` of the extracted
 *   article, and their ratio;
 * - the same article repeated 1×, 4× and 16× (paragraphs repeated), measured in turn, and the ratio of times 16×/1×;
 * - the glossary: `loadGlossary` over the compiled index JSON the build ships, as the content script does;
 * - the gzipped size of the content script.
 * Chromium (where it and the build are present): the content script's own performance marks (extract, analyse, paint)
 * on the same pages, the analysis split by the background's own measure of it (`hamish:analysis`), against
 * Readability run in the page itself.
 *
 * Batch (`annotate --jsonl`, batch-throughput.ts): articles a second on one core through a batch worker's whole work
 * on a page record, against jsdom's parse and Readability alone, on the same pages in the same run.
 * Memory (extension-memory.ts, Chromium): the extension's process (background and pages) with a tab open on the seed
 * page, then with the side panel open too.
 *
 * `BENCH_CHROMIUM_ONLY=1` runs the Chromium table alone (its last line then holds only its two ratios), for working on
 * the cold path; `BENCH_NO_BROWSER=1` skips Chromium (the table and the memory).
 *
 * Every time is a median of repeated runs after warm-up. The last line is JSON:
 * `{"analyzeOverReadability", "scale16", "glossaryMs", "contentScriptGzBytes", "seedAnalyzeMs", …,
 * "batchArticlesPerSecond", "batchOverReadability", "extensionMemoryMB" (PSS with the side panel open),
 * "extensionMemoryTabOnlyMB" (the tab alone), "extensionMemoryUssMB" (USS with the side panel open: PSS shares the
 * browser's own pages among every Chromium running, so on a shared machine it moves with the others; USS does not)}`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { Window } from 'happy-dom';
import { analyze, assembleRecognizers, textContext, type Resources } from '../../src/core/analyze';
import { articleText } from '../../src/core/article-text';
import { MODEL_DIR } from '../../src/cli/resources';
import { englishRecognizer } from '../../src/core/entities/english';
import { decodeModel } from '../../src/core/entities/tagger/model';
import { taggerRecognizer } from '../../src/core/entities/tagger/recognizer';
import { detectLang } from '../../src/core/text/lang';
import { loadGlossary } from '../../src/core/entities/glossary';
import type { GlossaryIndex } from '../../src/core/glossary-index';
import type { Article } from '../../src/core/types';
import { demoFixtures, hasSeed, SEED_MISSING, SEED_PAGE } from '../../src/cli/fixtures';
import { GLOSSARY_ASSETS, MODEL_ASSETS } from '../../src/glossary/assets';
import { compileIndex } from '../../src/glossary/compile';
import { readEntries } from '../../src/glossary/load-node';
import { extractArticle } from '../../src/page/extract-article';
import { annaharPage } from '../fixtures/pages/annahar-page';
import { CHROMIUM, localBuild, OUTPUT } from '../e2e/harness/browsers';
import { contentScriptSizes } from '../e2e/harness/bundle-size';
import { benchBatch, type BatchFigures } from './batch-throughput';
import { benchExtensionMemory, type ExtensionMemory } from './extension-memory';

// ---------------------------------------------------------------------------------------------------------------
// Timing

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Collects garbage left by the previous measurement where Node exposes the collector (`--expose-gc`), so one
 * measurement does not pay for another's allocations. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Median milliseconds of one call of each function in the steady state: calls for `warmupMs` first (so the JIT has
 * settled; the cold first run is what the Chromium figures measure), then rounds, each function once in turn, until
 * `budgetMs` is spent (at least `min`, at most `max` rounds). Functions timed together are sampled in the same state
 * of the engine (the heap, the JIT's feedback), so their ratios say how they differ, not how that state drifted.
 */
function timeTogether(
  fns: (() => unknown)[],
  { warmupMs = 300, min = 15, max = 1000, budgetMs = 1500 } = {},
): number[] {
  collectGarbage();
  const warm = performance.now() + warmupMs;
  do for (const fn of fns) fn();
  while (performance.now() < warm);
  const samples: number[][] = fns.map(() => []);
  const end = performance.now() + budgetMs;
  while (samples[0].length < min || (samples[0].length < max && performance.now() < end)) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      fn();
      samples[i].push(performance.now() - t0);
    });
  }
  return samples.map(median);
}

/** Median milliseconds of one call of `fn` in the steady state (`timeTogether` of one). */
const time = (fn: () => unknown, options?: Parameters<typeof timeTogether>[1]): number =>
  timeTogether([fn], options)[0];

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x: number) => x.toFixed(2);

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

interface BenchPage {
  name: string;
  html: string;
}

function pages(): BenchPage[] {
  const out: BenchPage[] = [];
  if (hasSeed) out.push({ name: 'seed', html: readFileSync(SEED_PAGE, 'utf8') });
  else console.log(`(${SEED_MISSING})`);
  for (const f of demoFixtures()) out.push({ name: f.id, html: annaharPage(f) });
  return out;
}

function load(html: string): { doc: Document; close: () => void } {
  const window = new Window({
    url: 'https://www.annahar.com/article',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}

/** The compiled index the build ships (as the background hands it to the content script); compiled from the
 * sources where there is no build. */
function glossaryIndexJson(): { json: string; from: string } {
  const built = join(OUTPUT, 'chrome-mv3', GLOSSARY_ASSETS.index);
  if (existsSync(built)) return { json: readFileSync(built, 'utf8'), from: built };
  return { json: JSON.stringify(compileIndex(readEntries())), from: 'the sources (no build found)' };
}

// ---------------------------------------------------------------------------------------------------------------
// Node

interface PageFigures {
  name: string;
  paragraphs: number;
  chars: number;
  readabilityMs: number;
  extractMs: number;
  analyzeMs: number;
  /** The tagger alone over the article's context (part of analyze). */
  taggerMs: number;
  scale: [number, number, number];
}

function benchPage(p: BenchPage, resources: Resources): PageFigures | null {
  const { doc, close } = load(p.html);
  try {
    const article = extractArticle(doc);
    if (!article) {
      console.log(`(${p.name}: no article extracted, skipped)`);
      return null;
    }
    const readabilityMs = time(() => new Readability(doc.cloneNode(true) as Document).parse(), { budgetMs: 2000 });
    const extractMs = time(() => extractArticle(doc), { budgetMs: 2000 });
    const repeated = (k: number): Article => ({
      ...article,
      paragraphs: Array.from({ length: k }, () => article.paragraphs).flat(),
    });
    const analyzeMs = time(() => analyze(article, resources), { budgetMs: 2500 });
    const { text: body, blocks } = articleText(article);
    const lang = detectLang(article.lang, body);
    const ctx = textContext(body, blocks, lang, resources.glossary.givenNames);
    const tagger = resources.recognizers?.[lang]?.at(-1);
    const claimed = new Uint8Array(ctx.tokens.length);
    const taggerMs = tagger ? time(() => tagger(ctx, claimed), { budgetMs: 2000 }) : NaN;
    // The sizes in turn: their ratio then says how the cost grows, not how the engine's state drifted between them.
    const sizes = [1, 4, 16].map(repeated);
    const scale = timeTogether(
      sizes.map((a) => () => analyze(a, resources)),
      { min: 9, budgetMs: 6000 },
    ) as [number, number, number];
    const { text } = analyze(article, resources);
    return {
      name: p.name,
      paragraphs: article.paragraphs.length,
      chars: text.length,
      readabilityMs,
      extractMs,
      analyzeMs,
      taggerMs,
      scale,
    };
  } finally {
    close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium

interface ChromiumFigures {
  name: string;
  loads: number;
  extractMs: number;
  /** The article to the background and its annotations back, the background's analysis inside. */
  analyzeMs: number;
  /** Of `analyzeMs`: handing the article to the messaging (the language checks and the finding of the article on the page run after, while the background reads it). */
  sendMs: number;
  /** Of `analyzeMs`: the article's way to the background (its clone, the message, the worker's turn). */
  toWorkerMs: number;
  /** Of `analyzeMs`: `analyze` itself inside the background (its resources' wait aside). */
  workerAnalyzeMs: number;
  /** Of `analyzeMs`: the annotations' way back (their clone, the message, the page's turn). */
  backMs: number;
  paintMs: number;
  /** From the content script's start to the highlights: what a reader waits for. */
  totalMs: number;
  readabilityColdMs: number;
  readabilityWarmMs: number;
}

const MARKS = ['start', 'extracted', 'asked', 'analysed', 'painted'] as const;

/** The background's own measure of its last analysis (`hamish:analysis`), on the clock of the epoch, cleared for
 * the next page load; undefined where the worker has none. */
const WORKER_ANALYSIS = `(() => {
  const m = performance.getEntriesByName('hamish:analysis').at(-1);
  performance.clearMeasures('hamish:analysis');
  return m && { start: performance.timeOrigin + m.startTime, duration: m.duration };
})()`;

async function benchChromium(list: BenchPage[]): Promise<ChromiumFigures[] | string> {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(localBuild('chrome-mv3'), 'manifest.json'))) return 'no chrome-mv3-local build';
  const { launchChromium } = await import('../e2e/harness/browsers');
  const { startServer } = await import('../e2e/harness/server');
  const { waitForHighlights } = await import('../e2e/harness/page-probes');
  const readabilitySource = readFileSync(
    join(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'),
    'utf8',
  );
  const server = await startServer(Object.fromEntries(list.map((p) => [`/bench/${p.name}`, p.html])));
  const browser = await launchChromium();
  const out: ChromiumFigures[] = [];
  try {
    for (const p of list) {
      const runs: Record<string, number>[] = [];
      const cold: number[] = [];
      const warm: number[] = [];
      const loads = 7;
      for (let i = 0; i < loads + 1; i++) {
        const page = await browser.newPage();
        await page.goto(server.url(`/bench/${p.name}`));
        await waitForHighlights((fn) => page.evaluate(fn), 15_000);
        // The content script's marks land in the page's own performance timeline (and its time origin, to place the
        // worker's measure on the same clock).
        const marks = await page.evaluate<Record<string, number>>(`(() => {
          const out = { origin: performance.timeOrigin };
          for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('hamish:')) out[m.name.slice(7)] = m.startTime;
          return out;
        })()`);
        const inWorker = await browser.evaluateWorker?.<{ start: number; duration: number } | undefined>(
          WORKER_ANALYSIS,
        );
        // Readability itself, in the same page: the first parse (cold, as the content script's is) and warm ones.
        const r = await page.evaluate<{ cold: number; warm: number }>(`(() => {
          (0, eval)(${JSON.stringify(readabilitySource)});
          const once = () => { const t0 = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t0; };
          const cold = once();
          for (let i = 0; i < 5; i++) once();
          const warm = Array.from({ length: 15 }, once).sort((a, b) => a - b)[7];
          return { cold, warm };
        })()`);
        await page.close();
        if (i === 0) continue; // the first load also warms the browser's caches
        if (MARKS.some((m) => marks[m] === undefined))
          return `the content script left no performance marks on ${p.name} (got ${Object.keys(marks).join(', ') || 'none'})`;
        if (!inWorker) return `the background left no measure of its analysis on ${p.name}`;
        // The worker's analysis on the page's clock: when it began and ended after the page's time origin.
        const began = inWorker.start - marks.origin;
        runs.push({ ...marks, workerStart: began, workerEnd: began + inWorker.duration });
        cold.push(r.cold);
        warm.push(r.warm);
      }
      type Point = (typeof MARKS)[number] | 'workerStart' | 'workerEnd';
      const step = (a: Point, b: Point) => median(runs.map((m) => m[b] - m[a]));
      out.push({
        name: p.name,
        loads,
        extractMs: step('start', 'extracted'),
        analyzeMs: step('extracted', 'analysed'),
        sendMs: step('extracted', 'asked'),
        toWorkerMs: step('asked', 'workerStart'),
        workerAnalyzeMs: step('workerStart', 'workerEnd'),
        backMs: step('workerEnd', 'analysed'),
        paintMs: step('analysed', 'painted'),
        totalMs: step('start', 'painted'),
        readabilityColdMs: median(cold),
        readabilityWarmMs: median(warm),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** The Chromium table, or none where Chromium or the build is missing (said why). */
async function chromiumTable(list: BenchPage[]): Promise<ChromiumFigures[]> {
  const chromium = await benchChromium(list).catch((e: Error) => `Chromium failed: ${e.message}`);
  if (typeof chromium === 'string') {
    console.log(`\n(Chromium skipped: ${chromium})`);
    return [];
  }
  table(
    "Chromium: time to highlights, by the content script's performance marks, vs Readability's cold parse of the same page, medians over page loads in ms",
    [
      'page',
      'extract',
      'analyse',
      'send',
      'to worker',
      'in worker',
      'back',
      'paint',
      'total',
      'Readability cold',
      'warm',
      'total/R',
    ],
    chromium.map((c) => [
      c.name,
      ms(c.extractMs),
      ms(c.analyzeMs),
      ms(c.sendMs),
      ms(c.toWorkerMs),
      ms(c.workerAnalyzeMs),
      ms(c.backMs),
      ms(c.paintMs),
      ms(c.totalMs),
      ms(c.readabilityColdMs),
      ms(c.readabilityWarmMs),
      ratio(c.totalMs / c.readabilityColdMs),
    ]),
  );
  console.log(
    "(analyse = the article to the background and its annotations back, split into: handing it to the messaging (send), its way to the worker, analyze in the worker, the way back (two processes' clocks, good to about a millisecond); total = from the start to the highlights)",
  );
  return chromium;
}

/** The Chromium ratios of the last JSON line: the worst Arabic page's and the worst English page's total / R. */
function chromiumRatios(totals: ChromiumFigures[]) {
  const worst = (xs: number[]) => (xs.length ? Number(Math.max(...xs).toFixed(2)) : null);
  const over = (c: ChromiumFigures) => c.totalMs / c.readabilityColdMs;
  return {
    chromiumTotalOverReadability: worst(totals.filter((c) => !c.name.startsWith('en-')).map(over)),
    chromiumTotalOverReadabilityEn: worst(totals.filter((c) => c.name.startsWith('en-')).map(over)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Batch and memory

function batchTable(b: BatchFigures): void {
  table(
    `Batch (annotate --jsonl), one core, the ${b.pages} pages above in turn: articles a second`,
    ['work per article', 'articles/s'],
    [
      ['JSON line → jsdom → extract → analyze → JSON line', b.batchArticlesPerSecond.toFixed(1)],
      ['jsdom → Readability alone', b.readabilityArticlesPerSecond.toFixed(1)],
      ['batch / Readability alone', ratio(b.batchArticlesPerSecond / b.readabilityArticlesPerSecond)],
    ],
  );
}

/** The extension's memory, or null where Chromium or the build is missing (said why). */
async function memoryTable(list: BenchPage[]): Promise<ExtensionMemory | null> {
  const page = list.find((p) => p.name === 'seed') ?? list[0];
  const m = await benchExtensionMemory(page).catch((e: Error) => `failed: ${e.message}`);
  if (typeof m === 'string') {
    console.log(`\n(extension memory skipped: ${m})`);
    return null;
  }
  table(
    `Chromium: the extension's process (service worker and pages), a tab open on ${m.page}, MB after a collection (goal: under 60)`,
    ['state', 'PSS', 'USS', 'RSS', 'JS heap: worker', 'pages'],
    (
      [
        ['started, no page yet', m.started],
        ['tab open, highlights painted', m.background],
        ['and the side panel open', m.withPanel],
      ] as const
    ).map(([state, x]) => [state, x.pssMB, x.ussMB, x.rssMB, x.workerHeapMB, x.pagesHeapMB]),
  );
  return m;
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  if (process.env.BENCH_CHROMIUM_ONLY) {
    // While working on the cold path: the Chromium table and its two ratios alone, in a fraction of the time.
    console.log(JSON.stringify(chromiumRatios(await chromiumTable(pages()))));
    return;
  }
  const { json, from } = glossaryIndexJson();
  const parseMs = time(() => JSON.parse(json));
  const index = JSON.parse(json) as GlossaryIndex;
  const glossaryMs = time(() => loadGlossary(index), { min: 9, budgetMs: 2000 });
  const glossary = loadGlossary(index);
  // The rules, the glossary, compromise and the trained taggers, as the extension's background reads an article.
  const taggers = Object.fromEntries(
    Object.keys(MODEL_ASSETS).map((lang) => [
      lang,
      taggerRecognizer(decodeModel(readFileSync(join(MODEL_DIR, `model-${lang}.bin`))), glossary, nlp),
    ]),
  );
  const resources: Resources = {
    glossary,
    recognizers: assembleRecognizers({ english: englishRecognizer(nlp), taggers }),
  };

  const list = pages();
  const figures = list.map((p) => benchPage(p, resources)).filter((f): f is PageFigures => !!f);

  table(
    'Node (happy-dom): Readability on a clone vs our analysis of the extracted article, medians in ms',
    ['page', 'paragraphs', 'chars', 'Readability', 'extract', 'analyze', 'of it, tagger', 'analyze/R', 'tagger/R'],
    figures.map((f) => [
      f.name,
      f.paragraphs,
      f.chars,
      ms(f.readabilityMs),
      ms(f.extractMs),
      ms(f.analyzeMs),
      ms(f.taggerMs),
      ratio(f.analyzeMs / f.readabilityMs),
      ratio(f.taggerMs / f.readabilityMs),
    ]),
  );
  table(
    'Scaling: the article with its paragraphs repeated, analyze medians in ms, the three sizes measured in turn',
    ['page', '1×', '4×', '16×', '4×/1×', '16×/1×'],
    figures.map((f) => [
      f.name,
      ms(f.scale[0]),
      ms(f.scale[1]),
      ms(f.scale[2]),
      ratio(f.scale[1] / f.scale[0]),
      ratio(f.scale[2] / f.scale[0]),
    ]),
  );
  table(
    'Glossary (compiled index from ' + from + ')',
    ['step', 'ms'],
    [
      ['entries / forms', `${index.entries.length} / ${index.forms.length}`],
      ['JSON.parse of the index', ms(parseMs)],
      ['loadGlossary(index)', ms(glossaryMs)],
    ],
  );

  const batch = benchBatch(list, timeTogether);
  batchTable(batch);

  let contentScriptGzBytes = -1;
  try {
    const rows = ['chrome-mv3', 'firefox-mv2'].flatMap((target) => {
      try {
        return contentScriptSizes(target).map((s) => ({ target, ...s }));
      } catch {
        return [];
      }
    });
    contentScriptGzBytes = rows.filter((r) => r.target === 'chrome-mv3').reduce((s, r) => s + r.gzBytes, 0);
    table(
      'Content script size (budget: 60 kB gzipped on Arabic pages)',
      ['build / file', 'bytes', 'gzipped'],
      rows.map((r) => [`${r.target}/${r.file}`, r.bytes, r.gzBytes]),
    );
  } catch (e) {
    console.log(`\n(content script size: ${(e as Error).message})`);
  }

  const totals = process.env.BENCH_NO_BROWSER ? [] : await chromiumTable(list);

  const memory = process.env.BENCH_NO_BROWSER ? null : await memoryTable(list);

  const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
  const seed = figures.find((f) => f.name === 'seed');
  const round = (x: number, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
  console.log("\n(analyzeOverReadability and scale16 are the worst page's)");
  console.log(
    JSON.stringify({
      analyzeOverReadability: round(worst(figures.map((f) => f.analyzeMs / f.readabilityMs)), 3),
      scale16: round(worst(figures.map((f) => f.scale[2] / f.scale[0]))),
      glossaryMs: round(glossaryMs),
      contentScriptGzBytes: contentScriptGzBytes >= 0 ? contentScriptGzBytes : null,
      seedAnalyzeMs: seed ? round(seed.analyzeMs, 3) : null,
      seedTaggerMs: seed ? round(seed.taggerMs, 3) : null,
      taggerOverReadability: round(worst(figures.map((f) => f.taggerMs / f.readabilityMs)), 3),
      ...chromiumRatios(totals),
      batchArticlesPerSecond: round(batch.batchArticlesPerSecond, 1),
      batchOverReadability: round(batch.batchArticlesPerSecond / batch.readabilityArticlesPerSecond, 3),
      extensionMemoryMB: memory ? memory.withPanel.pssMB : null,
      extensionMemoryTabOnlyMB: memory ? memory.background.pssMB : null,
      extensionMemoryUssMB: memory ? memory.withPanel.ussMB : null,
    }),
  );
}

await main();
