/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core, Debian's Firefox ESR
 * through puppeteer-core over WebDriver BiDi. Both expose the same small surface to the tests and the demo.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const OUTPUT = resolve(import.meta.dirname, '../../../.output');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed extension UUID, so Firefox's extension pages have a known address. */
const FIREFOX_UUID = '6f1c2a8e-5b3d-4e7a-9c21-0d4b8e7f6a15';
const FIREFOX_ID = 'hamish@hamish.dev';

export interface PageHandle {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The URL of an extension page, e.g. `sidepanel.html?tab=3`. */
  extensionUrl(path: string): string;
  newPage(width?: number, height?: number): Promise<PageHandle>;
  /** The tab id the extension knows a page by (the active tab's, asked from an extension page). */
  close(): Promise<void>;
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
  const ext = join(OUTPUT, 'chrome-mv3');
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
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const id = new URL(worker.url()).host;
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    async newPage(width = 1280, height = 900) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: false })),
        click: (selector) => page.click(selector),
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions & { target?: string } = {}): Promise<ExtensionBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless !== false,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(join(OUTPUT, options.target ?? 'firefox-mv2'));
  return {
    name: 'firefox',
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    async newPage(width = 1280, height = 900) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return {
        async goto(url) {
          if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
          // WebDriver BiDi reports no load event for extension pages: navigate, then wait for the document itself.
          await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
          await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 15_000 }, url);
        },
        evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        click: (selector) => page.click(selector),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
