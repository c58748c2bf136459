import { useMemo, useState } from 'preact/hooks';
import { mentionsByEntity } from '../../core/mentions';
import type { Mention, Span } from '../../core/types';
import { useCards } from '../cards';
import { focusSpan, useDocumentLang, usePageState, usePins, useSettings, useTabId } from '../hooks';
import { dirOf, languageName, resolveUiLang, t } from '../i18n';
import { usePanelItem } from '../open-at-item';
import { ArticleHead } from './ArticleHead';
import { EntitySection } from './EntitySection';
import { ExportMenu } from './ExportMenu';
import { KindSwitches } from './KindSwitches';
import { QuoteList } from './QuoteList';
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

/** The side panel: the tab's article, its summary, switches, exports, quotes by speaker and a card for each name. */
export function SidePanel() {
  const settings = useSettings();
  const lang = resolveUiLang(settings.uiLang);
  useDocumentLang(lang);
  const tabId = useTabId();
  const view = usePageState(tabId);
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
      {view.status === 'none' && <p class="status">{t(lang, 'notArticle')}</p>}
      {view.status === 'unread' && (
        <p class="status unread-language">
          {t(lang, 'unreadLanguage').replace('$LANGUAGE$', languageName(lang, view.language))}
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
              {t(lang, 'quotes')} <span class="count">{view.state.annotations.quotes.length}</span>
            </h2>
            <QuoteList lang={lang} state={view.state} onFocus={focus} />
          </section>
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
    </main>
  );
}
