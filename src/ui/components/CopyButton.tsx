import { useState } from 'preact/hooks';
import { copyText } from '../actions';
import { t, type UiLang } from '../i18n';

/**
 * A label whose `{braced}` words are for screen readers only: the eye reads "Copy with citation" beside a quote,
 * a screen reader "Copy quote by Asim Munir with citation". The name comes from the content, so what is seen is
 * always part of what is heard.
 */
export function SpokenLabel({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\{[^}]*\})/).map((part, i) =>
        part.startsWith('{') ? (
          <span key={i} class="sr-only">
            {part.slice(1, -1)}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A button that copies `text` and says so for a moment, aloud too (a live region). */
export function CopyButton({ lang, text, label }: { lang: UiLang; text: () => string; label: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
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
        {done ? t(lang, 'copied') : <SpokenLabel text={label} />}
      </button>
      <span class="sr-only" role="status">
        {done ? t(lang, 'copied') : ''}
      </span>
    </>
  );
}
