/**
 * The background's part in opening the side panel at an item from the page's hover card, and in reading the
 * glossary's cards for it. Chrome opens its side panel from a click in a content script when `sidePanel.open` is
 * called while the click's gesture lasts, so it is called before anything is awaited. Firefox opens its sidebar only
 * from the browser's own controls (the toolbar button, a menu, a shortcut): there the item waits, and the sidebar
 * takes it when the reader opens it.
 */
import type { Card } from './glossary/compile';
import type { Handlers, Message, PanelItem } from './messaging/protocol';
import type { BrowserExtras } from './browser';

export function panelItemHandlers(
  { sidePanel, sidebarAction }: Pick<BrowserExtras, 'sidePanel' | 'sidebarAction'>,
  send: (message: Message) => Promise<unknown>,
  readCards: () => Promise<Record<string, Card>>,
): Pick<Handlers, 'openPanelAt' | 'takePanelItem' | 'getCard'> {
  const waiting = new Map<number, PanelItem>();
  let cards: Promise<Record<string, Card>> | undefined;
  return {
    openPanelAt: ({ item }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { opened: false };
      waiting.set(tabId, item);
      let opening: Promise<void>;
      try {
        opening = sidePanel ? sidePanel.open({ tabId }) : sidebarAction ? sidebarAction.open() : Promise.reject();
      } catch (e) {
        opening = Promise.reject(e);
      }
      // A panel already open for the tab takes the item now.
      void send({ type: 'panelItemWaiting', tabId }).catch(() => undefined);
      return opening.then(
        () => ({ opened: true }),
        () => ({ opened: false }),
      );
    },
    takePanelItem: ({ tabId }) => {
      const item = waiting.get(tabId) ?? null;
      waiting.delete(tabId);
      return item;
    },
    getCard: async ({ key }) => {
      cards ??= readCards().catch((e) => {
        cards = undefined;
        throw e;
      });
      return Object.hasOwn(await cards, key) ? (await cards)[key] : null;
    },
  };
}
