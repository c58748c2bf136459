import type { Quote } from '../../core/types';
import { t, type UiLang } from '../i18n';

/** The quoted claims, grouped under who made them, in the order the article gives them. */
export function QuoteList({ lang, quotes, onFocus }: { lang: UiLang; quotes: Quote[]; onFocus: (q: Quote) => void }) {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const who = q.speaker?.name ?? '';
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  return (
    <ul class="quote-groups">
      {[...groups].map(([who, qs]) => (
        <li key={who} class="quote-group">
          <div class="speaker">
            <bdi>{who || t(lang, 'unknownSpeaker')}</bdi>
            {qs[0].speaker && <span class="speaker-kind">{t(lang, `speaker_${qs[0].speaker.kind}`)}</span>}
          </div>
          <ul>
            {qs.map((q) => (
              <li key={q.start}>
                <button type="button" class="quote" onClick={() => onFocus(q)} title={t(lang, 'showInPage')}>
                  <bdi>{q.text}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
