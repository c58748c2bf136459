/**
 * The background's side of the hover card: the side panel opened at an item while the click's gesture lasts
 * (Chrome), the item left waiting where the browser refuses (Firefox's sidebar), taken once by the panel; and the
 * glossary's cards read once.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '../src/messaging/protocol';
import { panelItemHandlers } from '../src/panel-items';
import { CARDS } from './ui/fixtures';

const TAB = { id: 'me', tab: { id: 7, windowId: 3 } };
const ITEM = { kind: 'entity', key: 'nabih-berri' } as const;

function setup(browser: 'chrome' | 'firefox' | 'firefox, sidebar open') {
  const sent: Message[] = [];
  const open = vi.fn(() => Promise.resolve());
  const isOpen = vi.fn(async () => browser === 'firefox, sidebar open');
  const readCards = vi.fn(async () => CARDS);
  const handlers = panelItemHandlers(
    browser === 'chrome'
      ? { sidePanel: { open, setPanelBehavior: vi.fn() } }
      : { sidebarAction: { open: vi.fn(), toggle: vi.fn(), isOpen } },
    async (m) => void sent.push(m),
    readCards,
  );
  return { handlers, sent, open, isOpen, readCards };
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
    const { handlers, isOpen, sent } = setup('firefox');
    expect(await handlers.openPanelAt!({ type: 'openPanelAt', item: ITEM }, TAB)).toEqual({ opened: false });
    expect(isOpen).toHaveBeenCalledWith({ windowId: 3 });
    // No panel is told: a sidebar open in another window, following this tab, must not take it first.
    expect(sent).toEqual([]);
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 8 }, { id: 'me' })).toBeNull();
    expect(await handlers.takePanelItem!({ type: 'takePanelItem', tabId: 7 }, { id: 'me' })).toEqual(ITEM);
  });

  it('hands the item to a Firefox sidebar the reader has open already', async () => {
    const { handlers, sent } = setup('firefox, sidebar open');
    expect(await handlers.openPanelAt!({ type: 'openPanelAt', item: ITEM }, TAB)).toEqual({ opened: true });
    expect(sent).toEqual([{ type: 'panelItemWaiting', tabId: 7 }]);
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
