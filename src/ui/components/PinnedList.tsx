import type { Pin } from '../../storage/items';
import { togglePin } from '../../storage/items';
import { t, type UiLang } from '../i18n';

/** The pinned names, each with how often the current page mentions it. */
export function PinnedList({ lang, pins, counts }: { lang: UiLang; pins: Pin[]; counts: Map<string, number> }) {
  if (pins.length === 0) return <p class="empty">{t(lang, 'noPins')}</p>;
  return (
    <ul class="pins">
      {pins.map((p) => (
        <li key={p.key} class={`pin-item kind-${p.kind}`} data-key={p.key}>
          <bdi class="pin-name">{p.names[lang] ?? p.names.ar ?? p.names.en ?? p.key}</bdi>
          <span class="count" aria-label={t(lang, 'onThisPage')}>
            {counts.get(p.key) ?? 0}
          </span>
          <button type="button" class="unpin" onClick={() => void togglePin(p)}>
            {t(lang, 'unpin')}
          </button>
        </li>
      ))}
    </ul>
  );
}
