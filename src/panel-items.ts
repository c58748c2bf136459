/**
 * The background's part in opening the side panel at an item from the page's hover card, and in reading the
 * glossary's cards for it. Chrome opens its side panel from a click in a content script when `sidePanel.open` is
 * called while the click's gesture lasts, so it is called before anything is awaited. Firefox opens its sidebar only
 * from the browser's own controls (the toolbar button, a menu, a shortcut): where the sidebar is open already it takes
 * the item at once; where not, the item waits, and the sidebar takes it when the reader opens it.
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
      let opening: Promise<unknown>;
      try {
        opening = sidePanel
          ? sidePanel.open({ tabId })
          : sidebarAction
            ? // Refused from a page's click; a sidebar the reader opened already is told below instead.
              sidebarAction.isOpen({ windowId: sender.tab?.windowId }).then((open) => open || Promise.reject())
            : Promise.reject();
      } catch (e) {
        opening = Promise.reject(e);
      }
      return opening.then(
        () => {
          // A panel open for the tab takes the item now; a panel opening takes it as it starts.
          void send({ type: 'panelItemWaiting', tabId }).catch(() => undefined);
          return { opened: true };
        },
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
