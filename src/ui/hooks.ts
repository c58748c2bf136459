/** Hooks the side panel and the popup share: stored items, and the annotations of a tab. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  isAnnotated,
  isMessage,
  type Message,
  type MessageOf,
  type PageReport,
  type PageState,
} from '../messaging/protocol';
import {
  DEFAULT_SETTINGS,
  readHistory,
  readPins,
  readSettings,
  watchHistory,
  watchPins,
  watchSettings,
  type Appearance,
  type Pin,
  type Settings,
} from '../storage/items';

/**
 * A stored item as state: its fallback until the stored value is read, then every change made anywhere (another
 * panel, the popup, another tab). `read` and `watch` come from `storage/items`, which sanitise what they hand over.
 */
export function useStored<T>(fallback: T, read: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): T {
  const [value, set] = useState<T>(fallback);
  useEffect(() => {
    void read().then(set);
    return watch(set);
  }, []);
  return value;
}

export const useSettings = (): Settings => useStored(DEFAULT_SETTINGS, readSettings, watchSettings);
export const usePins = (): Pin[] => useStored<Pin[]>([], readPins, watchPins);
export const useHistory = (): Record<string, Appearance[]> =>
  useStored<Record<string, Appearance[]>>({}, readHistory, watchHistory);

/** The tab the page speaks for: `?tab=` where given (a panel opened for one tab), else the active tab. */
export function useTabId(): number | undefined {
  const [id, set] = useState<number>();
  useEffect(() => {
    const param = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(param) && param > 0) return set(param);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => set(tab?.id));
    const onActivated = (info: { tabId: number }) => set(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return id;
}

export type PageView =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'unread'; language: string }
  | { status: 'ready'; state: PageState };

/** What the panel shows for a tab's report. */
function viewOf(report: PageReport): PageView {
  if (isAnnotated(report)) return { status: 'ready', state: report };
  return report ? { status: 'unread', language: report.unreadLanguage } : { status: 'none' };
}

/** The tab's annotations, kept current as the content script announces changes. */
export function usePageState(tabId: number | undefined): PageView {
  const [view, setView] = useState<PageView>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    setView({ status: 'loading' });
    const show = (report: PageReport) => setView(viewOf(report));
    browser.tabs
      .sendMessage(tabId, { type: 'getAnnotations' } satisfies Message)
      .then((s) => show((s as PageReport) ?? null))
      .catch(() => setView({ status: 'none' }));
    const listener = (msg: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (
        sender.id !== browser.runtime.id ||
        sender.tab?.id !== tabId ||
        !isMessage(msg) ||
        msg.type !== 'annotationsChanged'
      )
        return;
      show((msg as MessageOf<'annotationsChanged'>).state);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);
  return view;
}

/** Asks the tab to scroll to a span and flash it. */
export function focusSpan(tabId: number, span: { start: number; end: number }): void {
  void browser.tabs.sendMessage(tabId, { type: 'focusSpan', span } satisfies Message).catch(() => undefined);
}

/** Keeps the document's own language and direction with the UI's, for screen readers and the browser. */
export function useDocumentLang(lang: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
}
