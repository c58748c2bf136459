import { useMemo, useState } from 'preact/hooks';
import { mentionsByEntity } from '../../core/mentions';
import type { Mention, Span } from '../../core/types';
import { useCards } from '../cards';
import { focusSpan, useDocumentLang, usePageState, usePins, useSettings, useTabId } from '../hooks';
import { dirOf, languageName, resolveUiLang, t, type UiLang } from '../i18n';
import { ArticleHead } from './ArticleHead';
import { ClaimsSection } from './ClaimsSection';
import { Count } from './Count';
import { EntitySection } from './EntitySection';
import { ExportMenu } from './ExportMenu';
import { KindSwitches } from './KindSwitches';
import { QuoteList } from './QuoteList';
import { SiteAccessButton, useSiteAccess, type SiteAccess } from './SiteControls';
import { usePanelItem } from '../open-at-item';
import { SummarySection } from './SummarySection';
import { Topbar } from './Topbar';

/**
 * Where each card's previous/next buttons stand among its entity's mentions: a step from a card not stepped yet
 * starts at the first mention (or the last, going back), and wraps around at either end.
 */
function useMentionSteps(byEntity: Map<string, Mention[]>, focus: (span: Span) => void) {
  const [cursor, setCursor] = useState<Record<string, number>>({});
  return (key: string, by: 1 | -1) => {
    const ms = byEntity.get(key) ?? [];
    if (!ms.length) return;
    const at = cursor[key];
    const i = at === undefined ? (by === 1 ? 0 : ms.length - 1) : (at + by + ms.length) % ms.length;
    setCursor({ ...cursor, [key]: i });
    focus(ms[i]);
  };
}

/**
 * Why the panel has nothing to show: Hamish is not on for the tab's site (with the button that turns it on), or the
 * page is no article.
 */
function NothingHere({ lang, site }: { lang: UiLang; site: SiteAccess }) {
  if (site.origin && !site.builtIn && site.granted === false)
    return (
      <div class="status not-enabled">
        <p>{t(lang, 'notEnabled', { SITE: site.host ?? '' })}</p>
        <SiteAccessButton lang={lang} site={site} />
      </div>
    );
  // Until the browser says whether the site is granted, nothing is claimed about the page.
  if (site.origin && !site.builtIn && site.granted === undefined) return null;
  return <p class="status">{t(lang, 'notArticle')}</p>;
}

/** How to keep the toolbar button in sight: browsers tuck a new extension's button away in a menu. */
function PinButtonHint({ lang }: { lang: UiLang }) {
  return (
    <details class="pin-hint">
      <summary>{t(lang, 'pinButtonHintTitle')}</summary>
      <p>{t(lang, 'pinButtonHint')}</p>
    </details>
  );
}

/**
 * The side panel: the tab's article, its summary, switches, exports, quotes by speaker, the claims to check and a card
 * for each name.
 */
export function SidePanel() {
  const settings = useSettings();
  const lang = resolveUiLang(settings.uiLang);
  useDocumentLang(lang);
  const tabId = useTabId();
  const view = usePageState(tabId);
  const site = useSiteAccess(tabId);
  const pins = usePins();
  const cards = useCards();
  const [filter, setFilter] = useState('');
  const byEntity = useMemo(
    () => mentionsByEntity(view.status === 'ready' ? view.state.annotations : undefined),
    [view],
  );
  const focus = (span: Span) => tabId !== undefined && focusSpan(tabId, span);
  const step = useMentionSteps(byEntity, focus);
  usePanelItem(tabId, view.status === 'ready');

  return (
    <main class="panel" dir={dirOf(lang)} lang={lang}>
      <Topbar lang={lang} uiLang={settings.uiLang} />
      {view.status === 'loading' && <p class="status">{t(lang, 'loading')}</p>}
      {view.status === 'none' && <NothingHere lang={lang} site={site} />}
      {view.status === 'unread' && (
        <p class="status unread-language">
          {t(lang, 'unreadLanguage', { LANGUAGE: languageName(lang, view.language) })}
        </p>
      )}
      {view.status === 'ready' && (
        <>
          <ArticleHead lang={lang} state={view.state} />
          <SummarySection lang={lang} annotations={view.state.annotations} onFocus={focus} />
          <KindSwitches lang={lang} settings={settings} />
          <ExportMenu lang={lang} state={view.state} />
          <section aria-labelledby="quotes-h">
            <h2 id="quotes-h">
              {t(lang, 'quotes')} <Count lang={lang} n={view.state.annotations.quotes.length} says="quoteCount" />
            </h2>
            <a class="skip" href="#entities-h">
              {t(lang, 'skipToNames')}
            </a>
            <QuoteList lang={lang} state={view.state} cards={cards} onFocus={focus} />
          </section>
          <ClaimsSection lang={lang} state={view.state} reviewer={settings.reviewer} onFocus={focus} />
          <EntitySection
            lang={lang}
            entities={view.state.annotations.entities}
            byEntity={byEntity}
            cards={cards}
            pins={pins}
            filter={filter}
            onFilter={setFilter}
            onStep={step}
          />
        </>
      )}
      <PinButtonHint lang={lang} />
    </main>
  );
}
