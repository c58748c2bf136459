/**
 * The fact-checker's desk in Chromium and Firefox: a status and a note given in the side panel's Claims view are there
 * again after the page is reloaded and the panel reopened, and after the browser is closed and opened again on the same
 * profile; when the page changes so that a claim's sentence is gone,
 * its note is listed as orphaned; the view, with a verdict, a note and an orphan in it, has no accessibility
 * violation (axe) in English or in Arabic.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/cli/fixtures';
import { annaharPage } from '../fixtures/pages/annahar-page';
import { newProfile, type ExtensionBrowser, type PageHandle } from './harness/browsers';
import { BROWSERS, launchers, pageForTab, until } from './harness/extension-pages';
import { waitForHighlights } from './harness/page-probes';
import { startServer, type PageServer, type ServedPage } from './harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURE = fixtures('ar').find((f) => f.id === 'ar-01-marjayoun-water')!;
const NOTE = 'the ministry counts 40 percent';

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const profile = newProfile();
  /** The article as the server serves it now: the test changes it to take a claim away. */
  const desk: ServedPage = { body: annaharPage(FIXTURE) };
  let page: PageHandle;

  beforeAll(async () => {
    server = await startServer({ '/desk': desk });
    browser = await launchers[name]({ profile });
    page = await browser.newPage();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function reload(): Promise<void> {
    await page.goto(server.url('/desk'));
    await waitForHighlights((fn) => page.evaluate(fn));
  }

  async function claimsPanel(): Promise<PageHandle> {
    const panel = await pageForTab(browser, 'sidepanel.html', server.url('/desk'));
    expect(await until<boolean>(panel, `document.querySelectorAll('.claims-section .claim select').length > 0`)).toBe(
      true,
    );
    return panel;
  }

  /** Sets a form field's value as a reader would, with the change event Preact listens for. */
  const set = (panel: PageHandle, selector: string, value: string) =>
    panel.evaluate(
      `(() => { const f = document.querySelector(${JSON.stringify(selector)}); f.value = ${JSON.stringify(value)}; f.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
    );

  it('keeps a status and a note through a reload and a browser restart, and lists a claim whose sentence is gone as orphaned', async () => {
    await reload();
    let panel = await claimsPanel();
    const first = await panel.evaluate<string>(`document.querySelector('.claim-text').textContent`);
    await set(panel, '.claim select', 'false');
    await until(panel, `document.querySelector('.claim').classList.contains('verdict-false')`);
    await set(panel, '.claim textarea', NOTE);
    await panel.close();

    await reload();
    panel = await claimsPanel();
    const kept = `document.querySelector('.claim select').value === 'false' && document.querySelector('.claim textarea').value === ${JSON.stringify(NOTE)} && document.querySelector('.claim-text').textContent === ${JSON.stringify(first)}`;
    expect(await until<boolean>(panel, kept)).toBe(true);
    await panel.close();

    // The browser is closed and opened again on the same profile: the notes are in its local storage.
    await page.close();
    await browser.close();
    browser = await launchers[name]({ profile });
    page = await browser.newPage();
    await reload();
    panel = await claimsPanel();
    expect(await until<boolean>(panel, kept)).toBe(true);
    await panel.close();

    // The page changes: the claim's sentence is taken out of its paragraph.
    const changed = FIXTURE.article.paragraphs.map((p) => p.replace(first, '').trim()).filter(Boolean);
    expect(changed.join(' ')).not.toContain(first);
    desk.body = annaharPage({ ...FIXTURE, article: { ...FIXTURE.article, paragraphs: changed } });
    await reload();
    panel = await claimsPanel();
    expect(await until<string>(panel, `document.querySelector('.orphaned q')?.textContent`)).toBe(first);
    expect(await panel.evaluate<string>(`document.querySelector('.orphaned .note').textContent`)).toBe(NOTE);
    await panel.close();
  }, 120_000);

  it('the Claims view has no accessibility violations, in English and in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const panel = await claimsPanel();
      await panel.evaluate(
        `(globalThis.browser ?? globalThis.chrome).storage.sync.get('settings').then((s) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ settings: { ...(s.settings ?? {}), uiLang: '${lang}' } }))`,
      );
      expect(
        await until<boolean>(
          panel,
          `document.querySelector('main')?.getAttribute('lang') === '${lang}' && !!document.querySelector('.orphaned q')`,
        ),
      ).toBe(true);
      await panel.evaluate(`${AXE}; undefined`);
      const violations = await panel.evaluate<string[]>(
        `axe.run({ include: [['.claims-section'], ['.switches']] }, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')))`,
      );
      expect(violations).toEqual([]);
      await panel.close();
    }
  }, 120_000);
});
