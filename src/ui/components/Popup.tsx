import { browser } from 'wxt/browser';
import { extras } from '../../browser';
import { usePageState, usePins, useSettings, useTabId } from '../hooks';
import { browserUiLang, dirOf, t } from '../i18n';
import { KindSwitches } from './KindSwitches';
import { PinnedList } from './PinnedList';

export function Popup() {
  const lang = browserUiLang();
  const settings = useSettings();
  const pins = usePins();
  const view = usePageState(useTabId());
  const counts = new Map<string, number>();
  if (view.status === 'ready') for (const e of view.state.annotations.entities) counts.set(e.key, e.mentions);

  const openPanel = async () => {
    const { sidePanel, sidebarAction } = extras();
    if (sidePanel) await sidePanel.open({ windowId: (await browser.windows.getCurrent()).id! });
    else await sidebarAction?.open();
  };

  return (
    <main class="popup" dir={dirOf(lang)} lang={lang}>
      <h1 class="app-name">{t(lang, 'appName')}</h1>
      <button type="button" class="open-panel" onClick={() => void openPanel()}>
        {t(lang, 'openSidePanel')}
      </button>
      <KindSwitches lang={lang} settings={settings} />
      <section aria-labelledby="pinned-h">
        <h2 id="pinned-h">{t(lang, 'pinned')}</h2>
        <PinnedList lang={lang} pins={pins} counts={counts} />
      </section>
    </main>
  );
}
