import type { Annotations } from '../../core/types';
import { updateSettings } from '../../storage/items';
import { useSettings } from '../hooks';
import { t, type UiLang } from '../i18n';
import { findSummarizer, useOnDeviceOffered, useOnDeviceSummary, type SummarizerApi } from '../on-device-summary';

interface Props {
  lang: UiLang;
  annotations: Annotations;
  /** The browser's summariser; found on the page's global where not given (a test gives a fake). */
  api?: SummarizerApi;
}

/**
 * The option of the browser's own summary, shown only where the browser has a ready summariser and the article is
 * English; its text beside Hamish's summary, as plain text. Hamish's summary above it stays whatever happens here.
 */
export function OnDeviceSummary({ lang, annotations, api = findSummarizer() }: Props) {
  const enabled = useSettings().onDeviceSummary;
  const offered = useOnDeviceOffered(annotations.lang, api);
  const state = useOnDeviceSummary(annotations, offered && enabled, api);
  if (!offered) return null;
  return (
    <div class="on-device">
      <label>
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void updateSettings((s) => ({ ...s, onDeviceSummary: on }));
          }}
        />{' '}
        {t(lang, 'onDeviceSummary')}
      </label>
      {state.status === 'working' && <p class="status">{t(lang, 'onDeviceWorking')}</p>}
      {state.status === 'failed' && <p class="status">{t(lang, 'onDeviceFailed')}</p>}
      {state.status === 'done' && (
        <p class="device-summary" lang="en" dir="ltr">
          {state.text}
        </p>
      )}
    </div>
  );
}
