import { mentionsByEntity } from '../../core/mentions';
import { useCards } from '../cards';
import { focusSpan, useDocumentLang, useHistory, usePageState, usePins, useSettings, useTabId } from '../hooks';
import { dirOf, resolveUiLang, t } from '../i18n';
import { KindSwitches } from './KindSwitches';
import { PinnedList } from './PinnedList';
import { PinTools } from './PinTools';
import { SiteControls, useSiteAccess } from './SiteControls';
import { Topbar } from './Topbar';

/** The popup: this site's controls, the switches, and the pinned names with where they were seen. */
export function Popup() {
  const settings = useSettings();
  const lang = resolveUiLang(settings.uiLang);
  useDocumentLang(lang);
  const pins = usePins();
  const cards = useCards();
  const history = useHistory();
  const tabId = useTabId();
  const view = usePageState(tabId);
  const site = useSiteAccess(tabId);
  const onPage = mentionsByEntity(view.status === 'ready' ? view.state.annotations : undefined);
  const paused = !!site.host && settings.pausedSites.includes(site.host);

  return (
    <main class="popup" dir={dirOf(lang)} lang={lang}>
      <Topbar lang={lang} uiLang={settings.uiLang} />
      <SiteControls lang={lang} site={site} paused={paused} />
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
        <PinTools lang={lang} hasHistory={Object.keys(history).length > 0} />
      </section>
    </main>
  );
}
