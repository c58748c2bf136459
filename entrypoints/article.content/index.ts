import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messageListener, type Message } from '../../src/messaging/protocol';
import { startArticleSession } from '../../src/page/article-session';
import { ARTICLE_HOSTS } from '../../src/page/hosts';
import { readPins, readSettings, recordAppearances, watchPins, watchSettings } from '../../src/storage/items';
import { copyText } from '../../src/ui/actions';
import { citation } from '../../src/ui/citation';
import { resolveUiLang, t } from '../../src/ui/i18n';
import './highlights.css';

/** The browser's own language detector: its first language where it says it is sure. */
const detectLanguage = async (text: string): Promise<string | undefined> => {
  const result = await browser.i18n.detectLanguage(text);
  return result.isReliable ? result.languages[0]?.language : undefined;
};

export default defineContentScript({
  matches: [...ARTICLE_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const send = (message: Message) => browser.runtime.sendMessage(message);
    // On a page that looks like an article, the background readies its analysis while Readability reads the page.
    if (isProbablyReaderable(document)) void send({ type: 'prepareAnalysis' }).catch(() => undefined);
    const session = await startArticleSession({
      win: window,
      analyze: (article) => send({ type: 'analyzeArticle', article }),
      detectLanguage,
      send,
      storage: { readSettings, watchSettings, readPins, watchPins, recordAppearances },
      // The hover card speaks the reader's UI language and copies the same citation as the side panel.
      hover: {
        strings: (settings) => {
          const lang = resolveUiLang(settings.uiLang);
          return { lang, t: (key, subs) => t(lang, key, subs) };
        },
        cite: citation,
        copy: copyText,
      },
    });
    const listener = messageListener(browser.runtime.id, session.handlers);
    browser.runtime.onMessage.addListener(listener);
    await session.run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.run());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      session.destroy();
    });
  },
});
