/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core, Debian's Firefox ESR
 * through puppeteer-core over WebDriver BiDi. Both expose the same small surface to the tests and the demo.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { LOCAL_MODE } from '../../../src/page/hosts';

export const OUTPUT = resolve(import.meta.dirname, '../../../.output');
/** A build that also runs on local pages (`npm run build:local`): the one the browsers load, since the tests serve
 * their pages at `localhost`. The product builds in `OUTPUT/<target>` do not run there. */
export const localBuild = (target: string) => join(OUTPUT, `${target}-${LOCAL_MODE}`);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed extension UUID, so Firefox's extension pages have a known address. */
const FIREFOX_UUID = '6f1c2a8e-5b3d-4e7a-9c21-0d4b8e7f6a15';
const FIREFOX_ID = 'hamish@hamish.dev';

export interface PageHandle {
  /** With `recordScripts` (Chromium): the URLs of the scripts parsed in the page so far, the extension's included. */
  scripts?: string[];
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses a key on whatever has the focus (`Enter`, `Tab`). */
  press(key: string): Promise<void>;
  /** Moves the mouse to a point of the viewport, in CSS pixels (a real pointer: hover, then click where it is). */
  mouse(x: number, y: number, click?: boolean): Promise<void>;
  /**
   * Chromium only: what `prefers-color-scheme` the page sees. Firefox's WebDriver BiDi cannot emulate media features;
   * there the theme follows a profile preference set at launch.
   */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
  /** Uncaught errors and console errors of the page, its content scripts included where the browser reports them. */
  readonly errors: string[];
}

export interface NewPageOptions {
  /** A script run in the page's own world before any of its scripts, on every document it loads. */
  initScript?: string;
  /** A window of its own, so the page is never a background tab (Firefox throttles a background tab's timers). */
  ownWindow?: boolean;
  /** Chromium only: record the URL of every script the page's frames parse, in any world (see `scripts`). */
  recordScripts?: boolean;
}

/** A network request seen while the browser ran. */
export interface RecordedRequest {
  url: string;
  /** Who made it: the extension's service worker or background, one of its pages, a web page (the page itself or a
   * content script in it), or the browser as a whole (Firefox: whatever reached the recording proxy). */
  from: 'service-worker' | 'extension-page' | 'page' | 'browser';
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The URL of an extension page, e.g. `sidepanel.html?tab=3`. */
  extensionUrl(path: string): string;
  newPage(width?: number, height?: number, options?: NewPageOptions): Promise<PageHandle>;
  /** Every request recorded since launch (see `foreignRequests`). */
  readonly requests: RecordedRequest[];
  /** Chromium only: the JS heap of each of the extension's contexts (service worker, pages), after a collection. */
  extensionHeaps?(): Promise<ExtensionHeap[]>;
  /** Chromium only: evaluates an expression in the extension's service worker (the one running now). */
  evaluateWorker?<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export interface ExtensionHeap {
  /** `service_worker`, `page`, … as the DevTools protocol names a target. */
  type: string;
  url: string;
  /** The heap in use after a garbage collection, MB. */
  usedMB: number;
}

/** The recorded requests that went anywhere but `allowed` origins and the extension's own package. */
export function foreignRequests(browser: ExtensionBrowser, allowed: string[]): RecordedRequest[] {
  const own = new URL(browser.extensionUrl('')).origin;
  const ok = (url: string) => {
    if (/^(data|blob|about):/.test(url)) return true;
    const origin = new URL(url).origin;
    return origin === own || allowed.includes(origin);
  };
  return browser.requests.filter((r) => !ok(r.url));
}

export interface LaunchOptions {
  headless?: boolean;
  /** A profile folder to use and keep (a restart test launches twice on it); by default a fresh one, removed on close. */
  profile?: string;
  /** The browser's UI language (`en-US`, `ar`). */
  locale?: string;
}

export const newProfile = () => mkdtempSync(join(tmpdir(), 'hamish-profile-'));

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { chromium } = await import('playwright-core');
  const ext = localBuild('chrome-mv3');
  const profile = options.profile ?? newProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  // Every request of every context: pages (and the content scripts in them), extension pages, the service worker.
  const requests: RecordedRequest[] = [];
  context.on('request', (r) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      // a service worker's request has no frame
    }
    requests.push({
      url: r.url(),
      from: r.serviceWorker() ? 'service-worker' : frameUrl.startsWith('chrome-extension:') ? 'extension-page' : 'page',
    });
  });
  context.on('page', (p) =>
    p.on('websocket', (ws) =>
      requests.push({ url: ws.url(), from: p.url().startsWith('chrome-extension:') ? 'extension-page' : 'page' }),
    ),
  );
  // The worker may have started before we listen, and a busy machine may take a while: look, wait, look again.
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 90_000 }).catch(() => context.serviceWorkers()[0]);
  if (!worker) throw new Error('the extension did not start in Chromium (no service worker)');
  const id = new URL(worker.url()).host;
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    requests,
    extensionHeaps: () => extensionHeaps(context, `chrome-extension://${id}/`),
    evaluateWorker: async <T>(fn: string) => {
      // The worker may have been stopped and started again since launch: ask for the one running now.
      const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? worker;
      return (await current.evaluate(fn)) as T;
    },
    async newPage(width = 1280, height = 900, pageOptions: NewPageOptions = {}) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
      if (pageOptions.initScript) await page.addInitScript(pageOptions.initScript);
      await page.setViewportSize({ width, height });
      let scripts: string[] | undefined;
      if (pageOptions.recordScripts) {
        const cdp = await context.newCDPSession(page);
        const seen: string[] = (scripts = []);
        cdp.on('Debugger.scriptParsed', (e) => void (e.url && seen.push(e.url)));
        await cdp.send('Debugger.enable');
      }
      return {
        errors,
        scripts,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: false })),
        colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
        click: (selector) => page.click(selector),
        mouse: async (x, y, click) => {
          await page.mouse.move(x, y, { steps: 4 });
          if (click) await page.mouse.click(x, y);
        },
        // Keys go to the focused tab: the page comes to the front first.
        press: async (key) => {
          await page.bringToFront();
          await page.keyboard.press(key);
        },
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The heaps of the targets under `origin`, through a DevTools session of a blank page of our own: it attaches to each
 * target (the service worker has no page to open a session on) and speaks to it through `Target.sendMessageToTarget`.
 */
async function extensionHeaps(context: BrowserContext, origin: string): Promise<ExtensionHeap[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const replies = new Map<string, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id: number; result?: unknown };
      replies.get(`${e.sessionId}:${m.id}`)?.(m.result);
    });
    let n = 0;
    const send = (sessionId: string, method: string) =>
      new Promise<unknown>((ok) => {
        const msg = ++n;
        replies.set(`${sessionId}:${msg}`, ok);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: msg, method }) });
      });
    const { targetInfos } = await cdp.send('Target.getTargets');
    const out: ExtensionHeap[] = [];
    for (const t of targetInfos.filter((t) => t.url.startsWith(origin))) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      await send(sessionId, 'HeapProfiler.collectGarbage');
      const { usedSize } = (await send(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId });
      out.push({ type: t.type, url: t.url, usedMB: Math.round((usedSize / 2 ** 20) * 10) / 10 });
    }
    return out;
  } finally {
    await page.close();
  }
}

/**
 * A proxy that records and refuses every request sent to it. Firefox's extension background is out of WebDriver
 * BiDi's sight, so Firefox sends all its traffic here instead: whatever reaches it was headed off the machine.
 */
async function recordingProxy(record: (url: string) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`https://${req.url}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Firefox's own services, which talk to Mozilla whatever an extension does: switched off below where a preference
 * allows, and not the extension's where they still get through. */
const FIREFOX_OWN = /^https?:\/\/([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)(:\d+)?\//;

export async function launchFirefox(options: LaunchOptions & { target?: string } = {}): Promise<ExtensionBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const requests: RecordedRequest[] = [];
  const proxy = await recordingProxy((url) => void (FIREFOX_OWN.test(url) || requests.push({ url, from: 'browser' })));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless !== false,
    args: ['--remote-allow-system-access'],
    // A restart test's profile is kept: the add-on, installed again on the next launch with the same UUID (below),
    // finds its local storage there (claims e2e; a fresh profile there fails the test).
    ...(options.profile ? { userDataDir: options.profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // Everything but loopback goes through the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Remote settings would poll Mozilla all run long.
      'services.settings.server': 'http://127.0.0.1:9/v1',
    },
  });
  await browser.installExtension(localBuild(options.target ?? 'firefox-mv2'));
  return {
    name: 'firefox',
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    requests,
    async newPage(width = 1280, height = 900, pageOptions: NewPageOptions = {}) {
      const page = await browser.newPage(pageOptions.ownWindow ? { type: 'window' } : undefined);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message ?? String(e)}`));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
      page.on(
        'request',
        (r) =>
          void requests.push({
            url: r.url(),
            from: page.url().startsWith('moz-extension:') ? 'extension-page' : 'page',
          }),
      );
      if (pageOptions.initScript) await page.evaluateOnNewDocument(pageOptions.initScript);
      await page.setViewport({ width, height });
      return {
        errors,
        async goto(url) {
          if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
          // WebDriver BiDi reports no load event for extension pages: navigate, then wait for the document itself.
          await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
          await page.waitForFunction(
            (u: string) => location.href === u && document.readyState === 'complete',
            { timeout: 15_000 },
            url,
          );
        },
        evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        click: (selector) => page.click(selector),
        mouse: async (x, y, click) => {
          await page.mouse.move(x, y, { steps: 4 });
          if (click) await page.mouse.click(x, y);
        },
        // A chord (`Alt+Shift+KeyJ`) as Playwright takes it: the modifiers held while the last key is pressed.
        press: async (key) => {
          await page.bringToFront();
          type Key = Parameters<typeof page.keyboard.press>[0];
          const keys = key.split('+') as Key[];
          for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
          await page.keyboard.press(keys.at(-1)!);
          for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
        },
        close: () => page.close(),
      };
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
