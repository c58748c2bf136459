/**
 * Mounts the side panel or the popup under happy-dom as the browser would open it for one tab: the page at
 * `?tab=`, the content script's answer to `getAnnotations` faked, the glossary's cards served from the package, and
 * storage from WXT's fake browser.
 */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Card } from '../../src/glossary/compile';
import type { Message, PageReport } from '../../src/messaging/protocol';

export interface Tab {
  /** What the tab's content script answers `getAnnotations` with (null: not an article). */
  state: PageReport;
  url?: string;
}

/** What the UI asked the tab, in order. */
export const sentToTab: Message[] = [];

/** Cards are fetched once per module, so a test file serves the same cards to every test. */
export function serveCards(cards: Record<string, Card>): void {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(cards)));
}

export async function mount(ui: VNode, tab: Tab): Promise<HTMLElement> {
  const { id } = await fakeBrowser.tabs.create({ url: tab.url ?? tab.state?.url });
  history.replaceState(null, '', `/?tab=${id}`);
  sentToTab.length = 0;
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, m: Message) => {
    sentToTab.push(m);
    return m.type === 'getAnnotations' ? tab.state : true;
  }) as never;
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(() => render(ui, root));
  return root;
}

export async function unmount(): Promise<void> {
  const root = document.body.firstElementChild;
  if (root) await act(() => render(null, root));
}

/** Clicks and lets Preact settle the state that follows. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}

/** The trimmed text of every element matching `selector` inside `root`. */
export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
