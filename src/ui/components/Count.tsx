import { t, type MessageKey, type UiLang } from '../i18n';

/**
 * A count as the eye wants it (a number in a pill) and as a screen reader wants it: a sentence that says what is
 * counted (`says`, a message with a `$COUNT$`).
 */
export function Count({ lang, n, says }: { lang: UiLang; n: number; says: MessageKey }) {
  return (
    <span class="count">
      <span aria-hidden="true">{n}</span>
      <span class="sr-only">{t(lang, says, { COUNT: n })}</span>
    </span>
  );
}
