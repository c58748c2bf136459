// @vitest-environment happy-dom
/**
 * The content script's session on a page, with the extension's storage from WXT's fake browser and its messages
 * caught: it announces what it found, badges the pinned names and lists the article under them, stays off on a
 * paused site and comes back when resumed, repaints when a switch changes, answers the panel, and stops on destroy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { demoFixtures } from '../../src/cli/fixtures';
import { readArticle } from '../../src/core/analyze';
import { nodeResources } from '../../src/cli/resources';
import type { Message, MessageOf, PageState } from '../../src/messaging/protocol';
import { startArticleSession, type ArticleSession } from '../../src/page/article-session';
import {
  readHistory,
  readPins,
  readSettings,
  recordAppearances,
  togglePin,
  updateSettings,
  watchPins,
  watchSettings,
} from '../../src/storage/items';
import { annaharPage } from '../fixtures/pages/annahar-page';

const [fixture] = demoFixtures();
const sent: Message[] = [];
const marks = (kind?: string) => document.querySelectorAll(kind ? `hamish-mark[data-kind=${kind}]` : 'hamish-mark');
/** The states the session announced, in order (null: no article, or paused). */
const announced = () =>
  sent.filter((m): m is MessageOf<'annotationsChanged'> => m.type === 'annotationsChanged').map((m) => m.state);
const badges = () => sent.filter((m): m is MessageOf<'setBadge'> => m.type === 'setBadge').map((m) => m.count);
const pause = (paused: boolean) => updateSettings((s) => ({ ...s, pausedSites: paused ? [location.hostname] : [] }));

describe('page/article-session', { timeout: 20_000 }, () => {
  let session: ArticleSession | undefined;

  async function start(send: (m: Message) => Promise<unknown> = async (m) => void sent.push(m)) {
    session = await startArticleSession({
      win: window as unknown as Window & typeof globalThis,
      analyze: async (article) => readArticle(article, nodeResources()),
      send,
      storage: { readSettings, watchSettings, readPins, watchPins, recordAppearances },
    });
    return session;
  }

  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    document.open();
    document.write(annaharPage(fixture));
    document.close();
  });
  afterEach(() => session?.destroy());

  it('announces the article it painted, and a badge of zero while nothing is pinned', async () => {
    await (await start()).run();
    expect(announced().map((s) => (s as PageState).annotations.title)).toEqual([fixture.article.title]);
    expect(announced()[0]?.url).toBe(location.href);
    expect(marks().length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(badges()).toEqual([0]));
    expect(await readHistory()).toEqual({});
  });

  it('badges a name pinned while reading with its mentions, and lists the article under it', async () => {
    await (await start()).run();
    const state = announced()[0] as PageState;
    const named = state.annotations.entities.find((e) => e.glossary && e.mentions > 0)!;
    await togglePin({ key: named.key, kind: named.kind, names: named.names });
    await vi.waitFor(() => expect(badges().at(-1)).toBe(named.mentions));
    await vi.waitFor(async () =>
      expect((await readHistory())[named.key]).toEqual([
        expect.objectContaining({ url: state.url, title: fixture.article.title, count: named.mentions }),
      ]),
    );
  });

  it('stays off on a paused site, reads the page when resumed, and clears it when paused again', async () => {
    await pause(true);
    await (await start()).run();
    expect(announced()).toEqual([null]);
    expect(marks()).toHaveLength(0);
    await pause(false);
    await vi.waitFor(() =>
      expect((announced().at(-1) as PageState | undefined)?.annotations.title).toBe(fixture.article.title),
    );
    expect(marks().length).toBeGreaterThan(0);
    await pause(true);
    await vi.waitFor(() => expect(announced().at(-1)).toBeNull());
    expect(marks()).toHaveLength(0);
  });

  it('repaints when a switch changes, without reading the page again', async () => {
    await (await start()).run();
    expect(marks('person').length).toBeGreaterThan(0);
    await updateSettings((s) => ({ ...s, kinds: { ...s.kinds, person: false } }));
    await vi.waitFor(() => expect(marks('person')).toHaveLength(0));
    expect(marks('place').length).toBeGreaterThan(0);
    await updateSettings((s) => ({ ...s, hidden: true }));
    await vi.waitFor(() => expect(marks()).toHaveLength(0));
    expect(announced()).toHaveLength(1);
  });

  it('answers the panel: the annotations, and whether a span could be shown', async () => {
    const { handlers, run } = await start();
    const sender = { id: fakeBrowser.runtime.id };
    expect(await handlers.getAnnotations!({ type: 'getAnnotations' }, sender)).toBeNull();
    await run();
    const state = (await handlers.getAnnotations!({ type: 'getAnnotations' }, sender)) as PageState;
    expect(state.annotations.title).toBe(fixture.article.title);
    const mention = state.annotations.mentions[0];
    expect(await handlers.focusSpan!({ type: 'focusSpan', span: mention }, sender)).toBe(true);
  });

  it('carries on where no extension page listens', async () => {
    await (await start(() => Promise.reject(new Error('Receiving end does not exist')))).run();
    expect(marks().length).toBeGreaterThan(0);
  });

  it('stops following the storage on destroy, and leaves the page as it found it', async () => {
    await (await start()).run();
    session!.destroy();
    expect(marks()).toHaveLength(0);
    await pause(true);
    await updateSettings((s) => ({ ...s, pausedSites: [] }));
    await new Promise((r) => setTimeout(r, 300));
    expect(announced()).toHaveLength(1);
    expect(marks()).toHaveLength(0);
  });
});
