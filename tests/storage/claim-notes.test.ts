import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  migrateSettingsToV2,
  notesItem,
  readNotes,
  readSettings,
  sanitizeNotes,
  sanitizeSettings,
  saveNote,
  settingsItem,
} from '../../src/storage/items';

const anchor = { exact: 'Prices rose 5 percent.', prefix: 'A. ', suffix: ' B.' };
const URL = 'https://example.org/a';

describe('storage/items, the desk', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates settings of version 1: the claims highlight off, no reviewer, the rest kept', async () => {
    const v1 = { kinds: { ...DEFAULT_SETTINGS.kinds, person: false, claims: undefined }, hidden: true, uiLang: 'ar' };
    expect(migrateSettingsToV2(v1)).toEqual({
      ...v1,
      kinds: { ...v1.kinds, claims: false },
      reviewer: { name: '', url: '' },
    });
    // through the storage item, as an upgrade finds it
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ kinds: { claims: false }, reviewer: { name: '' } });
    const s = await readSettings();
    expect(s.kinds).toMatchObject({ person: false, claims: false });
    expect(s.hidden).toBe(true);
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('keeps a reviewer with a web address only', () => {
    expect(sanitizeSettings({ reviewer: { name: 'Desk', url: 'javascript:alert(1)' } }).reviewer).toEqual({
      name: 'Desk',
      url: '',
    });
    expect(sanitizeSettings({ reviewer: { name: 'Desk', url: 'https://d.example' } }).reviewer.url).toBe(
      'https://d.example',
    );
  });

  it('keeps the well-formed notes of each article, and nothing else', () => {
    const good = { anchor, verdict: 'false', note: 'n', updated: '2026-01-01' };
    expect(
      sanitizeNotes({
        [URL]: { title: 'A', notes: [good, { ...good, verdict: 'true' }, null] },
        other: 'x',
        empty: { notes: [] },
      }),
    ).toEqual({ [URL]: { title: 'A', notes: [good] } });
    expect(sanitizeNotes([1, 2])).toEqual({});
  });

  it('keeps both of two changes made at once', async () => {
    await Promise.all([
      saveNote(URL, 'A', anchor, { verdict: 'misleading' }),
      saveNote(URL, 'A', { ...anchor, prefix: 'C. ' }, { verdict: 'checking' }),
      saveNote(URL, 'A', anchor, { note: 'both stay' }),
    ]);
    expect((await readNotes(URL)).map((n) => [n.verdict, n.note])).toEqual([
      ['checking', ''],
      ['misleading', 'both stay'],
    ]);
  });

  it('changes the status and the note of one claim apart, and drops a note that says nothing', async () => {
    await saveNote(URL, 'A', anchor, { verdict: 'checking' });
    await saveNote(`${URL}#part`, 'A', anchor, { note: 'asked the ministry' });
    expect(await readNotes(URL)).toMatchObject([{ anchor, verdict: 'checking', note: 'asked the ministry' }]);
    await saveNote(URL, 'A', { ...anchor, prefix: 'C. ' }, { verdict: 'false' });
    expect((await readNotes(URL)).map((n) => n.verdict)).toEqual(['checking', 'false']);
    await saveNote(URL, 'A', anchor, { verdict: 'to-check', note: ' ' });
    expect((await readNotes(URL)).map((n) => n.verdict)).toEqual(['false']);
    await saveNote(URL, 'A', { ...anchor, prefix: 'C. ' }, { verdict: 'to-check' });
    expect(await notesItem.getValue()).toEqual({});
  });
});
