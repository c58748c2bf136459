/** What the end-to-end tests share about the extension's own pages: waiting on them, and binding one to a tab. */
import { launchChromium, launchFirefox, type ExtensionBrowser, type PageHandle } from './browsers';

export const launchers = { chromium: launchChromium, firefox: launchFirefox };
export type BrowserName = keyof typeof launchers;
export const BROWSERS = Object.keys(launchers) as BrowserName[];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a page until `probe` returns something truthy, or the time is up (then it returns the last value). */
export async function until<T>(page: PageHandle, probe: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate<T>(probe);
    if (v || Date.now() > end) return v;
    await sleep(200);
  }
}

/**
 * An extension page (`sidepanel.html`, `popup.html`) speaking for the tab that shows `articleUrl`, in a window of
 * `size` (the popup's own is about 340 × 520 once its list scrolls).
 */
export async function pageForTab(
  browser: ExtensionBrowser,
  file: string,
  articleUrl: string,
  size: [number, number] = [420, 900],
): Promise<PageHandle> {
  const page = await browser.newPage(...size);
  await page.goto(browser.extensionUrl(file));
  const tabId = await page.evaluate<number>(
    `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((ts) => ts.find((t) => t.url === ${JSON.stringify(articleUrl)})?.id ?? -1)`,
  );
  if (tabId < 0) throw new Error(`no tab shows ${articleUrl}`);
  await page.goto(browser.extensionUrl(`${file}?tab=${tabId}`));
  return page;
}
