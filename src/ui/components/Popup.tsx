import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { extras } from '../../browser';
import { coveredHost } from '../../page/hosts';
import { originPattern, requestSite, revokeSite } from '../../site-access';
import { clearHistory, importPins, readPins, updateSettings } from '../../storage/items';
import { download } from '../actions';
import { useCards } from '../cards';
import { focusSpan, useDocumentLang, useHistory, usePageState, usePins, useSettings, useTabId } from '../hooks';
import { dirOf, resolveUiLang, t } from '../i18n';
import { mentionsByEntity } from '../../core/mentions';
import { KindSwitches } from './KindSwitches';
import { Topbar } from './Topbar';
import { PinnedList } from './PinnedList';

export function Popup() {
  const settings = useSettings();
  const lang = resolveUiLang(settings.uiLang);
  useDocumentLang(lang);
  const pins = usePins();
  const cards = useCards();
  const history = useHistory();
  const tabId = useTabId();
  const view = usePageState(tabId);
  const [tabUrl, setTabUrl] = useState<string>();
  const [granted, setGranted] = useState<boolean>();
  const [notice, setNotice] = useState('');
  const host = tabUrl ? new URL(tabUrl).hostname : undefined;
  const origin = originPattern(tabUrl);

  useEffect(() => {
    if (tabId === undefined) return;
    void browser.tabs
      .get(tabId)
      .then((tab) => setTabUrl(tab.url))
      .catch(() => undefined);
  }, [tabId]);
  useEffect(() => {
    if (origin) void browser.permissions.contains({ origins: [origin] }).then(setGranted);
  }, [origin]);
  // Sites the manifest covers need no grant; any other site is the reader's to switch on and off.
  const builtIn = !!host && coveredHost(host);
  const switchSite = async () => {
    if (granted) await revokeSite(tabUrl);
    else if (!(await requestSite(tabUrl))) return;
    setGranted(!granted);
    if (tabId !== undefined) await browser.tabs.reload(tabId);
  };

  const onPage = mentionsByEntity(view.status === 'ready' ? view.state.annotations : undefined);
  const paused = !!host && settings.pausedSites.includes(host);

  const openPanel = async () => {
    const { sidePanel, sidebarAction } = extras();
    if (sidePanel) await sidePanel.open({ windowId: (await browser.windows.getCurrent()).id! });
    else await sidebarAction?.open();
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const added = await importPins(JSON.parse(await file.text()));
      setNotice(`${added} ${t(lang, 'imported')}`);
    } catch {
      setNotice(t(lang, 'importFailed'));
    }
  };

  return (
    <main class="popup" dir={dirOf(lang)} lang={lang}>
      <Topbar lang={lang} uiLang={settings.uiLang} />
      <div class="row">
        <button type="button" class="open-panel" onClick={() => void openPanel()}>
          {t(lang, 'openSidePanel')}
        </button>
        {origin && !builtIn && granted !== undefined && (
          <button type="button" class="site-access" onClick={() => void switchSite()}>
            {granted ? t(lang, 'disableSite') : t(lang, 'enableSite')}
          </button>
        )}
        {host && (builtIn || granted) && (
          <button
            type="button"
            class="pause"
            aria-pressed={paused}
            onClick={() =>
              void updateSettings((s) => ({
                ...s,
                pausedSites: paused ? s.pausedSites.filter((h) => h !== host) : [...s.pausedSites, host],
              }))
            }
          >
            {paused ? t(lang, 'resumeSite') : t(lang, 'pauseSite')}
          </button>
        )}
      </div>
      {paused && <p class="status">{t(lang, 'paused')}</p>}
      <KindSwitches lang={lang} settings={settings} />
      <section aria-labelledby="pinned-h">
        <h2 id="pinned-h">{t(lang, 'pinned')}</h2>
        <PinnedList
          lang={lang}
          pins={pins}
          cards={cards}
          onPage={onPage}
          history={history}
          onJump={(m) => tabId !== undefined && focusSpan(tabId, m)}
        />
        <div class="row pin-tools">
          <button
            type="button"
            class="export-pins"
            onClick={async () =>
              download(
                'hamish-pins.json',
                'application/json',
                JSON.stringify({ version: 1, pins: await readPins() }, null, 2),
              )
            }
          >
            {t(lang, 'exportPins')}
          </button>
          <label class="import-pins">
            {t(lang, 'importPins')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => void onImport((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </label>
          {Object.keys(history).length > 0 && (
            <button type="button" class="clear-history" onClick={() => void clearHistory()}>
              {t(lang, 'clearHistory')}
            </button>
          )}
        </div>
        {notice && (
          <p class="status" role="status">
            {notice}
          </p>
        )}
      </section>
    </main>
  );
}
