import { useState } from 'preact/hooks';
import type { ClaimNote } from '../../core/claims/desk';
import { DESK_FORMATS, EXPORT_MIME, exportFileName, type DeskFormat } from '../../core/export';
import { exportDesk, localDay, type DeskMissing } from '../../core/export/desk';
import type { PageState } from '../../messaging/protocol';
import type { Settings } from '../../storage/items';
import { download } from '../actions';
import { t, type MessageKey, type UiLang } from '../i18n';

const LABEL = { claimreview: 'exportClaimReview', markdown: 'exportMarkdown', notes: 'exportNotes' } as const;
const MISSING: Record<DeskMissing, MessageKey> = {
  reviewerName: 'missingReviewerName',
  reviewerUrl: 'missingReviewerUrl',
  findings: 'missingFindings',
};

interface Props {
  lang: UiLang;
  state: PageState;
  notes: ClaimNote[];
  reviewer: Settings['reviewer'];
}

/**
 * The desk's files, saved from the Claims view through the same export module as the panel's other exports: the
 * ClaimReview drafts of the claims given a finding, the claims with verdicts and notes as Markdown, and the notes as
 * W3C Web Annotations. A ClaimReview that would lack its reviewer or its findings is not written: the view says what
 * is missing.
 */
export function DeskExports({ lang, state, notes, reviewer }: Props) {
  const [missing, setMissing] = useState<DeskMissing[]>([]);
  const save = (format: DeskFormat) => {
    const out = exportDesk(state.annotations, notes, format, state, reviewer, localDay());
    setMissing(out.missing ?? []);
    if (out.text !== undefined)
      download(exportFileName(state.annotations.title, format), EXPORT_MIME[format], out.text);
  };
  return (
    <div class="desk-exports">
      <div class="export" role="group" aria-label={t(lang, 'deskExport')}>
        <span>{t(lang, 'deskExport')}:</span>
        {DESK_FORMATS.map((f) => (
          <button key={f} type="button" data-format={f} onClick={() => save(f)}>
            {t(lang, LABEL[f])}
          </button>
        ))}
      </div>
      <div role="alert" class="desk-missing">
        {missing.length > 0 && (
          <>
            <p>{t(lang, 'claimReviewNotWritten')}</p>
            <ul>
              {missing.map((m) => (
                <li key={m}>{t(lang, MISSING[m])}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
