import type { Entity, Mention } from '../../core/types';
import type { Card } from '../../glossary/compile';
import { togglePin } from '../../storage/items';
import { t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  entity: Entity;
  mentions: Mention[];
  card?: Card;
  pinned: boolean;
  onFocus: (m: Mention) => void;
}

/** A name of the article: its glossary card where there is one, a plain card that says so where there is not. */
export function EntityCard({ lang, entity, mentions, card, pinned, onFocus }: Props) {
  const other = lang === 'ar' ? 'en' : 'ar';
  const name = card?.[lang].name ?? entity.names[lang] ?? entity.names[other] ?? mentions[0]?.text ?? entity.key;
  const otherName = card?.[other].name ?? entity.names[other];
  const role = card?.roles?.find((r) => !r.end);
  const searchName = otherName && lang === 'en' ? otherName : name;
  const search = card?.searchLinks[lang] ?? `https://${lang}.wikipedia.org/w/index.php?search=${encodeURIComponent(searchName)}`;
  return (
    <li class={`card kind-${entity.kind}`} data-key={entity.key}>
      <div class="card-head">
        <button type="button" class="card-name" onClick={() => mentions[0] && onFocus(mentions[0])} title={t(lang, 'showInPage')}>
          <bdi>{name}</bdi>
        </button>
        <span class="count" aria-label={`${entity.mentions} ${t(lang, 'mentions')}`}>{entity.mentions}</span>
        <button
          type="button"
          class="pin"
          aria-pressed={pinned}
          onClick={() => void togglePin({ key: entity.key, kind: entity.kind, names: card ? { ar: card.ar.name, en: card.en.name } : entity.names })}
        >
          {pinned ? t(lang, 'unpin') : t(lang, 'pin')}
        </button>
      </div>
      {otherName && otherName !== name && (
        <div class="other-name">
          <bdi>{otherName}</bdi>
        </div>
      )}
      {card ? (
        <p class="description">
          {card[lang].description}
          {role && (
            <span class="role">
              {' '}
              {lang === 'ar' ? role.ar : role.en} ({t(lang, 'asOf')} {card.asOf})
            </span>
          )}
        </p>
      ) : (
        <p class="description not-in-glossary">{t(lang, 'notInGlossary')}</p>
      )}
      <a class="link" href={search} target="_blank" rel="noreferrer noopener">
        {t(lang, 'searchWikipedia')}
      </a>
    </li>
  );
}
