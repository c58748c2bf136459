/**
 * The built extension on hostile and odd pages (`tests/fixtures/hostile/pages.ts`), in real browsers. Each page is
 * opened twice side by side: at `localhost`, where the extension runs, and at `127.0.0.1`, where it does not. The
 * extension must paint what the page expects (see `Expectation`), and otherwise leave no trace: no error the page
 * without it does not have, the same layout, the same DOM mutations (the page's own), the same page state. Across
 * the whole run, no request may leave for anywhere but the test server and the extension's own package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePages, type Expectation, type HostilePage } from '../fixtures/hostile/pages';
import { foreignRequests, type ExtensionBrowser, type PageHandle } from './harness/browsers';
import { BROWSERS as ALL_BROWSERS, launchers, type BrowserName } from './harness/extension-pages';
import {
  counts,
  PROBE,
  READ_LAYOUT,
  READ_PAINTED,
  READ_PROBE,
  RUNS_DONE,
  type Layout,
  type Painted,
  type ProbeState,
} from './harness/hostile-probes';
import { startServer, type PageServer } from './harness/server';

const PAGES = hostilePages();
/** `HOSTILE_BROWSERS=chromium` runs one browser only. */
const BROWSERS = (process.env.HOSTILE_BROWSERS ?? ALL_BROWSERS.join(','))
  .split(',')
  .filter((b): b is BrowserName => b in launchers);
/** Pages in flight at once (each is two tabs): CI has two cores. */
const CONCURRENCY = Number(process.env.HOSTILE_CONCURRENCY ?? 3);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function limiter(n: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/** `a` without the items of `b`, as multisets. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const limit = limiter(CONCURRENCY);
  const baselines = new Map<string, Promise<Record<string, number>>>();

  beforeAll(async () => {
    server = await startServer(
      Object.fromEntries(PAGES.map((p) => [`/h/${p.id}`, { body: p.body, type: p.type, headers: p.headers }])),
    );
    browser = await launchers[name]();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(p: HostilePage, withExtension: boolean): Promise<PageHandle> {
    const page = await browser.newPage(1280, 900, { initScript: PROBE, ownWindow: true });
    await page.goto((withExtension ? server.url : server.controlUrl)(`/h/${p.id}`));
    return page;
  }

  const runsDone = (page: PageHandle) => page.evaluate<number>(RUNS_DONE).catch(() => 0);
  const painted = (page: PageHandle) => page.evaluate<Painted[]>(READ_PAINTED).catch(() => [] as Painted[]);

  /** Until the content script has finished `n` runs in the page, or the time is up. */
  async function waitForRuns(page: PageHandle, n: number, timeoutMs: number): Promise<number> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const done = await runsDone(page);
      if (done >= n || Date.now() > end) return done;
      await sleep(100);
    }
  }

  /** What the plain page of an article paints, measured once per run. */
  function baseline(id: string): Promise<Record<string, number>> {
    let b = baselines.get(id);
    if (!b) {
      b = (async () => {
        const p = PAGES.find((x) => x.id === id)!;
        const page = await open(p, true);
        await waitForRuns(page, 1, 20_000);
        const got = counts(await painted(page));
        await page.close();
        return got;
      })();
      baselines.set(id, b);
    }
    return b;
  }

  /** What is wrong with the painted highlights against an expectation; empty where nothing is. */
  async function problems(got: Painted[], e: Expectation): Promise<string[]> {
    const out: string[] = [];
    const outside = got.filter((p) => !p.inside);
    if (e === 'none') return got.length ? [`painted on a page that is no article: ${JSON.stringify(counts(got))}`] : [];
    if (outside.length) out.push(`painted outside the article: ${JSON.stringify(counts(outside))}`);
    if (e === 'any') return out;
    if (got.length === 0) out.push('painted nothing');
    if (e === 'inside') return out;
    const mine = counts(got);
    if ('same' in e) {
      const want = await baseline(e.same);
      if (JSON.stringify(mine) !== JSON.stringify(want))
        out.push(`not what ${e.same} paints: ${JSON.stringify({ got: mine, want })}`);
    } else {
      const want = await baseline(e.subsetOf);
      const extra = Object.keys(mine).filter((k) => !(k in want));
      if (extra.length) out.push(`painted what ${e.subsetOf} never paints: ${extra.join(', ')}`);
    }
    return out;
  }

  /** Polls until the highlights meet the expectation (the extension may repaint after the page changes). */
  async function settleTo(page: PageHandle, e: Expectation, timeoutMs: number): Promise<string[]> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const wrong = await problems(await painted(page), e);
      if (wrong.length === 0 || Date.now() > end) return wrong;
      await sleep(150);
    }
  }

  it.concurrent.each(PAGES.map((p) => [p.id, p] as const))(
    '%s',
    (_id, p) =>
      limit(async () => {
        const [control, ext] = await Promise.all([open(p, false), open(p, true)]);
        try {
          await Promise.all([sleep(p.settleMs ?? 0), p.quiet ? sleep(1500) : waitForRuns(ext, 1, 30_000)]);
          if (!p.quiet) expect(await runsDone(ext), 'the content script finished its run').toBeGreaterThanOrEqual(1);
          expect(await settleTo(ext, p.expect, 8_000), `${p.about}: after load`).toEqual([]);

          for (const [i, step] of (p.steps ?? []).entries()) {
            await Promise.all(
              [control, ext].map((page) => (step.click ? page.click(step.click) : page.evaluate(step.run!))),
            );
            expect(await settleTo(ext, step.expect, 8_000), `${p.about}: after step ${i + 1}`).toEqual([]);
          }
          // Let the last of the page's own changes land in both tabs.
          await sleep(400);

          const [layoutC, layoutE] = await Promise.all(
            [control, ext].map((page) => page.evaluate<Layout>(READ_LAYOUT)),
          );
          expect(layoutE.count, 'elements').toBe(layoutC.count);
          expect(layoutE.scroll, 'scroll size').toEqual(layoutC.scroll);
          expect(minus(layoutE.boxes, layoutC.boxes), 'boxes that moved').toEqual([]);

          const [probeC, probeE] = await Promise.all(
            [control, ext].map((page) => page.evaluate<ProbeState | null>(READ_PROBE)),
          );
          if (probeC && probeE) {
            expect(minus(probeE.mutations, probeC.mutations), 'mutations the page did not make').toEqual([]);
            expect(minus(probeC.mutations, probeE.mutations), 'mutations the page made only without us').toEqual([]);
            expect(minus(probeE.errors, probeC.errors), 'errors in the page').toEqual([]);
          }
          if (p.check) expect(await ext.evaluate(p.check), 'the page state').toEqual(await control.evaluate(p.check));
          const local = (s: string) => s.replaceAll('127.0.0.1', 'localhost');
          expect(minus(ext.errors.map(local), control.errors.map(local)), 'errors the browser reported').toEqual([]);
        } finally {
          await Promise.all([control.close(), ext.close()]);
        }
      }),
    120_000,
  );

  it('made no request beyond the test server and the extension package', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(browser, server.origins)).toEqual([]);
  });
});
