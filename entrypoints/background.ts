import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extras, packageUrl } from '../src/browser';
import type { GlossaryIndex } from '../src/core/glossary-index';
import type { Card } from '../src/glossary/compile';
import { GLOSSARY_ASSETS } from '../src/glossary/assets';
import { backgroundAnalysis } from '../src/background-analysis';
import { messageListener, type Message } from '../src/messaging/protocol';
import { panelItemHandlers } from '../src/panel-items';
import { syncRegistrations } from '../src/site-access';
import { updateSettings } from '../src/storage/items';

const POPUP_MENU = 'hamish-open-popup';

export default defineBackground(() => {
  const { action, menus, sidePanel, sidebarAction, mv2 } = extras();
  const analysis = backgroundAnalysis({
    readIndex: () => fetch(packageUrl(GLOSSARY_ASSETS.index)).then((r) => r.json() as Promise<GlossaryIndex>),
    readFile: async (path) => new Uint8Array(await (await fetch(packageUrl(path))).arrayBuffer()),
  });

  browser.runtime.onMessage.addListener(
    messageListener(browser.runtime.id, {
      analyzeArticle: ({ article }) => analysis.analyze(article),
      prepareAnalysis: () => analysis.prepare(),
      // The hover card: glossary cards, and the side panel opened at an item.
      ...panelItemHandlers(
        { sidePanel, sidebarAction },
        (message: Message) => browser.runtime.sendMessage(message),
        () => fetch(packageUrl(GLOSSARY_ASSETS.cards)).then((r) => r.json() as Promise<Record<string, Card>>),
      ),
      setBadge: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        await action.setBadgeText({ tabId, text: count ? String(count) : '' });
        await action.setBadgeBackgroundColor({ tabId, color: '#8a3b00' });
      },
    }),
  );

  // The toolbar button opens the side panel (Chrome) or the sidebar (Firefox).
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else if (sidebarAction) {
    action.onClicked.addListener(() => void sidebarAction.toggle());
  }

  // The popup (switches and pinned entities) from the toolbar button's context menu.
  browser.runtime.onInstalled.addListener(() => {
    menus.create({
      id: POPUP_MENU,
      title: browser.i18n.getMessage('menuOpenPopup'),
      contexts: [mv2 ? 'browser_action' : 'action'],
    });
  });
  menus.onClicked.addListener(async (info) => {
    if (info.menuItemId !== POPUP_MENU) return;
    await action.setPopup({ popup: packageUrl('popup.html') });
    try {
      await action.openPopup();
    } finally {
      await action.setPopup({ popup: '' });
    }
  });

  // Sites the reader enabled from the popup: registered again at every start, and whenever a grant changes.
  void syncRegistrations();
  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void updateSettings((s) => ({ ...s, hidden: !s.hidden }));
  });
});
