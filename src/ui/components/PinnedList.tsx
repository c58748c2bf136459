import type { Mention } from '../../core/types';
import type { Card } from '../../glossary/compile';
import type { Appearance, Pin } from '../../storage/items';
import { togglePin } from '../../storage/items';
import { t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  pins: Pin[];
  cards: Record<string, Card>;
  /** Each pinned entity's mentions on the current page. */
  onPage: Map<string, Mention[]>;
  history: Record<string, Appearance[]>;
  onJump: (m: Mention) => void;
}

/** The pinned names: the first line of each card, how often the current page names it, and where it was seen. */
export function PinnedList({ lang, pins, cards, onPage, history, onJump }: Props) {
  if (pins.length === 0) return <p class="empty">{t(lang, 'noPins')}</p>;
  return (
    <ul class="pins">
      {pins.map((p) => {
        const card = cards[p.key];
        const here = onPage.get(p.key) ?? [];
        const seen = history[p.key] ?? [];
        return (
          <li key={p.key} class={`pin-item kind-${p.kind}`} data-key={p.key}>
            <div class="pin-head">
              <bdi class="pin-name">{card?.[lang].name ?? p.names[lang] ?? p.names.ar ?? p.names.en ?? p.key}</bdi>
              <span class="count" title={t(lang, 'onThisPage')} aria-label={`${here.length} ${t(lang, 'onThisPage')}`}>
                {here.length}
              </span>
              {here.length > 0 && (
                <button type="button" class="jump" onClick={() => onJump(here[0])}>
                  {t(lang, 'jump')}
                </button>
              )}
              <button type="button" class="unpin" onClick={() => void togglePin(p)}>
                {t(lang, 'unpin')}
              </button>
            </div>
            {card && <p class="description">{card[lang].description}</p>}
            {seen.length > 0 && (
              <details class="recent">
                <summary>
                  {t(lang, 'recent')} ({seen.length})
                </summary>
                <ul>
                  {seen.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} target="_blank" rel="noreferrer noopener">
                        <bdi>{a.title}</bdi>
                      </a>{' '}
                      <span class="meta">
                        {[a.site, (a.published ?? new Date(a.seenAt).toISOString()).slice(0, 10)]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
