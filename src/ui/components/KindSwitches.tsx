import type { HighlightKind } from '../../core/types';
import { updateSettings, type Settings } from '../../storage/items';
import { t, type UiLang } from '../i18n';

const KINDS: HighlightKind[] = ['person', 'place', 'organization', 'quote', 'vague', 'demonym', 'claims'];

/** One switch per kind of highlight, and one that hides them all; each change is stored and reaches every tab. */
export function KindSwitches({ lang, settings }: { lang: UiLang; settings: Settings }) {
  return (
    <fieldset class="switches">
      <legend>{t(lang, 'switches')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} class={`switch kind-${kind}`}>
          <input
            type="checkbox"
            role="switch"
            name={kind}
            checked={settings.kinds[kind]}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void updateSettings((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
            }}
          />
          <span class="swatch" aria-hidden="true" />
          {t(lang, `kind_${kind}`)}
        </label>
      ))}
      <label class="switch hide-all">
        <input
          type="checkbox"
          role="switch"
          name="hidden"
          checked={settings.hidden}
          onChange={(e) => {
            const hidden = (e.currentTarget as HTMLInputElement).checked;
            void updateSettings((s) => ({ ...s, hidden }));
          }}
        />
        {t(lang, 'hideAll')}
      </label>
    </fieldset>
  );
}
