/**
 * UI strings from `public/_locales`, the same files the manifest uses. Read directly rather than through
 * `browser.i18n`, so the reader can switch the UI's language, not only follow the browser's.
 */
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { UiLangSetting } from '../storage/items';

export type UiLang = 'ar' | 'en';
export type MessageKey = keyof typeof en;

const BUNDLES: Record<UiLang, Record<string, { message: string }>> = { ar, en };

/** A UI string; each `$NAME$` in it is replaced by `subs.NAME` (the messages.json spelling of a placeholder). */
export function t(lang: UiLang, key: MessageKey, subs: Record<string, string | number> = {}): string {
  const message = BUNDLES[lang][key]?.message ?? en[key].message;
  return message.replace(/\$([A-Z]+)\$/g, (whole, name: string) => String(subs[name] ?? whole));
}

/** The browser's language where it is Arabic, else English. */
export function browserUiLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): UiLang {
  return languages[0]?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function resolveUiLang(setting: UiLangSetting, languages?: readonly string[]): UiLang {
  return setting === 'auto' ? browserUiLang(languages) : setting;
}

/** A language's name in the UI's language (`fr` → French, الفرنسية); the code itself where the browser has none. */
export function languageName(ui: UiLang, code: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The language a name is written in, by its script: an Arabic name shown in the English UI is marked so a screen
 * reader speaks it as Arabic, and the reverse.
 */
export const scriptLang = (text: string): UiLang =>
  /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(text) ? 'ar' : 'en';

export const dirOf = (lang: string) => (lang === 'ar' ? 'rtl' : 'ltr');
