/** The side panel opened at an item from the page's hover card: it takes the waiting item and shows it. */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage, type Message, type PanelItem } from '../messaging/protocol';

/**
 * Scrolls the panel to an entity's card or a quote and puts the focus on its first button, so the keyboard and a
 * screen reader land there too. False where the panel does not show it (a filtered list, a kind switched off).
 */
export function showPanelItem(item: PanelItem, doc: Document = document): boolean {
  const selector =
    item.kind === 'entity' ? `.card[data-key="${CSS.escape(item.key)}"]` : `[data-quote-start="${item.start}"]`;
  const target = doc.querySelector<HTMLElement>(selector);
  if (!target) return false;
  const details = target.closest('details');
  if (details) details.open = true;
  target.scrollIntoView({ block: 'center' });
  target.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  return true;
}

/** Once the tab's annotations are shown, takes the item waiting for this panel, now and whenever one is announced. */
export function usePanelItem(tabId: number | undefined, ready: boolean): void {
  useEffect(() => {
    if (tabId === undefined || !ready) return;
    const take = () =>
      void browser.runtime
        .sendMessage({ type: 'takePanelItem', tabId } satisfies Message)
        .then((item) => item && showPanelItem(item as PanelItem))
        .catch(() => undefined);
    take();
    const listener = (msg: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && isMessage(msg) && msg.type === 'panelItemWaiting' && msg.tabId === tabId)
        take();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId, ready]);
}
