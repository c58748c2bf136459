import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  importPins,
  pinsItem,
  pinsOverflowItem,
  readPins,
  readSettings,
  recordAppearances,
  readHistory,
  settingsItem,
  togglePin,
} from '../../src/storage/items';

const pin = (key: string) => ({ key, kind: 'person' as const, names: { en: key } });
const keys = async () => (await readPins()).map((p) => p.key);

describe('storage/items: pins, settings and history in the extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps every pin when sync storage is over its quota, and moves back when it has room again', async () => {
    await togglePin(pin('a'));
    const quota = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await togglePin(pin('b'));
    expect(await keys()).toEqual(['a', 'b']);
    expect(await pinsOverflowItem.getValue()).not.toBeNull();
    quota.mockRestore();
    await togglePin(pin('a'));
    expect(await keys()).toEqual(['b']);
    expect(await pinsOverflowItem.getValue()).toBeNull();
    expect((await pinsItem.getValue()).map((p) => p.key)).toEqual(['b']);
  });

  it('reads corrupted stored values as defaults, never throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', pins: { not: 'a list' } });
    expect((await readSettings()).kinds.person).toBe(true);
    expect(await readPins()).toEqual([]);
    await settingsItem.setValue({ kinds: { person: false } } as never);
    expect((await readSettings()).kinds).toMatchObject({ person: false, place: true });
  });

  it('imports pins from a file without losing or duplicating the ones already there', async () => {
    await togglePin(pin('a'));
    const file = { version: 1, pins: [pin('a'), pin('c'), { key: 7 }] };
    expect(await importPins(file)).toEqual({ inFile: 2, added: 1 });
    expect(await keys()).toEqual(['a', 'c']);
    // The same file again holds pins, none of them new; a file that is no pins file holds none.
    expect(await importPins(file)).toEqual({ inFile: 2, added: 0 });
    expect(await importPins('not json at all')).toEqual({ inFile: 0, added: 0 });
    expect(await importPins({ title: 'an export of annotations', mentions: [] })).toEqual({ inFile: 0, added: 0 });
    expect(await keys()).toEqual(['a', 'c']);
  });

  it('keeps one history entry per article, newest first, capped', async () => {
    for (let i = 0; i < 12; i++)
      await recordAppearances({ url: `https://x/${i % 10}`, title: `t${i}` }, new Map([['a', 2]]));
    const h = (await readHistory()).a;
    expect(h).toHaveLength(8);
    expect(h[0].title).toBe('t11');
    expect(new Set(h.map((x) => x.url)).size).toBe(8);
  });
});
