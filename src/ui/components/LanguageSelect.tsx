import { updateSettings, type UiLangSetting } from '../../storage/items';
import { t, type UiLang } from '../i18n';

export function LanguageSelect({ lang, value }: { lang: UiLang; value: UiLangSetting }) {
  return (
    <label class="ui-lang">
      {t(lang, 'uiLanguage')}{' '}
      <select
        value={value}
        onChange={(e) => {
          const uiLang = (e.currentTarget as HTMLSelectElement).value as UiLangSetting;
          void updateSettings((s) => ({ ...s, uiLang }));
        }}
      >
        <option value="auto">{t(lang, 'uiAuto')}</option>
        <option value="ar" lang="ar">
          العربية
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
