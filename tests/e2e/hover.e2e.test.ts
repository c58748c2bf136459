/**
 * The hover card in real Chromium and Firefox: a name answers the mouse with its card, placed off the text it
 * explains, with no element of the page moved; the keyboard's way in goes through the highlights and Escape closes;
 * a click on the card opens the side panel at the item (or, where the browser refuses, the card says how, and the
 * panel opened afterwards starts at the item); no accessibility violation with the card open; and the jump's quiet
 * mark stays after its flash.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoFixtures } from '../../src/cli/fixtures';
import { t } from '../../src/ui/i18n';
import type { ExtensionBrowser, PageHandle } from './harness/browsers';
import { BROWSERS, launchers, pageForTab, until } from './harness/extension-pages';
import { waitForHighlights } from './harness/page-probes';
import { startServer, type PageServer } from './harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PATH = `/article/${demoFixtures()[0].id}`;

/** Every element's box in the page, in document coordinates: what "moves no layout" compares. */
const BOXES = `(() => [...document.body.querySelectorAll('*')].map((e) => {
  const r = e.getBoundingClientRect();
  return [e.tagName, Math.round(r.left + scrollX), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)].join(',');
}))()`;

/** The first painted range of a kind scrolled to the window's middle, and its first line box. */
const LINE_OF = (kind: string) => `(() => {
  const r = [...CSS.highlights.get('hamish-${kind}')][0];
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = r.getClientRects()[0];
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString(), lines: [...r.getClientRects()].map((l) => [l.left, l.top, l.right, l.bottom]) };
})()`;

const SHADOW = `document.querySelector('hamish-hover')?.shadowRoot`;
const CARD = `(() => {
  const c = ${SHADOW}?.querySelector('.card');
  if (!c || c.hidden) return null;
  const b = c.getBoundingClientRect();
  return { heading: c.querySelector('.heading').textContent, label: c.querySelector('.label').textContent,
    note: c.querySelector('.note').hidden ? '' : c.querySelector('.note').textContent, dir: c.dir,
    box: [b.left, b.top, b.right, b.bottom] };
})()`;

type Line = [number, number, number, number];
const overlaps = (a: Line, b: Line) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

interface Card {
  heading: string;
  label: string;
  note: string;
  dir: string;
  box: Line;
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchers[name]();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // A test that fails leaves no tab behind showing the same article, which the next test's panel could pick up.
  const opened: PageHandle[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  async function article(): Promise<PageHandle> {
    const page = await browser.newPage(1280, 900, { ownWindow: true });
    opened.push(page);
    await page.goto(server.url(PATH));
    await waitForHighlights((fn) => page.evaluate(fn));
    return page;
  }

  /** Hovers the first highlight of a kind and waits for its card. */
  async function hover(page: PageHandle, kind: string) {
    const line = await page.evaluate<{ x: number; y: number; text: string; lines: Line[] }>(LINE_OF(kind));
    await page.mouse(line.x, line.y);
    const card = await until<Card | null>(page, CARD, 10_000);
    return { line, card };
  }

  it('a name answers the mouse with its card, off its text, and no element of the page moves', async () => {
    const page = await article();
    await page.evaluate(LINE_OF('person'));
    const before = await page.evaluate<string[]>(BOXES);
    const { line, card } = await hover(page, 'person');
    expect(card).not.toBeNull();
    expect(card!.label).toBe('Person');
    expect(card!.heading.length).toBeGreaterThan(0);
    expect(card!.dir).toBe('rtl');
    for (const l of line.lines) expect(overlaps(card!.box, l)).toBe(false);
    expect(await page.evaluate<string[]>(BOXES)).toEqual(before);
    expect(page.errors).toEqual([]);
  }, 60_000);

  it('Escape closes it; Alt+Shift+J brings the keyboard’s way in, through the highlights and back', async () => {
    const page = await article();
    await hover(page, 'place');
    await page.press('Escape');
    expect(await until<boolean>(page, `${CARD} === null`)).toBe(true);
    // Our one element stands after the page's body, and no element of the page took a tabindex.
    expect(await page.evaluate<string>(`document.body.nextElementSibling?.tagName`)).toBe('HAMISH-HOVER');
    expect(await page.evaluate<number>(`document.querySelectorAll('[tabindex]').length`)).toBe(
      await page.evaluate<number>(
        `fetch(location.href).then((r) => r.text()).then((html) => new DOMParser().parseFromString(html, 'text/html').querySelectorAll('[tabindex]').length)`,
      ),
    );
    await page.press('Alt+Shift+KeyJ');
    const first = await until<Card | null>(page, CARD);
    expect(first).not.toBeNull();
    expect(await page.evaluate<boolean>(`${SHADOW}.activeElement?.className === 'nav'`)).toBe(true);
    // The article reads right to left: the left arrow goes on.
    await page.press('ArrowLeft');
    expect(await until<boolean>(page, `${CARD}?.heading !== ${JSON.stringify(first!.heading)}`)).toBe(true);
    await page.press('Escape');
    expect(await until<boolean>(page, `${CARD} === null`)).toBe(true);
    expect(await page.evaluate<boolean>(`${SHADOW}.activeElement?.className === 'nav'`)).toBe(true);
    await page.press('Escape');
    expect(await until<boolean>(page, `!${SHADOW}.activeElement`)).toBe(true);
  }, 60_000);

  it('has no accessibility violation with the card open', async () => {
    const page = await article();
    await hover(page, 'person');
    await page.evaluate(`${AXE}; undefined`);
    const violations = await page.evaluate<string[]>(
      `axe.run({ include: [['hamish-hover']] }, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(' | ')))`,
    );
    expect(violations).toEqual([]);
  }, 60_000);

  it('a click on the card opens the side panel at the item, or says how and leaves the item for the panel', async () => {
    // An extension page to look from, opened first: a tab opened after the click would become the active tab, and
    // the panel follows the active tab.
    const helper = await browser.newPage(420, 600);
    opened.push(helper);
    await helper.goto(browser.extensionUrl('popup.html'));
    const page = await article();
    const { card } = await hover(page, 'person');
    // A real click on the card, where the mouse is: the reader's own gesture.
    await page.mouse((card!.box[0] + card!.box[2]) / 2, card!.box[1] + 12, true);
    const note = await until<string>(page, `${CARD}?.note ?? ''`, 5_000);
    const focusedIn = (doc: string) =>
      `${doc}.activeElement?.closest('.card')?.querySelector('.card-name')?.textContent ?? ''`;
    if (note === '') {
      // The panel opened at the click (Chrome), or was open already (Firefox's sidebar, open since install): it took
      // the item and put the focus on its card.
      const views = `(globalThis.browser ?? globalThis.chrome).extension.getViews().filter((w) => w.location.pathname.endsWith('/sidepanel.html'))`;
      expect(await until<string[]>(helper, `${views}.map((w) => ${focusedIn('w.document')}).filter(Boolean)`)).toEqual([
        card!.heading,
      ]);
    } else {
      // Refused: the card says how to open it, and the panel opened afterwards starts at the item.
      expect(note).toBe(t('en', 'hoverOpenByButton'));
      const panel = await pageForTab(browser, 'sidepanel.html', server.url(PATH));
      opened.push(panel);
      expect(await until<string>(panel, focusedIn('document'))).toBe(card!.heading);
    }
  }, 90_000);

  it('after a jump from the panel, a quiet mark stays on the item once the flash is gone', async () => {
    const page = await article();
    const panel = await pageForTab(browser, 'sidepanel.html', server.url(PATH));
    opened.push(panel);
    await until(panel, `!!document.querySelector('.card .card-name')`);
    await panel.click('.card .card-name');
    const marks = `(() => { const f = CSS.highlights.get('hamish-flash'); const j = CSS.highlights.get('hamish-jumped'); return { flash: f ? f.size : 0, jumped: j ? [...j].map((r) => r.toString()).join('') : '' }; })()`;
    expect(await until<boolean>(page, `${marks}.flash > 0`, 5_000)).toBe(true);
    expect(await until<boolean>(page, `${marks}.flash === 0 && ${marks}.jumped.length > 0`, 5_000)).toBe(true);
  }, 60_000);
});
