import type { Entity, Mention } from '../../core/types';
import { wikipediaSearch, type Card } from '../../glossary/compile';
import { togglePin } from '../../storage/items';
import { t, type UiLang } from '../i18n';
import { CopyButton } from './CopyButton';

interface Props {
  lang: UiLang;
  entity: Entity;
  mentions: Mention[];
  card?: Card;
  /** Canonical names of related entries, where the glossary has them. */
  relatedNames: string[];
  pinned: boolean;
  onStep: (step: 1 | -1) => void;
}

/** A name of the article: its glossary card where there is one, a plain card that says so where there is not. */
export function EntityCard({ lang, entity, mentions, card, relatedNames, pinned, onStep }: Props) {
  const other: UiLang = lang === 'ar' ? 'en' : 'ar';
  const name = card?.[lang].name ?? entity.names[lang] ?? entity.names[other] ?? mentions[0]?.text ?? entity.key;
  const otherName = card?.[other].name ?? entity.names[other];
  const role = card?.roles?.find((r) => !r.end) ?? card?.roles?.at(-1);
  const aliases = card ? [...(card[lang].aliases ?? []), ...(card[other].aliases ?? [])].slice(0, 6) : [];
  const forms = [...new Set(mentions.map((m) => m.text))];
  const description = card?.[lang].description ?? t(lang, 'notInGlossary');
  const links = card?.links?.length
    ? card.links
    : [
        card?.searchLinks[lang] ?? wikipediaSearch(lang, name),
        ...(otherName ? [card?.searchLinks[other] ?? wikipediaSearch(other, otherName)] : []),
      ];
  const kindLabel = t(lang, `kind_label_${entity.kind}`);
  return (
    <li class={`card kind-${entity.kind}`} data-key={entity.key}>
      <div class="card-head">
        <button type="button" class="card-name" onClick={() => onStep(1)} title={t(lang, 'showInPage')}>
          <bdi>{name}</bdi>
        </button>
        <span class="count" title={t(lang, 'mentions')}>
          {entity.mentions}
        </span>
      </div>
      <div class="card-sub">
        <span class="kind-label">{kindLabel}</span>
        {otherName && otherName !== name && (
          <bdi class="other-name" lang={other}>
            {otherName}
          </bdi>
        )}
      </div>
      <p class={card ? 'description' : 'description not-in-glossary'}>{description}</p>
      {role && (
        <p class="role">
          {lang === 'ar' ? role.ar : role.en}
          {role.start && ` (${role.start}${role.end ? `–${role.end}` : ''})`} · {t(lang, 'asOf')} {card!.asOf}
        </p>
      )}
      {aliases.length > 0 && (
        <p class="aliases">
          {t(lang, 'aliases')}: {aliases.map((a, i) => [i > 0 && '، ', <bdi key={a}>{a}</bdi>])}
        </p>
      )}
      {relatedNames.length > 0 && (
        <p class="related">
          {t(lang, 'related')}: {relatedNames.map((a, i) => [i > 0 && '، ', <bdi key={a}>{a}</bdi>])}
        </p>
      )}
      <p class="forms">
        {t(lang, 'formsInArticle')}: {forms.map((f, i) => [i > 0 && '، ', <bdi key={f}>{f}</bdi>])}
      </p>
      <div class="card-actions">
        <button
          type="button"
          class="prev"
          aria-label={t(lang, 'previous')}
          title={t(lang, 'previous')}
          onClick={() => onStep(-1)}
        >
          {lang === 'ar' ? '→' : '←'}
        </button>
        <button
          type="button"
          class="next"
          aria-label={t(lang, 'next')}
          title={t(lang, 'next')}
          onClick={() => onStep(1)}
        >
          {lang === 'ar' ? '←' : '→'}
        </button>
        <button
          type="button"
          class="pin"
          aria-pressed={pinned}
          onClick={() =>
            void togglePin({
              key: entity.key,
              kind: entity.kind,
              names: card ? { ar: card.ar.name, en: card.en.name } : entity.names,
            })
          }
        >
          {pinned ? t(lang, 'unpin') : t(lang, 'pin')}
        </button>
        <CopyButton
          lang={lang}
          text={() =>
            [name, otherName, description, role && (lang === 'ar' ? role.ar : role.en)].filter(Boolean).join('\n')
          }
        />
        {links.map((href, i) => (
          <a key={href} class="link" href={href} target="_blank" rel="noreferrer noopener">
            {i === 0 ? t(lang, 'searchWikipedia') : other === 'ar' ? 'ويكيبيديا' : 'Wikipedia'}
          </a>
        ))}
      </div>
    </li>
  );
}
