/**
 * The extension APIs that differ between browsers, typed in one place: Firefox's sidebar and `menus`, Chrome's side
 * panel and `contextMenus`, MV2's `browserAction`; and URLs of files the build generates (which WXT's public-path
 * types cannot know).
 */
import { browser } from 'wxt/browser';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => void): void };

interface Action {
  onClicked: Listener<[]>;
  setPopup(details: { popup: string }): Promise<void>;
  openPopup(): Promise<void>;
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
}

interface Menus {
  create(props: { id: string; title: string; contexts: string[] }): void;
  onClicked: Listener<[{ menuItemId: string | number }]>;
}

export interface BrowserExtras {
  action: Action;
  menus: Menus;
  sidePanel?: {
    setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void>;
    open(o: { windowId?: number; tabId?: number }): Promise<void>;
  };
  sidebarAction?: {
    toggle(): Promise<void>;
    open(): Promise<void>;
    isOpen(details: { windowId?: number }): Promise<boolean>;
  };
  /** True on MV2, where the toolbar button lives under `browserAction`. */
  mv2: boolean;
}

export function extras(): BrowserExtras {
  const b = browser as unknown as Record<string, unknown>;
  return {
    action: (b.action ?? b.browserAction) as Action,
    menus: (b.menus ?? b.contextMenus) as Menus,
    sidePanel: b.sidePanel as BrowserExtras['sidePanel'],
    sidebarAction: b.sidebarAction as BrowserExtras['sidebarAction'],
    mv2: !b.action,
  };
}

/** The URL of a file in the extension's package, generated or not. */
export const packageUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(`/${path}`);
