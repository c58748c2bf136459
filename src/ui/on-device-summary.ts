/**
 * The browser's own on-device summariser (Chrome's Summarizer API, English only), offered beside the extractive
 * summary and off by default. Nothing leaves the device either way: the model runs in the browser. Where the API is
 * missing (Firefox, Debian's Chromium), unavailable, not ready, or fails, the extractive summary is what the reader
 * sees — it is always shown, and this only adds to it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Annotations } from '../core/types';

/** The part of the API Hamish uses; a test hands a fake in its place. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<string>;
  create(options: SummarizerOptions): Promise<{ summarize(text: string): Promise<string>; destroy?(): void }>;
}

interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

/** Key points in plain text (shown as text, never as markup), short: a summary beside a summary. */
const OPTIONS: SummarizerOptions = {
  type: 'key-points',
  format: 'plain-text',
  length: 'short',
  expectedInputLanguages: ['en'],
  outputLanguage: 'en',
};

/** The API where the browser has one, else undefined (feature detection, never a version sniff). */
export function findSummarizer(scope: object = globalThis): SummarizerApi | undefined {
  const api = (scope as { Summarizer?: Partial<SummarizerApi> }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function'
    ? (api as SummarizerApi)
    : undefined;
}

/**
 * Whether the on-device summariser can serve this article now: English, the API present, its model downloaded
 * ('available'). A model still to download is left alone: downloading gigabytes is the reader's choice in Chrome's
 * own settings, not a side effect of opening a panel.
 */
export async function canSummarizeOnDevice(api: SummarizerApi | undefined, lang: string): Promise<boolean> {
  if (!api || lang !== 'en') return false;
  try {
    return (await api.availability(OPTIONS)) === 'available';
  } catch {
    return false;
  }
}

/** The on-device summary of the article's body, or undefined where it cannot be had (the caller keeps its own). */
export async function summarizeOnDevice(api: SummarizerApi | undefined, a: Annotations): Promise<string | undefined> {
  if (!(await canSummarizeOnDevice(api, a.lang))) return undefined;
  try {
    const summarizer = await api!.create(OPTIONS);
    try {
      const body = a.blocks.slice(1).map((b) => a.text.slice(b.start, b.end));
      const out = (await summarizer.summarize(body.join('\n\n'))).trim();
      return out || undefined;
    } finally {
      summarizer.destroy?.();
    }
  } catch {
    return undefined;
  }
}

export type OnDeviceState =
  | { status: 'off' }
  | { status: 'unsupported' }
  | { status: 'working' }
  | { status: 'done'; text: string }
  | { status: 'failed' };

/** Whether to offer the option at all: the API exists and the article is English. */
export function useOnDeviceOffered(lang: string, api = findSummarizer()): boolean {
  const [offered, set] = useState(false);
  useEffect(() => {
    let live = true;
    void canSummarizeOnDevice(api, lang).then((ok) => live && set(ok));
    return () => {
      live = false;
    };
  }, [lang, api]);
  return offered;
}

/** The on-device summary of `a` while `enabled`, as state; any failure leaves the extractive summary alone. */
export function useOnDeviceSummary(a: Annotations, enabled: boolean, api = findSummarizer()): OnDeviceState {
  const [state, set] = useState<OnDeviceState>({ status: 'off' });
  useEffect(() => {
    if (!enabled) return set({ status: 'off' });
    if (!api || a.lang !== 'en') return set({ status: 'unsupported' });
    let live = true;
    set({ status: 'working' });
    void summarizeOnDevice(api, a).then((text) => live && set(text ? { status: 'done', text } : { status: 'failed' }));
    return () => {
      live = false;
    };
  }, [a, enabled, api]);
  return state;
}
