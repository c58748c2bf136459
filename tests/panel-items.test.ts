/**
 * The background's side of the hover card: the side panel opened at an item while the click's gesture lasts
 * (Chrome), the item left waiting where the browser refuses (Firefox's sidebar), taken once by the panel; and the
 * glossary's cards read once.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '../src/messaging/protocol';
import { panelItemHandlers } from '../src/panel-items';
import { CARDS } from './ui/fixtures';

const TAB = { id: 'me', tab: { id: 7 } };
const ITEM = { kind: 'entity', key: 'nabih-berri' } as const;

function setup(browser: 'chrome' | 'firefox') {
  const sent: Message[] = [];
  const open = vi.fn(() => Promise.resolve());
  // Firefox refuses: a message from a content script is no user action there.
  const sidebarOpen = vi.fn(() =>
    Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')),
  );
  const readCards = vi.fn(async () => CARDS);
  const handlers = panelItemHandlers(
    browser === 'chrome'
      ? { sidePanel: { open, setPanelBehavior: vi.fn() } }
      : { sidebarAction: { open: sidebarOpen, toggle: vi.fn() } },
    async (m) => void sent.push(m),
    readCards,
  );
  return { handlers, sent, open, sidebarOpen, readCards };
}

describe('panel-items', () => {
  it('opens Chrome’s side panel for the tab at once, before anything is awaited, and leaves the item for it', async () => {
    const { handlers, sent, open } = setup('chrome');
    const answer = handlers.openPanelAt!({ type: 'openPanelAt', item: ITEM }, TAB);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await answer).toEqual({ opened: true });
    expect(sent).toEqual([{ type: 'panelItemWaiting', tabId: 7 }]);
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 7 }, { id: 'me' })).toEqual(ITEM);
    // Taken once: a panel opened later starts at the top.
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 7 }, { id: 'me' })).toBeNull();
  });

  it('says where the browser will not open its sidebar, and keeps the item for when the reader opens it', async () => {
    const { handlers, sidebarOpen } = setup('firefox');
    expect(await handlers.openPanelAt!({ type: 'openPanelAt', item: ITEM }, TAB)).toEqual({ opened: false });
    expect(sidebarOpen).toHaveBeenCalled();
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 8 }, { id: 'me' })).toBeNull();
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 7 }, { id: 'me' })).toEqual(ITEM);
  });

  it('opens nothing for a message from no tab', async () => {
    const { handlers, open } = setup('chrome');
    expect(await handlers.openPanelAt!({ type: 'openPanelAt', item: ITEM }, { id: 'me' })).toEqual({ opened: false });
    expect(open).not.toHaveBeenCalled();
  });

  it('answers cards from the glossary read once, and null for a key it does not hold', async () => {
    const { handlers, readCards } = setup('chrome');
    expect(await handlers.getCard!({ type: 'getCard', key: 'nabih-berri' }, TAB)).toEqual(CARDS['nabih-berri']);
    expect(await handlers.getCard!({ type: 'getCard', key: 'rule:org:x' }, TAB)).toBeNull();
    expect(await handlers.getCard!({ type: 'getCard', key: 'constructor' }, TAB)).toBeNull();
    expect(readCards).toHaveBeenCalledTimes(1);
  });
});
