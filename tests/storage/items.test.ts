import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizePins, sanitizeSettings } from '../../src/storage/items';

describe('storage/items', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [{ kinds: 'x', hidden: 'yes' }, DEFAULT_SETTINGS],
    [
      { kinds: { person: false, bogus: true } },
      { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, person: false } },
    ],
    [
      { hidden: true, kinds: { quote: 'no' } },
      { ...DEFAULT_SETTINGS, hidden: true },
    ],
    // the on-device summary is on only when set so; settings stored before it existed read as off
    [{ onDeviceSummary: true }, { ...DEFAULT_SETTINGS, onDeviceSummary: true }],
    [{ onDeviceSummary: 'yes' }, DEFAULT_SETTINGS],
  ])('sanitises settings %j', (raw, expected) => {
    expect(sanitizeSettings(raw)).toEqual(expected);
  });

  it.each([
    [undefined, []],
    [{}, []],
    [[null, 3, { key: '' }, { key: 'x', kind: 'weapon' }], []],
    [
      [{ key: 'a', kind: 'person', names: { ar: 'أ', en: 7 }, pinnedAt: 5 }],
      [{ key: 'a', kind: 'person', names: { ar: 'أ' }, pinnedAt: 5 }],
    ],
    [
      [
        { key: 'a', kind: 'place' },
        { key: 'a', kind: 'person' },
      ],
      [{ key: 'a', kind: 'place', names: {}, pinnedAt: 0 }],
    ],
  ])('keeps the well-formed pins of %j', (raw, expected) => {
    expect(sanitizePins(raw)).toEqual(expected);
  });
});
