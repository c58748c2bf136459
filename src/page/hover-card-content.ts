/**
 * What the hover card says about a painted item, as plain strings: the card draws them as text, never as markup.
 * Everything comes from the annotations the page already holds, and from the glossary's card for a name.
 */
import { claimReasonKey, claimSpeaker } from '../core/claims/desk';
import type { Annotations, Claim, Entity, EntityKind, Lang, Mention, Quote, Vague } from '../core/types';
import { currentRole, roleYears } from '../glossary/card-line';
import type { Card } from '../glossary/compile';
import type { PanelItem } from '../messaging/protocol';
import type { PaintedItem } from './annotate-page';

/** The UI strings the hover card uses; the content script hands them over in the reader's UI language. */
export type HoverKey =
  | `kind_label_${EntityKind}`
  | 'kind_vague'
  | 'kind_claims'
  | 'unattributed'
  | ReturnType<typeof claimReasonKey>
  | 'notInGlossary'
  | 'asOf'
  | 'unknownSpeaker'
  | 'copyQuoteBy'
  | 'copyQuoteUnattributed'
  | 'copied'
  | 'hoverQuote'
  | 'indirect'
  | 'hoverVagueLine'
  | 'hoverOpenPanel'
  | 'hoverOpenByButton'
  | 'hoverNavigator'
  | 'hoverClose';

export interface CardView {
  /** What kind of thing the card is about: Person, Quote, Vague sourcing. */
  label: string;
  /** A name, a speaker, or the vague phrase itself. */
  heading: string;
  /** The heading's language, so a screen reader says an Arabic name in Arabic. */
  headingLang: Lang;
  /** The dated description, the speaker's role, or what vague sourcing means. */
  lines: string[];
  /** A quote, for "copy with citation". */
  quote?: Quote;
  /** Where the side panel opens for this item; none for vague sourcing, which the panel does not list. */
  panel?: PanelItem;
}

export interface DescribeDeps {
  /** The UI language the card speaks. */
  lang: Lang;
  t: (key: HoverKey, subs?: Record<string, string>) => string;
  /** The glossary's card for an entity key; null where it has none. */
  card: (key: string) => Promise<Card | null>;
}

const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** The glossary's description with its date, or the plain words that say the glossary does not hold the name. */
function datedLines(card: Card | null, { lang, t }: DescribeDeps): string[] {
  if (!card) return [t('notInGlossary')];
  const asOf = t('asOf', { DATE: card.asOf });
  const role = currentRole(card);
  return role
    ? [card[lang].description, `${role[lang]}${roleYears(role)} · ${asOf}`]
    : [`${card[lang].description} (${asOf})`];
}

async function describeMention(m: Mention, a: Annotations, deps: DescribeDeps): Promise<CardView> {
  const entity: Entity | undefined = a.entities.find((e) => e.key === m.entity);
  const card = entity?.glossary ? await deps.card(m.entity) : null;
  const { lang } = deps;
  const other = otherLang(lang);
  const [heading, headingLang] = card
    ? [card[lang].name, lang]
    : entity?.names[lang]
      ? [entity.names[lang], lang]
      : entity?.names[other]
        ? [entity.names[other], other]
        : [m.text, a.lang];
  // A nationality stands for its place: the card is the place's.
  const kind: EntityKind = entity?.kind ?? (m.kind === 'demonym' ? 'place' : m.kind);
  return {
    label: deps.t(`kind_label_${kind}`),
    heading,
    headingLang,
    lines: datedLines(card, deps),
    panel: entity ? { kind: 'entity', key: entity.key } : undefined,
  };
}

async function describeQuote(q: Quote, a: Annotations, deps: DescribeDeps): Promise<CardView> {
  const speaker = q.speaker;
  const entity = speaker?.entity ? a.entities.find((e) => e.key === speaker.entity) : undefined;
  const role = currentRole(entity?.glossary ? await deps.card(entity.key) : null);
  return {
    label: q.direct ? deps.t('hoverQuote') : `${deps.t('hoverQuote')} · ${deps.t('indirect')}`,
    heading: speaker?.name ?? deps.t('unknownSpeaker'),
    headingLang: speaker ? a.lang : deps.lang,
    lines: role ? [role[deps.lang]] : [],
    quote: q,
    panel: { kind: 'quote', start: q.start },
  };
}

/** A claim to check: who made it (the speaker of the quote it holds, or no one named) and what makes it checkable. */
function describeClaim(c: Claim, a: Annotations, deps: DescribeDeps): CardView {
  const speaker = claimSpeaker(a, c);
  return {
    label: deps.t('kind_claims'),
    heading: speaker?.name ?? deps.t('unattributed'),
    headingLang: speaker ? a.lang : deps.lang,
    lines: [c.reasons.map((r) => deps.t(claimReasonKey(r))).join(deps.lang === 'ar' ? '، ' : ', ')],
  };
}

/** The card for a painted item, in the UI's language. */
export function describeItem(p: PaintedItem, a: Annotations, deps: DescribeDeps): Promise<CardView> {
  if (p.kind === 'quote') return describeQuote(p.item as Quote, a, deps);
  if (p.kind === 'claims') return Promise.resolve(describeClaim(p.item as Claim, a, deps));
  if (p.kind === 'vague') {
    const v = p.item as Vague;
    return Promise.resolve({
      label: deps.t('kind_vague'),
      heading: v.text,
      headingLang: a.lang,
      lines: [deps.t('hoverVagueLine')],
    });
  }
  return describeMention(p.item as Mention, a, deps);
}
