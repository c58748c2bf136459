/**
 * The extension's memory in Chromium for `npm run bench`: a tab open on the seed page (a demo page without it), its
 * highlights painted, then the side panel open for that tab. Chromium runs an extension's service worker and its
 * pages in one renderer process of their own (`--extension-process`), so that process is the extension's pages and
 * background together. Its memory is read from /proc (Linux): PSS (shared pages divided among their users, the
 * figure that sums to the machine's use), USS (pages no other process holds) and RSS. The figure is taken after the
 * process has been quiet for a while, and the JS heaps of the service worker and the pages beside it (the DevTools
 * protocol's figures, after a collection), three times: just started (before any page, so nothing is read yet), with the
 * tab open (the glossary index and the models loaded, the article analysed), then with the side panel open too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchChromium, localBuild, type ExtensionBrowser } from '../e2e/harness/browsers';
import { pageForTab, until } from '../e2e/harness/extension-pages';
import { waitForHighlights } from '../e2e/harness/page-probes';
import { startServer } from '../e2e/harness/server';

export interface ProcessMemory {
  pssMB: number;
  ussMB: number;
  rssMB: number;
  /** The JS heap of the service worker, and of the extension's pages together, after a collection (MB). */
  workerHeapMB: number;
  pagesHeapMB: number;
}

export interface ExtensionMemory {
  page: string;
  /** The extension's process just started: its service worker's code evaluated (compromise with it), nothing read. */
  started: ProcessMemory;
  /** The extension's process with a tab open on the page (the background having analysed it). */
  background: ProcessMemory;
  /** The same with the side panel open for that tab: the extension's pages and background together. */
  withPanel: ProcessMemory;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The processes descending from `root`, by their parent links in /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent is the fourth field, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // a process that ended while we looked
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** A process's arguments. Chromium rewrites its children's command lines as one string, spaces between. */
const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch {
    return [];
  }
};

function processMemory(pid: number): Omit<ProcessMemory, 'workerHeapMB' | 'pagesHeapMB'> {
  const s = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
  const mb = (x: number) => Math.round((x / 1024) * 10) / 10;
  return {
    pssMB: mb(kb('Pss')),
    ussMB: mb(kb('Private_Clean') + kb('Private_Dirty')),
    rssMB: mb(kb('Rss')),
  };
}

/** The extension's renderer processes among this process's descendants (the browser that the harness launched). */
const extensionProcesses = () =>
  descendants(process.pid).filter((pid) => {
    const args = cmdline(pid);
    return args.includes('--type=renderer') && args.includes('--extension-process');
  });

/** The extension's one renderer process. Chromium may start it only once the service worker is first asked for
 * something, so the worker is woken and the process waited for (ten seconds at most). */
async function extensionProcess(browser: ExtensionBrowser): Promise<number> {
  await browser.evaluateWorker?.('0');
  let found = extensionProcesses();
  for (let i = 0; i < 20 && found.length === 0; i++, await sleep(500)) found = extensionProcesses();
  if (found.length !== 1) throw new Error(`expected one extension process, found ${found.length}`);
  return found[0];
}

/**
 * Memory once it has settled: the heaps after a collection, then the lowest of a few readings of the process a second
 * apart (the collection has returned what it could by then).
 */
async function settled(browser: ExtensionBrowser, pid: number, settleMs = 5000): Promise<ProcessMemory> {
  await sleep(settleMs);
  const heaps = (await browser.extensionHeaps?.()) ?? [];
  const heap = (worker: boolean) =>
    Math.round(heaps.filter((h) => (h.type === 'service_worker') === worker).reduce((s, h) => s + h.usedMB, 0) * 10) /
    10;
  const readings = [];
  for (let i = 0; i < 5; i++, await sleep(1000)) readings.push(processMemory(pid));
  const least = readings.reduce((a, b) => (b.pssMB < a.pssMB ? b : a));
  return { ...least, workerHeapMB: heap(true), pagesHeapMB: heap(false) };
}

export async function benchExtensionMemory(page: { name: string; html: string }): Promise<ExtensionMemory | string> {
  if (process.platform !== 'linux') return 'memory is read from /proc: Linux only';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(localBuild('chrome-mv3'), 'manifest.json'))) return 'no chrome-mv3-local build';
  const server = await startServer({ [`/memory/${page.name}`]: page.html });
  const browser = await launchChromium();
  try {
    const started = await settled(browser, await extensionProcess(browser));
    const url = server.url(`/memory/${page.name}`);
    const tab = await browser.newPage();
    await tab.goto(url);
    if (!Object.keys(await waitForHighlights((fn) => tab.evaluate(fn), 30_000)).length)
      return `no highlights on ${page.name}`;
    const pid = await extensionProcess(browser);
    const background = await settled(browser, pid);
    const panel = await pageForTab(browser, 'sidepanel.html', url);
    await until(panel, `document.querySelectorAll('.card .card-name').length > 0`, 30_000);
    if ((await extensionProcess(browser)) !== pid) return 'the side panel opened in a process of its own';
    const withPanel = await settled(browser, pid);
    return { page: page.name, started, background, withPanel };
  } finally {
    await browser.close();
    await server.close();
  }
}
