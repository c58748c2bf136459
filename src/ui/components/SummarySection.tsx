import type { Annotations, Span } from '../../core/types';
import { dirOf, t, type UiLang } from '../i18n';
import { OnDeviceSummary } from './OnDeviceSummary';

interface Props {
  lang: UiLang;
  annotations: Annotations;
  onFocus: (span: Span) => void;
}

/** The one-line digest and the chosen sentences, each a button that shows it in the page. */
export function SummarySection({ lang, annotations, onFocus }: Props) {
  const { digest, sentences } = annotations.summary;
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h">{t(lang, 'summary')}</h2>
      <div lang={annotations.lang} dir={dirOf(annotations.lang)}>
        {digest && <p class="digest">{digest}</p>}
        <ul class="summary">
          {sentences.map((s) => (
            <li key={s.start}>
              <button type="button" class="sentence" onClick={() => onFocus(s)}>
                {s.text}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <OnDeviceSummary lang={lang} annotations={annotations} />
    </section>
  );
}
