import type { UiLangSetting } from '../../storage/items';
import { t, type UiLang } from '../i18n';
import { LanguageSelect } from './LanguageSelect';

/** The name of the extension and the language switch, atop the side panel and the popup. */
export function Topbar({ lang, uiLang }: { lang: UiLang; uiLang: UiLangSetting }) {
  return (
    <div class="topbar">
      <h1 class="app-name">{t(lang, 'appName')}</h1>
      <LanguageSelect lang={lang} value={uiLang} />
    </div>
  );
}
