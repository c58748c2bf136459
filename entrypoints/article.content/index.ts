import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadGlossary, type Glossary } from '../../src/core/entities/glossary';
import { messageListener, type Message, type PageState } from '../../src/messaging/protocol';
import { Annotator } from '../../src/page/annotate-page';
import { ARTICLE_HOSTS } from '../../src/page/hosts';
import { readSettings, watchSettings } from '../../src/storage/items';
import './highlights.css';

export default defineContentScript({
  matches: [...ARTICLE_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let glossary: Promise<Glossary> | undefined;
    const annotator = new Annotator({
      win: window,
      loadResources: async () => ({
        glossary: await (glossary ??= browser.runtime.sendMessage({ type: 'getGlossaryIndex' } satisfies Message).then(loadGlossary)),
      }),
    });
    const announce = (state: PageState | null) =>
      browser.runtime.sendMessage({ type: 'annotationsChanged', state } satisfies Message).catch(() => undefined);

    const listener = messageListener(browser.runtime.id, {
      getAnnotations: () => annotator.state,
      focusSpan: (m) => annotator.focus(m.span),
    });
    browser.runtime.onMessage.addListener(listener);
    const unwatch = watchSettings((s) => annotator.applySettings(s));
    const run = async () => announce(await annotator.run());

    annotator.applySettings(await readSettings());
    await run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void run());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      unwatch();
      annotator.destroy();
    });
  },
});
