import { useState } from 'preact/hooks';
import { clearHistory, importPins, readPins, type PinsImport } from '../../storage/items';
import { download } from '../actions';
import { t, type UiLang } from '../i18n';

/** The pins as a file the reader keeps or moves to another browser. */
async function exportPins(): Promise<void> {
  download('hamish-pins.json', 'application/json', JSON.stringify({ version: 1, pins: await readPins() }, null, 2));
}

/** What an import did, in words: pins added, nothing new, or a file that holds no pins. */
function importNotice(lang: UiLang, { inFile, added }: PinsImport): string {
  if (!inFile) return t(lang, 'importFailed');
  return added ? t(lang, 'imported', { COUNT: added }) : t(lang, 'importNothingNew');
}

/** Pins to a file and back, and clearing the list of articles seen; says how an import went. */
export function PinTools({ lang, hasHistory }: { lang: UiLang; hasHistory: boolean }) {
  const [notice, setNotice] = useState('');
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      setNotice(importNotice(lang, await importPins(JSON.parse(await file.text()))));
    } catch {
      setNotice(t(lang, 'importFailed'));
    }
  };
  return (
    <>
      <div class="row pin-tools">
        <button type="button" class="export-pins" onClick={exportPins}>
          {t(lang, 'exportPins')}
        </button>
        <label class="import-pins">
          {t(lang, 'importPins')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onImport((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
        {hasHistory && (
          <button type="button" class="clear-history" onClick={() => void clearHistory()}>
            {t(lang, 'clearHistory')}
          </button>
        )}
      </div>
      {notice && (
        <p class="status" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
