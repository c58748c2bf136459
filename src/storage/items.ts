/**
 * Every stored item of the extension, in one place: each versioned, with a fallback, and read through a sanitiser
 * so a corrupted or older value never breaks a UI or loses what the user set.
 */
import { storage } from '@wxt-dev/storage';
import { isClaimNote, type ClaimNote } from '../core/claims/desk';
import { ENTITY_KINDS, HIGHLIGHT_KINDS, type EntityKind, type HighlightKind } from '../core/types';

export type UiLangSetting = 'auto' | 'ar' | 'en';

export interface Settings {
  /** Which highlights are painted. */
  kinds: Record<HighlightKind, boolean>;
  /** All highlights hidden at once (the keyboard shortcut). */
  hidden: boolean;
  /** The language of the side panel and the popup; `auto` follows the browser. */
  uiLang: UiLangSetting;
  /** Host names where Hamish stays off ("pause on this site"). */
  pausedSites: string[];
  /** The organisation a fact-checking desk files its ClaimReviews as: its name and the site it publishes on. */
  reviewer: { name: string; url: string };
  /**
   * Show the browser's on-device summary (Chrome's Summarizer API, English) beside Hamish's own. Off by default; a
   * value stored before it existed reads as off, so no migration is needed.
   */
  onDeviceSummary: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { person: true, place: true, organization: true, quote: true, vague: true, demonym: false, claims: false },
  hidden: false,
  uiLang: 'auto',
  pausedSites: [],
  reviewer: { name: '', url: '' },
  onDeviceSummary: false,
};

/**
 * Settings stored before the desk (version 1) gain its highlight kind, off as for a new reader, and an empty
 * reviewer; everything the reader set is kept.
 */
export function migrateSettingsToV2(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null) return v1;
  const old = v1 as { kinds?: Record<string, unknown> };
  return { ...old, kinds: { ...old.kinds, claims: false }, reviewer: { name: '', url: '' } };
}

/** Where a pinned entity was seen: the article, kept locally so a reader can go back to it. */
export interface Appearance {
  url: string;
  title: string;
  site?: string;
  published?: string;
  /** Epoch milliseconds. */
  seenAt: number;
  /** Mentions of the entity in that article. */
  count: number;
}

/** Articles kept per pinned entity; older ones drop off first. */
export const HISTORY_PER_PIN = 8;

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
  return {
    kinds,
    hidden: typeof value.hidden === 'boolean' ? value.hidden : DEFAULT_SETTINGS.hidden,
    uiLang: value.uiLang === 'ar' || value.uiLang === 'en' ? value.uiLang : 'auto',
    pausedSites: Array.isArray(value.pausedSites)
      ? [...new Set(value.pausedSites.filter((h): h is string => typeof h === 'string' && h.length > 0))]
      : [],
    reviewer: sanitizeReviewer(value.reviewer),
    onDeviceSummary: value.onDeviceSummary === true,
  };
}

function sanitizeReviewer(raw: unknown): Settings['reviewer'] {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const url = typeof r.url === 'string' && /^https?:\/\//.test(r.url) ? r.url : '';
  return { name: typeof r.name === 'string' ? r.name : '', url };
}

/** A desk's notes on one article, kept locally (private: never synced). */
export interface ArticleNotes {
  title: string;
  notes: ClaimNote[];
}

/** The key an article's notes are kept under: its URL without the fragment, so `#section` links share them. */
export const notesKey = (url: string) => url.split('#')[0];

/** Any stored value → the well-formed notes in it, per article; never throws, never drops a well-formed note. */
export function sanitizeNotes(raw: unknown): Record<string, ArticleNotes> {
  const out: Record<string, ArticleNotes> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [url, entry] of Object.entries(raw)) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Partial<ArticleNotes>;
    const notes = Array.isArray(e.notes) ? e.notes.filter(isClaimNote) : [];
    if (notes.length) out[url] = { title: typeof e.title === 'string' ? e.title : '', notes };
  }
  return out;
}

/** Any stored value → the pins in it that are well-formed, first pin of a key kept; never throws. */
export function sanitizePins(raw: unknown): Pin[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Pin[] = [];
  for (const p of raw) {
    if (typeof p !== 'object' || p === null || typeof p.key !== 'string' || !p.key || seen.has(p.key)) continue;
    if (!(ENTITY_KINDS as readonly string[]).includes(p.kind)) continue;
    const names = typeof p.names === 'object' && p.names !== null ? p.names : {};
    seen.add(p.key);
    out.push({
      key: p.key,
      kind: p.kind,
      names: {
        ...(typeof names.ar === 'string' ? { ar: names.ar } : {}),
        ...(typeof names.en === 'string' ? { en: names.en } : {}),
      },
      pinnedAt: Number.isFinite(p.pinnedAt) ? p.pinnedAt : 0,
    });
  }
  return out;
}

/** Any stored value → the history entries in it that are well-formed, per key, newest first, capped. */
export function sanitizeHistory(raw: unknown): Record<string, Appearance[]> {
  const out: Record<string, Appearance[]> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [key, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) continue;
    const ok = list.filter(
      (a): a is Appearance =>
        typeof a === 'object' &&
        a !== null &&
        typeof a.url === 'string' &&
        typeof a.title === 'string' &&
        Number.isFinite(a.seenAt),
    );
    if (ok.length)
      out[key] = ok
        .sort((a, b) => b.seenAt - a.seenAt)
        .slice(0, HISTORY_PER_PIN)
        .map((a) => ({ ...a, count: Number.isFinite(a.count) ? a.count : 1 }));
  }
  return out;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});
/** The desk's verdicts and notes, per article URL: local, as a desk's notes are private to the device. */
export const notesItem = storage.defineItem<Record<string, ArticleNotes>>('local:claimNotes', {
  fallback: {},
  version: 1,
});
/** Pins live in sync storage, so they follow the reader across browsers... */
export const pinsItem = storage.defineItem<Pin[]>('sync:pins', { fallback: [], version: 1 });
/** ...except when sync's quota is hit: then the whole list is kept here, and this copy is the one read. */
export const pinsOverflowItem = storage.defineItem<Pin[] | null>('local:pins', { fallback: null, version: 1 });
export const historyItem = storage.defineItem<Record<string, Appearance[]>>('local:pinHistory', {
  fallback: {},
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue().catch(() => undefined));
}

export async function readPins(): Promise<Pin[]> {
  const overflow = await pinsOverflowItem.getValue().catch(() => null);
  if (overflow !== null) return sanitizePins(overflow);
  return sanitizePins(await pinsItem.getValue().catch(() => undefined));
}

/**
 * Stores the whole list of pins: in sync storage where it fits, else in local storage. A failed write never loses a
 * pin: the list is written somewhere or the call throws, leaving what was stored before.
 */
export async function writePins(pins: Pin[]): Promise<void> {
  try {
    await pinsItem.setValue(pins);
    await pinsOverflowItem.removeValue();
  } catch {
    await pinsOverflowItem.setValue(pins);
  }
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitizeSettings(v)));
}

export function watchPins(cb: (p: Pin[]) => void): () => void {
  const reread = () => void readPins().then(cb);
  const stops = [pinsItem.watch(reread), pinsOverflowItem.watch(reread)];
  return () => stops.forEach((stop) => stop());
}

export async function readHistory(): Promise<Record<string, Appearance[]>> {
  return sanitizeHistory(await historyItem.getValue().catch(() => undefined));
}

export function watchHistory(cb: (h: Record<string, Appearance[]>) => void): () => void {
  return historyItem.watch((v) => cb(sanitizeHistory(v)));
}

/** Records that the pinned entities in `counts` appear in this article (one entry per article, the newest kept). */
export async function recordAppearances(
  article: Omit<Appearance, 'seenAt' | 'count'>,
  counts: Map<string, number>,
): Promise<void> {
  if (counts.size === 0) return;
  const history = await readHistory();
  const now = Date.now();
  for (const [key, count] of counts) {
    const others = (history[key] ?? []).filter((a) => a.url !== article.url);
    history[key] = [{ ...article, seenAt: now, count }, ...others].slice(0, HISTORY_PER_PIN);
  }
  await historyItem.setValue(history);
}

export async function readNotes(url: string): Promise<ClaimNote[]> {
  return sanitizeNotes(await notesItem.getValue().catch(() => undefined))[notesKey(url)]?.notes ?? [];
}

export function watchNotes(url: string, cb: (notes: ClaimNote[]) => void): () => void {
  return notesItem.watch((v) => cb(sanitizeNotes(v)[notesKey(url)]?.notes ?? []));
}

/**
 * Changes the status or the text of the note on the claim at `anchor` (one note per anchor), keeping what the change
 * does not name as it is stored — not as a view last saw it, so a status and a note changed in quick succession both
 * stay. A note that says nothing (to check, no text) is removed; the other articles' notes are kept as they are.
 */
export function saveNote(
  url: string,
  title: string,
  anchor: ClaimNote['anchor'],
  change: Partial<Pick<ClaimNote, 'verdict' | 'note'>>,
): Promise<void> {
  // One write after another: two changes read at once would each write back the notes without the other's change.
  const run = noteWrites.then(() => writeNote(url, title, anchor, change));
  noteWrites = run.catch(() => undefined);
  return run;
}

let noteWrites: Promise<unknown> = Promise.resolve();

async function writeNote(
  url: string,
  title: string,
  anchor: ClaimNote['anchor'],
  change: Partial<Pick<ClaimNote, 'verdict' | 'note'>>,
): Promise<void> {
  const all = sanitizeNotes(await notesItem.getValue().catch(() => undefined));
  const key = notesKey(url);
  const same = (n: ClaimNote) =>
    n.anchor.exact === anchor.exact && n.anchor.prefix === anchor.prefix && n.anchor.suffix === anchor.suffix;
  const before = all[key]?.notes.find(same);
  const others = (all[key]?.notes ?? []).filter((n) => !same(n));
  const note: ClaimNote = {
    anchor: { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    verdict: change.verdict ?? before?.verdict ?? 'to-check',
    note: change.note ?? before?.note ?? '',
    updated: new Date().toISOString(),
  };
  const empty = note.verdict === 'to-check' && !note.note.trim();
  const notes = empty ? others : [...others, note];
  if (notes.length) all[key] = { title, notes };
  else delete all[key];
  await notesItem.setValue(all);
}

export async function clearHistory(): Promise<void> {
  await historyItem.setValue({});
}

/** What an import found: the well-formed pins the file held, and how many of them were new here. */
export interface PinsImport {
  inFile: number;
  added: number;
}

/**
 * Adds pins read from a file to the stored ones; a pin already there keeps its date. The counts tell a file that is
 * no pins file (nothing in it) from one whose pins are all here already (nothing added).
 */
export async function importPins(raw: unknown): Promise<PinsImport> {
  const incoming = sanitizePins(Array.isArray(raw) ? raw : (raw as { pins?: unknown })?.pins);
  const pins = await readPins();
  const known = new Set(pins.map((p) => p.key));
  const added = incoming.filter((p) => !known.has(p.key));
  if (added.length) await writePins([...pins, ...added]);
  return { inFile: incoming.length, added: added.length };
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.setValue(change(await readSettings()));
}

/** Pins or unpins an entity; the rest of the pins are kept as they are. */
export async function togglePin(pin: Omit<Pin, 'pinnedAt'>): Promise<boolean> {
  const pins = await readPins();
  const pinned = pins.some((p) => p.key === pin.key);
  await writePins(pinned ? pins.filter((p) => p.key !== pin.key) : [...pins, { ...pin, pinnedAt: Date.now() }]);
  return !pinned;
}
