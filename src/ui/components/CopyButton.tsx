import { useState } from 'preact/hooks';
import { copyText } from '../actions';
import { t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  text: () => string;
  /** What the button shows. */
  label: string;
  /** What a screen reader hears: the label with its object ("Copy quote by Asim Munir with citation"). */
  ariaLabel: string;
}

/** A button that copies `text` and says so for a moment, aloud too (a live region). */
export function CopyButton({ lang, text, label, ariaLabel }: Props) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        class="copy"
        aria-label={ariaLabel}
        onClick={async () => {
          if (await copyText(text())) {
            setDone(true);
            setTimeout(() => setDone(false), 1500);
          }
        }}
      >
        {done ? t(lang, 'copied') : label}
      </button>
      <span class="sr-only" role="status">
        {done ? t(lang, 'copied') : ''}
      </span>
    </>
  );
}
