import type { Quote, SpeakerKind } from '../../core/types';
import type { Card } from '../../glossary/compile';
import type { PageState } from '../../messaging/protocol';
import { citation, speakerRole } from '../citation';
import { dirOf, scriptLang, t, type UiLang } from '../i18n';
import { Count } from './Count';
import { CopyButton } from './CopyButton';

const KINDS: SpeakerKind[] = ['named', 'anonymous', 'institution'];

/** Up to this many quotes every speaker is shown open; beyond it only the first, so the cards stay within reach. */
const ALL_OPEN_UP_TO = 12;

interface Props {
  lang: UiLang;
  state: PageState;
  cards: Record<string, Card>;
  onFocus: (q: Quote) => void;
}

/** The quotes under each speaker, in the order the article first quotes them. */
function bySpeaker(quotes: Quote[]): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) groups.set(q.speaker?.name ?? '', [...(groups.get(q.speaker?.name ?? '') ?? []), q]);
  return [...groups];
}

/**
 * The quoted claims under who made them: people, anonymous sources, institutions; unattributed ones last. Each
 * speaker folds (a long article quotes dozens of times), and each quote keeps its "copy with citation" under it, at
 * the quote's own start, in the article's direction.
 */
export function QuoteList({ lang, state, cards, onFocus }: Props) {
  const quotes = state.annotations.quotes;
  const sections = [...KINDS, undefined]
    .map((kind) => ({ kind, groups: bySpeaker(quotes.filter((q) => q.speaker?.kind === kind)) }))
    .filter((s) => s.groups.length);
  const articleLang = state.annotations.lang;
  const allOpen = quotes.length <= ALL_OPEN_UP_TO;
  let first = true;
  return (
    <div class="quote-sections">
      {sections.map(({ kind, groups }) => (
        <section key={kind ?? 'none'} class={`quote-section speakers-${kind ?? 'none'}`}>
          <h3>{kind ? t(lang, `speakers_${kind}`) : t(lang, 'unknownSpeaker')}</h3>
          <ul class="quote-groups">
            {groups.map(([who, group]) => {
              const open = allOpen || first;
              first = false;
              const name = who || t(lang, 'unknownSpeaker');
              const role = speakerRole(group[0], cards, lang);
              return (
                <li key={who} class="quote-group">
                  <details open={open}>
                    <summary class="speaker">
                      <bdi lang={who ? scriptLang(who) : lang}>{name}</bdi>
                      {role && <span class="speaker-role">{role}</span>}
                      <Count lang={lang} n={group.length} says="speakerQuoteCount" />
                    </summary>
                    <ul>
                      {group.map((q) => (
                        <li key={q.start} class="quote-item" dir={dirOf(articleLang)} data-quote-start={q.start}>
                          <button
                            type="button"
                            class="quote"
                            lang={articleLang}
                            onClick={() => onFocus(q)}
                            title={t(lang, 'showQuoteInPage')}
                          >
                            {q.text}
                          </button>
                          <div class="quote-actions" lang={lang}>
                            {!q.direct && <span class="indirect">{t(lang, 'indirect')}</span>}
                            <CopyButton
                              lang={lang}
                              text={() => citation(q, state, lang, cards)}
                              label={who ? t(lang, 'copyQuoteBy', { NAME: who }) : t(lang, 'copyQuoteUnattributed')}
                            />
                          </div>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
