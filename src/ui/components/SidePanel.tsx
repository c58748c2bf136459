import { useMemo, useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../../core/types';
import { useCards } from '../cards';
import { focusSpan, useDocumentLang, usePageState, usePins, useSettings, useTabId } from '../hooks';
import { dirOf, resolveUiLang, t } from '../i18n';
import { mentionsByEntity } from '../../core/mentions';
import { EntityCard } from './EntityCard';
import { ExportMenu } from './ExportMenu';
import { KindSwitches } from './KindSwitches';
import { Topbar } from './Topbar';
import { QuoteList } from './QuoteList';

const KINDS: readonly EntityKind[] = ENTITY_KINDS;

export function SidePanel() {
  const settings = useSettings();
  const lang = resolveUiLang(settings.uiLang);
  useDocumentLang(lang);
  const tabId = useTabId();
  const view = usePageState(tabId);
  const pins = usePins();
  const cards = useCards();
  const [filter, setFilter] = useState('');
  // Where each card's previous/next buttons stand among its mentions.
  const [cursor, setCursor] = useState<Record<string, number>>({});

  const byEntity = useMemo(
    () => mentionsByEntity(view.status === 'ready' ? view.state.annotations : undefined),
    [view],
  );

  const focus = (span: { start: number; end: number }) => tabId !== undefined && focusSpan(tabId, span);
  const step = (key: string, by: 1 | -1) => {
    const ms = byEntity.get(key) ?? [];
    if (!ms.length) return;
    const at = cursor[key];
    const i = at === undefined ? (by === 1 ? 0 : ms.length - 1) : (at + by + ms.length) % ms.length;
    setCursor({ ...cursor, [key]: i });
    focus(ms[i]);
  };

  return (
    <main class="panel" dir={dirOf(lang)} lang={lang}>
      <Topbar lang={lang} uiLang={settings.uiLang} />
      {view.status === 'loading' && <p class="status">{t(lang, 'loading')}</p>}
      {view.status === 'none' && <p class="status">{t(lang, 'notArticle')}</p>}
      {view.status === 'ready' && (
        <>
          <header class="article-head" lang={view.state.annotations.lang} dir={dirOf(view.state.annotations.lang)}>
            <h2 class="article-title">{view.state.annotations.title}</h2>
            <p class="meta">
              {view.state.site && <span class="site">{view.state.site}</span>}
              {view.state.published && <time dateTime={view.state.published}>{view.state.published.slice(0, 10)}</time>}
              <span class="lang">{t(lang, `lang_${view.state.annotations.lang}`)}</span>
            </p>
          </header>
          <section aria-labelledby="summary-h">
            <h2 id="summary-h">{t(lang, 'summary')}</h2>
            <div lang={view.state.annotations.lang} dir={dirOf(view.state.annotations.lang)}>
              {view.state.annotations.summary.digest && <p class="digest">{view.state.annotations.summary.digest}</p>}
              <ul class="summary">
                {view.state.annotations.summary.sentences.map((s) => (
                  <li key={s.start}>
                    <button type="button" class="sentence" onClick={() => focus(s)}>
                      {s.text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          </section>
          <KindSwitches lang={lang} settings={settings} />
          <ExportMenu lang={lang} state={view.state} />
          <section aria-labelledby="quotes-h">
            <h2 id="quotes-h">
              {t(lang, 'quotes')} <span class="count">{view.state.annotations.quotes.length}</span>
            </h2>
            <QuoteList lang={lang} state={view.state} onFocus={focus} />
          </section>
          <section aria-labelledby="entities-h">
            <h2 id="entities-h">{t(lang, 'entities')}</h2>
            <input
              type="search"
              class="filter"
              aria-label={t(lang, 'filter')}
              placeholder={t(lang, 'filter')}
              value={filter}
              onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            />
            {KINDS.map((kind) => {
              const q = filter.trim().toLowerCase();
              const list = view.state.annotations.entities.filter(
                (e) =>
                  e.kind === kind &&
                  e.mentions > 0 &&
                  (!q ||
                    [...Object.values(e.names), cards[e.key]?.ar.name, cards[e.key]?.en.name].some((n) =>
                      n?.toLowerCase().includes(q),
                    )),
              );
              if (!list.length) return null;
              return (
                <div key={kind} class={`kind-group kind-${kind}`}>
                  <h3>
                    {t(lang, `kind_${kind}`)} <span class="count">{list.length}</span>
                  </h3>
                  <ul class="cards">
                    {list.map((e) => (
                      <EntityCard
                        key={e.key}
                        lang={lang}
                        entity={e}
                        mentions={byEntity.get(e.key) ?? []}
                        card={cards[e.key]}
                        relatedNames={(cards[e.key]?.related ?? [])
                          .map((id) => cards[id]?.[lang].name)
                          .filter((n): n is string => !!n)
                          .slice(0, 5)}
                        pinned={pins.some((p) => p.key === e.key)}
                        onStep={(by) => step(e.key, by)}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        </>
      )}
    </main>
  );
}
