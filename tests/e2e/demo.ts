/**
 * `npm run demo`: the built extension in a real Chromium on our demo articles (one Arabic, one English) set in
 * Annahar's layout. With a display it opens a window and waits; without one it runs headless, saves screenshots of
 * each highlighted page, its side panel and the popup to `demo-output/`, and prints what it found.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoFixtures } from '../../src/cli/fixtures';
import { launchChromium, type ExtensionBrowser } from './harness/browsers';
import { countTexts, READ_HIGHLIGHTS, waitForHighlights, type Highlights } from './harness/page-probes';
import { startServer } from './harness/server';

/** Where the screenshots go: `demo-output/`, or the folder after `--out` (the README's come from `--out docs`). */
const outArg = process.argv.indexOf('--out');
const OUT = resolve(outArg > 0 ? process.argv[outArg + 1] : resolve(import.meta.dirname, '../../demo-output'));
const headed = !!process.env.DISPLAY && !process.env.CI;

async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const probe = await browser.newPage(400, 300);
  await probe.goto(browser.extensionUrl('popup.html'));
  const id = await probe.evaluate<number>(
    `chrome.tabs.query({}).then((ts) => ts.find((t) => t.url === ${JSON.stringify(url)})?.id ?? -1)`,
  );
  await probe.close();
  return id;
}

async function main() {
  const server = await startServer();
  const browser = await launchChromium({ headless: !headed });
  const demos = demoFixtures();
  if (headed) {
    for (const f of demos) await (await browser.newPage()).goto(server.url(`/article/${f.id}`));
    console.log(
      `Chromium is open on ${demos.map((f) => server.url(`/article/${f.id}`)).join(' and ')}. Press Ctrl-C to stop.`,
    );
    await new Promise(() => undefined);
  }
  mkdirSync(OUT, { recursive: true });
  for (const f of demos) {
    const lang = f.article.lang ?? 'ar';
    const url = server.url(`/article/${f.id}`);
    const page = await browser.newPage();
    await page.goto(url);
    const highlights: Highlights = await waitForHighlights((fn) => page.evaluate(fn));
    await page.screenshot(`${OUT}/page-${lang}.png`);
    const panel = await browser.newPage(420, 1100);
    await panel.goto(browser.extensionUrl('popup.html'));
    // The UI speaks the article's language in each set of screenshots.
    await panel.evaluate(
      `chrome.storage.sync.get('settings').then((s) => chrome.storage.sync.set({ settings: { ...(s.settings ?? {}), uiLang: '${lang}' } }))`,
    );
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${await tabIdOf(browser, url)}`));
    await new Promise((r) => setTimeout(r, 800));
    await panel.screenshot(`${OUT}/sidepanel-${lang}.png`);
    // Pin the most salient name, so the popup shows a pin with its count on the page.
    await panel.evaluate(
      `(() => { const b = document.querySelector('.card .pin'); if (b && b.getAttribute('aria-pressed') !== 'true') b.click(); })()`,
    );
    const popup = await browser.newPage(340, 520);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${await tabIdOf(browser, url)}`));
    await new Promise((r) => setTimeout(r, 300));
    await popup.screenshot(`${OUT}/popup-${lang}.png`);
    const counts = countTexts(highlights);
    const quotes = (await page.evaluate<Highlights>(READ_HIGHLIGHTS)).quote?.length ?? 0;
    console.log(
      `\n${f.id} (${lang}): ${[...counts.values()].reduce((a, b) => a + b, 0)} names highlighted, ${quotes} quote ranges`,
    );
    for (const [key, n] of counts) console.log(`  ${key.replace('|', ': ')} ×${n}`);
    await Promise.all([page.close(), panel.close(), popup.close()]);
  }
  console.log(`\nScreenshots saved in ${OUT}`);
  await browser.close();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
