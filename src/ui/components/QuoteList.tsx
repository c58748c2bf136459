import type { Quote, SpeakerKind } from '../../core/types';
import type { PageState } from '../../messaging/protocol';
import { citation } from '../citation';
import { t, type UiLang } from '../i18n';
import { CopyButton } from './CopyButton';

const KINDS: SpeakerKind[] = ['named', 'anonymous', 'institution'];

/** The quoted claims under who made them: people, anonymous sources, institutions; unattributed ones last. */
export function QuoteList({ lang, state, onFocus }: { lang: UiLang; state: PageState; onFocus: (q: Quote) => void }) {
  const quotes = state.annotations.quotes;
  const sections = [...KINDS, undefined]
    .map((kind) => ({ kind, quotes: quotes.filter((q) => q.speaker?.kind === kind) }))
    .filter((s) => s.quotes.length);
  const articleLang = state.annotations.lang;
  return (
    <div class="quote-sections">
      {sections.map(({ kind, quotes: qs }) => {
        const bySpeaker = new Map<string, Quote[]>();
        for (const q of qs) bySpeaker.set(q.speaker?.name ?? '', [...(bySpeaker.get(q.speaker?.name ?? '') ?? []), q]);
        return (
          <section key={kind ?? 'none'} class={`quote-section speakers-${kind ?? 'none'}`}>
            <h3>{kind ? t(lang, `speakers_${kind}`) : t(lang, 'unknownSpeaker')}</h3>
            <ul class="quote-groups">
              {[...bySpeaker].map(([who, group]) => (
                <li key={who} class="quote-group">
                  <div class="speaker" lang={articleLang} dir="auto">
                    <bdi>{who || t(lang, 'unknownSpeaker')}</bdi> <span class="count">{group.length}</span>
                  </div>
                  <ul>
                    {group.map((q) => (
                      <li key={q.start} class="quote-item" data-quote-start={q.start}>
                        <button
                          type="button"
                          class="quote"
                          lang={articleLang}
                          dir={articleLang === 'ar' ? 'rtl' : 'ltr'}
                          onClick={() => onFocus(q)}
                          title={t(lang, 'showInPage')}
                        >
                          {q.text}
                        </button>
                        {!q.direct && <span class="indirect">{t(lang, 'indirect')}</span>}
                        <CopyButton lang={lang} text={() => citation(q, state, lang)} label={t(lang, 'copyCitation')} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
