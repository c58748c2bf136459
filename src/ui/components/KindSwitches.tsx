import type { HighlightKind } from '../../core/types';
import { updateSettings, type Settings } from '../../storage/items';
import { t, type UiLang } from '../i18n';

const KINDS: HighlightKind[] = ['person', 'place', 'organization', 'quote', 'vague', 'demonym', 'claims'];

/**
 * Turns a kind on or off. While everything is hidden a kind's switch reads off, so turning one on shows the
 * highlights again (the others as they were set before "hide all").
 */
function setKind(kind: HighlightKind, on: boolean): Promise<void> {
  return updateSettings((s) => ({ ...s, hidden: on ? false : s.hidden, kinds: { ...s.kinds, [kind]: on } }));
}

/**
 * One switch per kind of highlight, and one that hides them all; each change is stored and reaches every tab. A
 * kind's switch shows what the page shows: off while everything is hidden.
 */
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
            checked={settings.kinds[kind] && !settings.hidden}
            onChange={(e) => void setKind(kind, (e.currentTarget as HTMLInputElement).checked)}
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
