import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Recognizer } from '../../src/core/entities/context';
import { loadGlossary, type Glossary } from '../../src/core/entities/glossary';
import { messageListener, type Message, type PageState } from '../../src/messaging/protocol';
import { Annotator } from '../../src/page/annotate-page';
import { ARTICLE_HOSTS } from '../../src/page/hosts';
import { pinnedCounts } from '../../src/page/pinned';
import {
  readPins,
  readSettings,
  recordAppearances,
  watchPins,
  watchSettings,
  type Settings,
} from '../../src/storage/items';
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

export default defineContentScript({
  matches: [...ARTICLE_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let glossary: Promise<Glossary> | undefined;
    let english: Promise<Recognizer[]> | undefined;
    const loadIndex = () =>
      (glossary ??= browser.runtime.sendMessage({ type: 'getGlossaryIndex' } satisfies Message).then(loadGlossary));
    // On a page that looks like an article, the index starts on its way now, while Readability reads the page.
    if (isProbablyReaderable(document)) void loadIndex().catch(() => undefined);
    const annotator = new Annotator({
      win: window,
      loadResources: async (lang) => ({
        glossary: await loadIndex(),
        // compromise is a file of its own, imported for English articles only: Arabic pages never load it.
        recognizers:
          lang === 'en'
            ? {
                en: await (english ??= loadEnglish().catch(
                  (e) => (console.warn('hamish: no English recogniser', e), []),
                )),
              }
            : undefined,
      }),
      // The page replaced its article after load (a client render, a late single-page navigation).
      onChange: (state) => void announce(state),
    });
    const send = (m: Message) => browser.runtime.sendMessage(m).catch(() => undefined);
    const isPaused = (s: Settings) => s.pausedSites.includes(location.hostname);

    // The badge counts pinned mentions; each pinned entity on the page adds this article to its history.
    const updatePins = async (record: boolean) => {
      const counts = pinnedCounts(
        annotator.state?.annotations,
        (await readPins()).map((p) => p.key),
      );
      void send({ type: 'setBadge', count: [...counts.values()].reduce((a, b) => a + b, 0) });
      const s = annotator.state;
      if (record && s)
        await recordAppearances(
          { url: s.url, title: s.annotations.title, site: s.site, published: s.published },
          counts,
        );
    };
    const announce = async (state: PageState | null) => {
      void send({ type: 'annotationsChanged', state });
      await updatePins(true);
    };
    let settings = await readSettings();
    const run = async () => announce(isPaused(settings) ? (annotator.destroy(), null) : await annotator.run());

    const listener = messageListener(browser.runtime.id, {
      getAnnotations: () => annotator.state,
      focusSpan: (m) => annotator.focus(m.span),
    });
    browser.runtime.onMessage.addListener(listener);
    const stops = [
      watchSettings((next) => {
        const pausedChanged = isPaused(next) !== isPaused(settings);
        settings = next;
        annotator.applySettings(next);
        if (pausedChanged) void run();
      }),
      watchPins(() => void updatePins(true)),
    ];

    annotator.applySettings(settings);
    await run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void run());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      stops.forEach((stop) => stop());
      annotator.destroy();
    });
  },
});
