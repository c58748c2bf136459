import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Recognizer } from '../../src/core/entities/context';
import { messageListener, type Message } from '../../src/messaging/protocol';
import { startArticleSession } from '../../src/page/article-session';
import { ARTICLE_HOSTS } from '../../src/page/hosts';
import { pageResources } from '../../src/page/resources';
import { readPins, readSettings, recordAppearances, watchPins, watchSettings } from '../../src/storage/items';
import './highlights.css';

/**
 * The English recogniser (`entrypoints/english.ts`, compromise inside): the background runs its script in this frame
 * for English articles only, and it leaves the recogniser on this world's global. Never bundled here.
 */
const loadEnglish = async (): Promise<Recognizer[]> => {
  await browser.runtime.sendMessage({ type: 'loadEnglish' } satisfies Message);
  const recognizer = (globalThis as { hamishEnglish?: Recognizer }).hamishEnglish;
  return recognizer ? [recognizer] : [];
};

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
    const resources = pageResources(
      () => browser.runtime.sendMessage({ type: 'getGlossaryIndex' } satisfies Message),
      loadEnglish,
    );
    // On a page that looks like an article, the index starts on its way now, while Readability reads the page.
    if (isProbablyReaderable(document)) resources.preload();
    const session = await startArticleSession({
      win: window,
      loadResources: resources.load,
      detectLanguage,
      send: (message) => browser.runtime.sendMessage(message),
      storage: { readSettings, watchSettings, readPins, watchPins, recordAppearances },
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
