/**
 * Every stored item of the extension, in one place: each versioned, with a fallback, and read through a sanitiser
 * so a corrupted or older value never breaks a UI or loses what the user set.
 */
import { storage } from '@wxt-dev/storage';
import { HIGHLIGHT_KINDS, type EntityKind, type HighlightKind } from '../core/types';

export interface Settings {
  /** Which highlights are painted. */
  kinds: Record<HighlightKind, boolean>;
  /** All highlights hidden at once (the keyboard shortcut). */
  hidden: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { person: true, place: true, organization: true, quote: true, vague: true, demonym: false },
  hidden: false,
};

export interface Pin {
  key: string;
  kind: EntityKind;
  names: { ar?: string; en?: string };
  /** Epoch milliseconds. */
  pinnedAt: number;
}

/** Any stored value → valid settings: known fields kept where well-typed, the rest from the defaults. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (typeof value.kinds === 'object' && value.kinds !== null) {
    for (const k of HIGHLIGHT_KINDS) if (typeof value.kinds[k] === 'boolean') kinds[k] = value.kinds[k];
  }
  return { kinds, hidden: typeof value.hidden === 'boolean' ? value.hidden : DEFAULT_SETTINGS.hidden };
}

/** Any stored value → the pins in it that are well-formed, first pin of a key kept; never throws. */
export function sanitizePins(raw: unknown): Pin[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Pin[] = [];
  for (const p of raw) {
    if (typeof p !== 'object' || p === null || typeof p.key !== 'string' || !p.key || seen.has(p.key)) continue;
    if (!['person', 'place', 'organization'].includes(p.kind)) continue;
    const names = typeof p.names === 'object' && p.names !== null ? p.names : {};
    seen.add(p.key);
    out.push({
      key: p.key,
      kind: p.kind,
      names: { ...(typeof names.ar === 'string' ? { ar: names.ar } : {}), ...(typeof names.en === 'string' ? { en: names.en } : {}) },
      pinnedAt: Number.isFinite(p.pinnedAt) ? p.pinnedAt : 0,
    });
  }
  return out;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
export const pinsItem = storage.defineItem<Pin[]>('sync:pins', { fallback: [], version: 1 });

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue().catch(() => undefined));
}

export async function readPins(): Promise<Pin[]> {
  return sanitizePins(await pinsItem.getValue().catch(() => undefined));
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitizeSettings(v)));
}

export function watchPins(cb: (p: Pin[]) => void): () => void {
  return pinsItem.watch((v) => cb(sanitizePins(v)));
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.setValue(change(await readSettings()));
}

/** Pins or unpins an entity; the rest of the pins are kept as they are. */
export async function togglePin(pin: Omit<Pin, 'pinnedAt'>): Promise<boolean> {
  const pins = await readPins();
  const pinned = pins.some((p) => p.key === pin.key);
  await pinsItem.setValue(pinned ? pins.filter((p) => p.key !== pin.key) : [...pins, { ...pin, pinnedAt: Date.now() }]);
  return !pinned;
}
