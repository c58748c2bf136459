import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extras, injectScript, packageUrl } from '../src/browser';
import type { GlossaryIndex } from '../src/core/glossary-index';
import { GLOSSARY_ASSETS } from '../src/glossary/assets';
import { backgroundTagger } from '../src/background-tagger';
import { messageListener } from '../src/messaging/protocol';
import { syncRegistrations } from '../src/site-access';
import { updateSettings } from '../src/storage/items';

const POPUP_MENU = 'hamish-open-popup';

export default defineBackground(() => {
  const { action, menus, sidePanel, sidebarAction, mv2 } = extras();
  let index: Promise<GlossaryIndex> | undefined;
  const readIndex = () =>
    (index ??= fetch(packageUrl(GLOSSARY_ASSETS.index)).then((r) => r.json() as Promise<GlossaryIndex>));
  const tagger = backgroundTagger(
    readIndex,
    async (path) => new Uint8Array(await (await fetch(packageUrl(path))).arrayBuffer()),
  );

  browser.runtime.onMessage.addListener(
    messageListener(browser.runtime.id, {
      getGlossaryIndex: readIndex,
      tagArticle: ({ lang, text, blocks }) => tagger.tag(lang, text, blocks),
      // compromise is a file of its own, run in a tab only when its article is in English.
      loadEnglish: async (_m, sender) => {
        if (sender.tab?.id === undefined) return false;
        await injectScript(sender.tab.id, sender.frameId ?? 0, 'english.js');
        return true;
      },
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
