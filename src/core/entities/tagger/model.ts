/**
 * A trained tagger as it ships: for each kept feature key, one quantised weight per tag, and the tag-to-tag weights.
 * The file is binary and read without parsing text: a header, the sorted keys as varint gaps, the weights as int8 by
 * tag, the transitions as float32. Loading builds one open-addressing table from key to row, so scoring a token is a
 * few array reads per feature.
 *
 * Layout (little-endian): `HMT1`, u8 version, u8 language (0 ar, 1 en), u8 feature families, u8 tag count, f32
 * weight scale, u32 row count, u32 byte length of the key gaps, the key gaps, int8 weights (all rows of tag 0, then
 * tag 1 …), f32 transitions ((tags + 1) × tags, the start row first), then two tables of hashed stems, each as u32
 * count, u32 byte length of its key gaps, the gaps, one u8 value a key: the name list, then the word clusters. An
 * Arabic file may go on with a second model in the same layout, the second pass (`article-reading.ts`), whose two tables are
 * empty: it reads the first's.
 */
import type { Lang } from '../../types';
import type { Features } from './features';
import { TAG_COUNT } from './tags';

const MAGIC = 0x31544d48; // "HMT1"
const VERSION = 3;

export interface TaggerModel {
  lang: Lang;
  /** The feature families it was trained with (`FAMILY` bits): the tagger computes these and no others. */
  families: number;
  scale: number;
  /** Open-addressing table: `slots[h]` is a key (0 for empty), `rows[h]` its row. */
  slots: Uint32Array;
  rows: Int32Array;
  /** `weights[row * TAG_COUNT + tag]`, times `scale`. */
  weights: Int8Array;
  transitions: Float32Array;
  /** Words learnt as parts of names from corpora the model was not trained on: hashed stem → kind bits. */
  names: ReadonlyMap<number, number>;
  /** Words that keep the same company in unlabelled text: hashed stem → cluster. */
  clusters: ReadonlyMap<number, number>;
  /** The second pass, where the file has one: it reads the first pass's reading of the article too (`article-reading.ts`). */
  second?: TaggerModel;
}

/** What a model is made from, before quantisation: rows of float weights under their keys. */
export interface ModelParts {
  lang: Lang;
  families: number;
  keys: Uint32Array;
  /** `weights[row * TAG_COUNT + tag]` in the order of `keys`. */
  weights: Float32Array;
  transitions: Float32Array;
  names: ReadonlyMap<number, number>;
  clusters: ReadonlyMap<number, number>;
}

/** 0 is the empty slot's mark; a feature that hashes to 0 is stored as 1 (both sides do the same). */
const slotKey = (k: number) => k || 1;

/** Sorted keys as varint gaps: random 32-bit keys take about two bytes each this way instead of four. */
function gapsOf(sorted: number[]): number[] {
  const gaps: number[] = [];
  let prev = 0;
  for (const key of sorted) {
    let gap = key - prev;
    prev = key;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    gaps.push(gap);
  }
  return gaps;
}

/** Reads `n` keys written by `gapsOf` from `at`; returns them and where they end. */
function readGaps(bytes: Uint8Array, at: number, n: number, onKey: (key: number, i: number) => void): number {
  let key = 0;
  for (let i = 0; i < n; i++) {
    let gap = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[at++];
      gap += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 0x80;
    }
    key += gap;
    onKey(key, i);
  }
  return at;
}

export function encodeModel(parts: ModelParts, scale: number): Uint8Array {
  const n = parts.keys.length;
  const order = Array.from(parts.keys.keys()).sort((a, b) => slotKey(parts.keys[a]) - slotKey(parts.keys[b]));
  const gaps = gapsOf(order.map((r) => slotKey(parts.keys[r])));
  const tables = [tableBytes(parts.names), tableBytes(parts.clusters)];
  const header = 20;
  const tail = tables.reduce((sum, t) => sum + t.length, 0);
  const bytes = new Uint8Array(header + gaps.length + n * TAG_COUNT + parts.transitions.length * 4 + 3 + tail);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  bytes.set([VERSION, parts.lang === 'ar' ? 0 : 1, parts.families, TAG_COUNT], 4);
  view.setFloat32(8, scale, true);
  view.setUint32(12, n, true);
  view.setUint32(16, gaps.length, true);
  bytes.set(gaps, header);
  let at = header + gaps.length;
  for (let t = 0; t < TAG_COUNT; t++) {
    for (const r of order) {
      const q = Math.round(parts.weights[r * TAG_COUNT + t] / scale);
      view.setInt8(at++, Math.max(-127, Math.min(127, q)));
    }
  }
  // The transitions are read as a Float32Array: align them to four bytes.
  at = (at + 3) & ~3;
  for (const w of parts.transitions) {
    view.setFloat32(at, w, true);
    at += 4;
  }
  for (const t of tables) {
    bytes.set(t, at);
    at += t.length;
  }
  return bytes.subarray(0, at);
}

/** A table of hashed stems and a byte each: u32 count, u32 byte length of the key gaps, the gaps, the bytes. */
function tableBytes(table: ReadonlyMap<number, number>): Uint8Array {
  const keys = [...table.keys()].sort((a, b) => a - b);
  const gaps = gapsOf(keys);
  const bytes = new Uint8Array(8 + gaps.length + keys.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, keys.length, true);
  view.setUint32(4, gaps.length, true);
  bytes.set(gaps, 8);
  keys.forEach((k, i) => (bytes[8 + gaps.length + i] = table.get(k)!));
  return bytes;
}

/** Reads a table written by `tableBytes` at `at`; returns it and where it ends. */
function readTable(bytes: Uint8Array, view: DataView, at: number): { table: Map<number, number>; end: number } {
  const count = view.getUint32(at, true);
  const values = at + 8 + view.getUint32(at + 4, true);
  const table = new Map<number, number>();
  readGaps(bytes, at + 8, count, (key, i) => table.set(key, bytes[values + i]));
  return { table, end: values + count };
}

export function decodeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || bytes[4] !== VERSION || bytes[7] !== TAG_COUNT)
    throw new Error(`not a Hamish tagger model (version ${VERSION})`);
  const lang: Lang = bytes[5] === 0 ? 'ar' : 'en';
  const families = bytes[6];
  const scale = view.getFloat32(8, true);
  const n = view.getUint32(12, true);
  const gapBytes = view.getUint32(16, true);
  const size = tableSize(n);
  const slots = new Uint32Array(size);
  const rows = new Int32Array(size);
  let at = readGaps(bytes, 20, n, (key, r) => {
    let h = key & (size - 1);
    while (slots[h]) h = (h + 1) & (size - 1);
    slots[h] = key;
    rows[h] = r;
  });
  if (at !== 20 + gapBytes) throw new Error('tagger model: the keys are damaged');
  // Stored by tag for compression, used by row for locality.
  const weights = new Int8Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++)
    for (let r = 0; r < n; r++) weights[r * TAG_COUNT + t] = view.getInt8(at + t * n + r);
  at = (at + n * TAG_COUNT + 3) & ~3;
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++) transitions[i] = view.getFloat32(at + i * 4, true);
  at += transitions.length * 4;
  const names = readTable(bytes, view, at);
  const clusters = readTable(bytes, view, names.end);
  const model: TaggerModel = {
    lang,
    families,
    scale,
    slots,
    rows,
    weights,
    transitions,
    names: names.table,
    clusters: clusters.table,
  };
  if (clusters.end < bytes.length) {
    const second = decodeModel(bytes.subarray(clusters.end));
    model.second = { ...second, names: model.names, clusters: model.clusters };
  }
  return model;
}

/** A power of two at least twice the row count: probes stay short. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** The row a key's weights are in, or -1 where the model kept no weights for it. */
export function rowOf(model: TaggerModel, key: number): number {
  const k = slotKey(key);
  const mask = model.slots.length - 1;
  for (let h = k & mask; model.slots[h]; h = (h + 1) & mask) if (model.slots[h] === k) return model.rows[h];
  return -1;
}

/**
 * Each token's score for each tag, `out[i * TAG_COUNT + t]`, from its features one by one: the definition the run
 * time's `Scorer` must agree with (it sums the same weights per word instead).
 */
export function emissions(model: TaggerModel, features: Features): Float32Array {
  const K = TAG_COUNT;
  const n = features.offsets.length - 1;
  const out = new Float32Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
      const r = rowOf(model, features.keys[f]);
      if (r < 0) continue;
      for (let t = 0; t < K; t++) out[i * K + t] += model.weights[r * K + t];
    }
    for (let t = 0; t < K; t++) out[i * K + t] *= model.scale;
  }
  return out;
}
