import { useEffect, useState } from 'preact/hooks';
import { isReviewerUrl } from '../../core/export/desk';
import { updateSettings, type Settings } from '../../storage/items';
import { t, type UiLang } from '../i18n';

type Problem = 'reviewerNameNeeded' | 'reviewerUrlInvalid';

/**
 * The reviewing organisation the ClaimReview drafts are signed with: its name and the http(s) site its fact-checks are
 * published on. Checked before saving; a field that is wrong says why beside it, and nothing half-valid is stored.
 */
export function ReviewerForm({ lang, reviewer }: { lang: UiLang; reviewer: Settings['reviewer'] }) {
  const [name, setName] = useState(reviewer.name);
  const [url, setUrl] = useState(reviewer.url);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  // Both fields are text, the address one with the URL keyboard: the check is ours (http or https only), so that the
  // reason a value is refused is said in the reader's language beside the field.
  // The stored reviewer arrives after the first render (storage is read asynchronously), or changes in another panel.
  useEffect(() => {
    setName(reviewer.name);
    setUrl(reviewer.url);
  }, [reviewer.name, reviewer.url]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Problem[] = [
      ...(name.trim() ? [] : (['reviewerNameNeeded'] as const)),
      ...(isReviewerUrl(url) ? [] : (['reviewerUrlInvalid'] as const)),
    ];
    setProblems(found);
    setSaved(false);
    if (found.length) return;
    await updateSettings((s) => ({ ...s, reviewer: { name: name.trim(), url: url.trim() } }));
    setSaved(true);
  };
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    problem: Problem,
    mode: 'text' | 'url',
  ) => {
    const wrong = problems.includes(problem);
    return (
      <p>
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode={mode}
          autoComplete={mode === 'url' ? 'url' : 'organization'}
          value={value}
          dir="auto"
          aria-invalid={wrong ? 'true' : undefined}
          aria-describedby={wrong ? `${id}-problem` : undefined}
          onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
        />
        {wrong && (
          <span id={`${id}-problem`} class="field-problem">
            {t(lang, problem)}
          </span>
        )}
      </p>
    );
  };
  return (
    <details class="reviewer" open={!reviewer.name || !reviewer.url}>
      <summary>{t(lang, 'reviewer')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p class="hint">{t(lang, 'reviewerHelp')}</p>
        {field('reviewer-name', t(lang, 'reviewerName'), name, setName, 'reviewerNameNeeded', 'text')}
        {field('reviewer-url', t(lang, 'reviewerUrl'), url, setUrl, 'reviewerUrlInvalid', 'url')}
        <button type="submit">{t(lang, 'reviewerSave')}</button>{' '}
        <span role="status">{saved ? t(lang, 'reviewerSaved') : ''}</span>
      </form>
    </details>
  );
}
