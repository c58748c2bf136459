import { fold } from '../../core/text/normalize';
import { ENTITY_KINDS, type Entity, type EntityKind, type Mention } from '../../core/types';
import type { Card } from '../../glossary/compile';
import type { Pin } from '../../storage/items';
import { t, type UiLang } from '../i18n';
import { Count } from './Count';
import { EntityCard } from './EntityCard';

interface Props {
  lang: UiLang;
  entities: Entity[];
  /** Each entity's mentions in the article, in order. */
  byEntity: Map<string, Mention[]>;
  cards: Record<string, Card>;
  pins: Pin[];
  /** What the reader typed in the filter; the panel keeps it while the reader moves between tabs. */
  filter: string;
  onFilter: (filter: string) => void;
  onStep: (key: string, by: 1 | -1) => void;
}

/**
 * A name as the filter compares it: folded as the matcher folds the article's text (hamza, ta marbuta, alef maqsura,
 * diacritics: خليفه finds خليفة), then without case (the matcher keeps case; a reader typing does not).
 */
export const filterKey = (s: string): string => fold(s.normalize('NFKC')).toLowerCase().trim();

/**
 * True where the filter is empty or one of the entity's names contains it: the article's spellings, the card's names
 * and the glossary's aliases in both languages (LNA, Hifter, Qaddafi).
 */
function matches(entity: Entity, card: Card | undefined, forms: Mention[], query: string): boolean {
  if (!query) return true;
  const names = [
    ...Object.values(entity.names),
    ...forms.map((m) => m.text),
    ...(card ? [card.ar, card.en].flatMap((c) => [c.name, ...(c.aliases ?? []), ...(c.short ?? [])]) : []),
  ];
  return names.some((n) => !!n && filterKey(n).includes(query));
}

/** The names of the entries a card relates to, where the glossary has them: five at most. */
function relatedNames(lang: UiLang, card: Card | undefined, cards: Record<string, Card>): string[] {
  return (card?.related ?? [])
    .map((id) => cards[id]?.[lang].name)
    .filter((n): n is string => !!n)
    .slice(0, 5);
}

/** The article's names under their kinds, each with its card, narrowed to those the filter matches. */
export function EntitySection({ lang, entities, byEntity, cards, pins, filter, onFilter, onStep }: Props) {
  const query = filterKey(filter);
  const ofKind = (kind: EntityKind) =>
    entities.filter(
      (e) => e.kind === kind && e.mentions > 0 && matches(e, cards[e.key], byEntity.get(e.key) ?? [], query),
    );
  return (
    <section aria-labelledby="entities-h">
      <h2 id="entities-h" tabIndex={-1}>
        {t(lang, 'entities')}
      </h2>
      <input
        type="search"
        class="filter"
        aria-label={t(lang, 'filter')}
        placeholder={t(lang, 'filter')}
        value={filter}
        onInput={(e) => onFilter((e.currentTarget as HTMLInputElement).value)}
      />
      {ENTITY_KINDS.map((kind) => {
        const list = ofKind(kind);
        if (!list.length) return null;
        return (
          <div key={kind} class={`kind-group kind-${kind}`}>
            <h3>
              {t(lang, `kind_${kind}`)} <Count lang={lang} n={list.length} says="kindCount" />
            </h3>
            <ul class="cards">
              {list.map((e) => (
                <EntityCard
                  key={e.key}
                  lang={lang}
                  entity={e}
                  mentions={byEntity.get(e.key) ?? []}
                  card={cards[e.key]}
                  relatedNames={relatedNames(lang, cards[e.key], cards)}
                  pinned={pins.some((p) => p.key === e.key)}
                  onStep={(by) => onStep(e.key, by)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
