import type { Mention } from '../../core/types';
import type { Card } from '../../glossary/compile';
import type { Appearance, Pin } from '../../storage/items';
import { togglePin } from '../../storage/items';
import { formatDate, isoDate } from '../dates';
import { scriptLang, t, type UiLang } from '../i18n';
import { Count } from './Count';

interface Props {
  lang: UiLang;
  pins: Pin[];
  cards: Record<string, Card>;
  /** Each pinned entity's mentions on the current page. */
  onPage: Map<string, Mention[]>;
  history: Record<string, Appearance[]>;
  onJump: (m: Mention) => void;
}

/**
 * Where and when an article was seen: the site and the date each isolated, so an Arabic site beside a date reads
 * «النهار · 12 كانون الثاني 2026» in either UI, never reordered by the text around it.
 */
function SeenIn({ lang, seen }: { lang: UiLang; seen: Appearance }) {
  const date = seen.published ?? new Date(seen.seenAt).toISOString();
  return (
    <span class="meta">
      {seen.site && (
        <>
          <bdi lang={scriptLang(seen.site)}>{seen.site}</bdi>
          {' · '}
        </>
      )}
      <time dateTime={isoDate(date)}>{formatDate(date, lang)}</time>
    </span>
  );
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
        const name = card?.[lang].name ?? p.names[lang] ?? p.names.ar ?? p.names.en ?? p.key;
        return (
          <li key={p.key} class={`pin-item kind-${p.kind}`} data-key={p.key}>
            <div class="pin-head">
              <bdi class="pin-name" lang={scriptLang(name)}>
                {name}
              </bdi>
              <Count lang={lang} n={here.length} says="onThisPage" />
              {here.length > 0 && (
                <button
                  type="button"
                  class="jump"
                  aria-label={t(lang, 'jumpTo', { NAME: name })}
                  onClick={() => onJump(here[0])}
                >
                  {t(lang, 'jump')}
                </button>
              )}
              <button
                type="button"
                class="unpin"
                aria-label={t(lang, 'unpinName', { NAME: name })}
                onClick={() => void togglePin(p)}
              >
                {t(lang, 'unpin')}
              </button>
            </div>
            {card && <p class="description">{card[lang].description}</p>}
            {seen.length > 0 && (
              <details class="recent">
                <summary>{t(lang, 'recentCount', { COUNT: seen.length })}</summary>
                <ul>
                  {seen.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} target="_blank" rel="noreferrer noopener">
                        <bdi lang={scriptLang(a.title)}>{a.title}</bdi>
                      </a>{' '}
                      <SeenIn lang={lang} seen={a} />
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
