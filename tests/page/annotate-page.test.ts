// @vitest-environment happy-dom
/**
 * The annotator keeps up with a page that changes under it: a re-render gets the highlights back, an article replaced
 * in place is read again, an article rendered after load is found, and its own painting never sets it off. happy-dom
 * has no CSS Custom Highlight API, so this runs the fallback painter, the one that changes the DOM.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoFixtures, fixtures } from '../../src/cli/fixtures';
import { readArticle } from '../../src/core/analyze';
import { nodeResources } from '../../src/cli/resources';
import { isAnnotated, type PageReport } from '../../src/messaging/protocol';
import { Annotator } from '../../src/page/annotate-page';
import type { Settings } from '../../src/storage/items';
import { annaharPage } from '../fixtures/pages/annahar-page';

const SETTINGS: Settings = {
  kinds: { person: true, place: true, organization: true, quote: false, vague: false, demonym: false },
  hidden: false,
} as Settings;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

const marks = () => [...document.querySelectorAll('hamish-mark')].map((m) => m.textContent);

async function until(probe: () => boolean, timeoutMs = 8000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) return false;
    await sleep(50);
  }
  return true;
}

describe('page/annotate-page', { timeout: 20_000 }, () => {
  let annotator: Annotator | undefined;
  const changes: PageReport[] = [];
  const titleOf = (r: PageReport | undefined) => (r && isAnnotated(r) ? r.annotations.title : undefined);
  let reads = 0;
  const make = (detectLanguage?: (text: string) => Promise<string | undefined>) => {
    changes.length = 0;
    reads = 0;
    annotator = new Annotator({
      win: window as unknown as Window & typeof globalThis,
      analyze: async (article) => (reads++, readArticle(article, nodeResources())),
      detectLanguage,
      onChange: (s) => changes.push(s),
    });
    annotator.applySettings(SETTINGS);
    return annotator;
  };
  afterEach(() => annotator?.destroy());

  const [a] = demoFixtures();
  const b = fixtures('ar')[1];

  it('paints once, and its own painting never sets it off again', async () => {
    load(annaharPage(a));
    const state = await make().run();
    expect(titleOf(state)).toBe(a.article.title);
    const painted = marks();
    expect(painted.length).toBeGreaterThan(0);
    // Nothing moves afterwards: no repaint set off by the marks it just made.
    let mutations = 0;
    const watcher = new MutationObserver((r) => (mutations += r.length));
    watcher.observe(document, { subtree: true, childList: true, characterData: true });
    await sleep(600);
    watcher.disconnect();
    expect(mutations).toBe(0);
    expect(reads).toBe(1);
    expect(marks()).toEqual(painted);
    expect(changes).toEqual([]);
  });

  it('paints again when the page re-renders its article', async () => {
    load(annaharPage(a));
    await make().run();
    const painted = marks();
    const body = document.querySelector('.bodyText')!;
    body.innerHTML = body.innerHTML.replace(/<\/?hamish-mark[^>]*>/g, '');
    expect(await until(() => marks().length === painted.length)).toBe(true);
    expect(marks()).toEqual(painted);
    expect(reads).toBe(1);
  });

  it('reads the page again when it replaces the article with another', async () => {
    load(annaharPage(a));
    await make().run();
    const next = new DOMParser().parseFromString(annaharPage(b), 'text/html');
    document.querySelector('article')!.replaceWith(document.importNode(next.querySelector('article')!, true));
    expect(await until(() => changes.length > 0)).toBe(true);
    expect(titleOf(changes[0])).toBe(b.article.title);
    expect(titleOf(annotator!.state)).toBe(b.article.title);
    expect(marks().length).toBeGreaterThan(0);
  });

  it('finds an article the page renders after load', async () => {
    load(annaharPage(a).replace(/<article[\s\S]*<\/article>/, '<article></article>'));
    expect(await make().run()).toBeNull();
    const full = new DOMParser().parseFromString(annaharPage(a), 'text/html');
    document.querySelector('article')!.replaceWith(document.importNode(full.querySelector('article')!, true));
    expect(await until(() => changes.length > 0)).toBe(true);
    expect(titleOf(changes[0])).toBe(a.article.title);
  });

  it('stops painting on destroy and does not react any more', async () => {
    load(annaharPage(a));
    await make().run();
    annotator!.destroy();
    expect(marks()).toEqual([]);
    document.querySelector('.bodyText')!.innerHTML += '<p>فقرة جديدة</p>';
    await sleep(400);
    expect(marks()).toEqual([]);
    expect(reads).toBe(1);
  });

  it('flashes a jump, then keeps a quiet mark on it until the next jump, through a repaint', async () => {
    load(annaharPage(a));
    const state = await make().run();
    const ann = isAnnotated(state) ? state.annotations : undefined;
    const [first, second] = ann!.mentions.filter((m) => m.kind === 'person');
    const kindMarks = (kind: string) =>
      [...document.querySelectorAll(`hamish-mark[data-kind=${kind}]`)].map((m) => m.textContent).join('');
    expect(annotator!.focus(first)).toBe(true);
    expect(kindMarks('flash')).toBe(first.text);
    expect(await until(() => kindMarks('jumped') === first.text, 3000)).toBe(true);
    expect(kindMarks('flash')).toBe('');
    annotator!.applySettings({ ...SETTINGS, kinds: { ...SETTINGS.kinds, place: false } });
    expect(kindMarks('jumped')).toBe(first.text);
    expect(annotator!.focus(second)).toBe(true);
    expect(kindMarks('jumped')).toBe('');
    expect(await until(() => kindMarks('jumped') === second.text, 3000)).toBe(true);
  });

  it('lists what it painted, in text order, each with live ranges over its own words', async () => {
    load(annaharPage(a));
    await make().run();
    const painted = annotator!.painted;
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.map((p) => p.item.start)).toEqual([...painted.map((p) => p.item.start)].sort((x, y) => x - y));
    for (const p of painted) {
      expect(p.ranges.map((r) => r.toString()).join('')).toBe(
        annotator!.annotations!.text.slice(p.item.start, p.item.end),
      );
      expect(SETTINGS.kinds[p.kind]).toBe(true);
    }
    annotator!.applySettings({ ...SETTINGS, hidden: true });
    expect(annotator!.painted).toEqual([]);
  });

  const frenchPage = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/french.html'), 'utf8');

  it('leaves an article in a language it does not read alone, and says which', async () => {
    load(frenchPage);
    expect(await make().run()).toEqual({ url: location.href, unreadLanguage: 'fr' });
    expect(reads).toBe(1); // the background says which language it is in
    expect(marks()).toEqual([]);
  });

  it('takes the browser detector as a second opinion, and reads on where it fails', async () => {
    load(annaharPage(a));
    expect(await make(async () => 'de').run()).toEqual({ url: location.href, unreadLanguage: 'de' });
    expect(marks()).toEqual([]);
    annotator!.destroy();
    load(annaharPage(a));
    const state = await make(() => Promise.reject(new Error('no detector here'))).run();
    expect(titleOf(state)).toBe(a.article.title);
  });
});
