import { useState } from 'preact/hooks';
import { copyText } from '../actions';
import { t, type UiLang } from '../i18n';

/** A button that copies `text` and says so for a moment. */
export function CopyButton({ lang, text, label }: { lang: UiLang; text: () => string; label?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      onClick={async () => {
        if (await copyText(text())) {
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        }
      }}
    >
      {done ? t(lang, 'copied') : (label ?? t(lang, 'copy'))}
    </button>
  );
}
