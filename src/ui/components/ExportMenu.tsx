import { EXPORT_FORMATS, EXPORT_MIME, exportAnnotations, exportFileName } from '../../core/export';
import type { PageState } from '../../messaging/protocol';
import { download } from '../actions';
import { t, type UiLang } from '../i18n';

const LABEL = { json: 'exportJson', csv: 'exportCsv', w3c: 'exportW3c' } as const;

/** Saves the article's annotations as JSON, CSV or W3C Web Annotations. */
export function ExportMenu({ lang, state }: { lang: UiLang; state: PageState }) {
  return (
    <div class="export" role="group" aria-label={t(lang, 'export')}>
      <span>{t(lang, 'export')}:</span>
      {EXPORT_FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          data-format={f}
          onClick={() =>
            download(
              exportFileName(state.annotations.title, f),
              EXPORT_MIME[f],
              exportAnnotations(state.annotations, f, state),
            )
          }
        >
          {t(lang, LABEL[f])}
        </button>
      ))}
    </div>
  );
}
