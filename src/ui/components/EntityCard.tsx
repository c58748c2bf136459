import type { Entity, Mention } from '../../core/types';
import { wikipediaSearch, type Card } from '../../glossary/compile';
import type { Role } from '../../glossary/schema';
import { togglePin } from '../../storage/items';
import { currentRole } from '../../glossary/card-line';
import { formatDate } from '../dates';
import { scriptLang, t, type MessageKey, type UiLang } from '../i18n';
import { Count } from './Count';
import { CopyButton, SpokenLabel } from './CopyButton';

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

const otherLang = (lang: UiLang): UiLang => (lang === 'ar' ? 'en' : 'ar');

/** The card's name in the UI's language, falling back to the other language, then to the article's own spelling. */
function cardName(lang: UiLang, entity: Entity, mentions: Mention[], card?: Card): string {
  const other = otherLang(lang);
  return card?.[lang].name ?? entity.names[lang] ?? entity.names[other] ?? mentions[0]?.text ?? entity.key;
}

/** The pages the glossary checked; where it checked none, a Wikipedia search for each of the names. */
function cardLinks(lang: UiLang, name: string, otherName: string | undefined, card?: Card): string[] {
  if (card?.links?.length) return card.links;
  const other = otherLang(lang);
  return [
    card?.searchLinks[lang] ?? wikipediaSearch(lang, name),
    ...(otherName ? [card?.searchLinks[other] ?? wikipediaSearch(other, otherName)] : []),
  ];
}

/**
 * What a link opens, in words: a Wikipedia search, a Wikipedia article (each in its wiki's language), or another
 * site by its name. A link straight to an article is never called a search.
 */
export function linkLabel(lang: UiLang, href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const wiki = /^(ar|en)\.(?:m\.)?wikipedia\.org$/.exec(url.hostname);
  if (!wiki) return t(lang, 'openSite', { SITE: url.hostname.replace(/^www\./, '') });
  const LANGUAGE = t(lang, wiki[1] === 'ar' ? 'lang_ar' : 'lang_en');
  return url.searchParams.has('search')
    ? t(lang, 'searchWikipedia', { LANGUAGE })
    : t(lang, 'wikipediaArticle', { LANGUAGE });
}

/** A name of the article: its glossary card where there is one, a plain card that says so where there is not. */
export function EntityCard({ lang, entity, mentions, card, relatedNames, pinned, onStep }: Props) {
  const other = otherLang(lang);
  const name = cardName(lang, entity, mentions, card);
  const otherName = card?.[other].name ?? entity.names[other];
  const role = currentRole(card);
  const aliases = card ? [...(card[lang].aliases ?? []), ...(card[other].aliases ?? [])].slice(0, 6) : [];
  const description = card?.[lang].description ?? t(lang, 'notInGlossary');
  return (
    <li class={`card kind-${entity.kind}`} data-key={entity.key}>
      <div class="card-head">
        <button
          type="button"
          class="card-name"
          onClick={() => onStep(1)}
          aria-label={t(lang, 'showNameInText', { NAME: name })}
          title={t(lang, 'showInPage')}
        >
          <bdi lang={scriptLang(name)}>{name}</bdi>
        </button>
        <Count lang={lang} n={entity.mentions} says="mentions" />
      </div>
      <div class="card-sub">
        <span class="kind-label">{t(lang, `kind_label_${entity.kind}`)}</span>
        {otherName && otherName !== name && (
          <bdi class="other-name" lang={other}>
            {otherName}
          </bdi>
        )}
      </div>
      <p class={card ? 'description' : 'description not-in-glossary'}>{description}</p>
      {role && <RoleLine lang={lang} role={role} asOf={card!.asOf} />}
      {aliases.length > 0 && <NameList lang={lang} class="aliases" label="aliases" names={aliases} />}
      {relatedNames.length > 0 && <NameList lang={lang} class="related" label="related" names={relatedNames} />}
      <NameList lang={lang} class="forms" label="formsInArticle" names={[...new Set(mentions.map((m) => m.text))]} />
      <CardActions
        lang={lang}
        name={name}
        pinned={pinned}
        onStep={onStep}
        onPin={() =>
          void togglePin({
            key: entity.key,
            kind: entity.kind,
            names: card ? { ar: card.ar.name, en: card.en.name } : entity.names,
          })
        }
        copyText={() => [name, otherName, description, role?.[lang]].filter(Boolean).join('\n')}
        links={cardLinks(lang, name, otherName, card)}
      />
    </li>
  );
}

/** A role's dates in the UI's language: since when it is held, or from when to when. */
function roleDates(lang: UiLang, role: Role): string {
  if (!role.start) return '';
  const start = formatDate(role.start, lang);
  return role.end ? `${start} – ${formatDate(role.end, lang)}` : t(lang, 'roleSince', { DATE: start });
}

/**
 * The role in the UI's language, with its dates and the date the glossary's facts hold as of (`وفق معطيات`, never
 * `حتى` "until", which would say the role ended then).
 */
export function roleLine(lang: UiLang, role: Role, asOf: string): string {
  const dates = roleDates(lang, role);
  return `${role[lang]}${dates ? ` (${dates})` : ''} · ${t(lang, 'asOf', { DATE: formatDate(asOf, lang) })}`;
}

function RoleLine({ lang, role, asOf }: { lang: UiLang; role: Role; asOf: string }) {
  return <p class="role">{roleLine(lang, role, asOf)}</p>;
}

interface NameListProps {
  lang: UiLang;
  class: string;
  label: MessageKey;
  names: string[];
}

/** A labelled line of names, each isolated so an Arabic name in an English line (or the reverse) keeps its order. */
function NameList({ lang, class: cls, label, names }: NameListProps) {
  return (
    <p class={cls}>
      {t(lang, label)}:{' '}
      {names.map((a, i) => [
        i > 0 && (lang === 'ar' ? '، ' : ', '),
        <bdi key={a} lang={scriptLang(a)}>
          {a}
        </bdi>,
      ])}
    </p>
  );
}

interface ActionProps {
  lang: UiLang;
  /** The card's name, which each button's label names as its object. */
  name: string;
  pinned: boolean;
  onStep: (step: 1 | -1) => void;
  onPin: () => void;
  copyText: () => string;
  links: string[];
}

/** Previous and next mention, pin, copy, and the links out; the arrows point the way the UI's language reads. */
function CardActions({ lang, name, pinned, onStep, onPin, copyText, links }: ActionProps) {
  const NAME = name;
  return (
    <div class="card-actions">
      <button
        type="button"
        class="prev"
        aria-label={t(lang, 'previousOf', { NAME })}
        title={t(lang, 'previous')}
        onClick={() => onStep(-1)}
      >
        {lang === 'ar' ? '→' : '←'}
      </button>
      <button
        type="button"
        class="next"
        aria-label={t(lang, 'nextOf', { NAME })}
        title={t(lang, 'next')}
        onClick={() => onStep(1)}
      >
        {lang === 'ar' ? '←' : '→'}
      </button>
      {/* The name stays "Pin X" whatever the state: aria-pressed says whether it is pinned, the style shows it. */}
      <button type="button" class="pin" aria-pressed={pinned} onClick={onPin}>
        <SpokenLabel text={t(lang, 'pinName', { NAME })} />
      </button>
      <CopyButton lang={lang} text={copyText} label={t(lang, 'copyCard', { NAME })} />
      {links.map((href) => {
        const label = linkLabel(lang, href);
        return (
          <a
            key={href}
            class="link"
            href={href}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={t(lang, 'linkAbout', { LINK: label, NAME })}
          >
            {label}
          </a>
        );
      })}
    </div>
  );
}
