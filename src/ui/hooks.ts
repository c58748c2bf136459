/** Hooks the side panel and the popup share: stored items, and the annotations of a tab. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage, type Message, type MessageOf, type PageState } from '../messaging/protocol';
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

export function useSettings(): Settings {
  const [s, set] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void readSettings().then(set);
    return watchSettings(set);
  }, []);
  return s;
}

export function usePins(): Pin[] {
  const [p, set] = useState<Pin[]>([]);
  useEffect(() => {
    void readPins().then(set);
    return watchPins(set);
  }, []);
  return p;
}

export function useHistory(): Record<string, Appearance[]> {
  const [h, set] = useState<Record<string, Appearance[]>>({});
  useEffect(() => {
    void readHistory().then(set);
    return watchHistory(set);
  }, []);
  return h;
}

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

export type PageView = { status: 'loading' } | { status: 'none' } | { status: 'ready'; state: PageState };

/** The tab's annotations, kept current as the content script announces changes. */
export function usePageState(tabId: number | undefined): PageView {
  const [view, setView] = useState<PageView>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    setView({ status: 'loading' });
    const show = (state: PageState | null) => setView(state ? { status: 'ready', state } : { status: 'none' });
    browser.tabs
      .sendMessage(tabId, { type: 'getAnnotations' } satisfies Message)
      .then((s) => show((s as PageState | null) ?? null))
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
