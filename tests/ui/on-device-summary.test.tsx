// @vitest-environment happy-dom
/**
 * The browser's on-device summariser as an option: found by feature detection, used only for English and only when
 * its model is ready, and never in place of Hamish's own summary, which stays whatever the API does (a fake API here:
 * no browser under test has one).
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Annotations } from '../../src/core/types';
import { DEFAULT_SETTINGS, readSettings, settingsItem } from '../../src/storage/items';
import { SummarySection } from '../../src/ui/components/SummarySection';
import {
  canSummarizeOnDevice,
  findSummarizer,
  summarizeOnDevice,
  type SummarizerApi,
} from '../../src/ui/on-device-summary';
import { bareAnnotations } from '../fixtures/bare-annotations';
import { mount, texts, unmount } from './render';

function annotations(lang: 'ar' | 'en'): Annotations {
  const bare = bareAnnotations({
    title: 'Port reopens',
    paragraphs: ['The port reopened on Monday after a week of repairs.', 'Ships queued outside the harbour.'],
  });
  const first = bare.blocks[1];
  return {
    ...bare,
    lang,
    summary: { sentences: [{ ...first, text: bare.text.slice(first.start, first.end) }], digest: '' },
  };
}

/** A fake Summarizer: its availability, what it answers, and what was asked of it. */
function fakeApi(availability: string, answer: () => Promise<string>) {
  const calls = { created: 0, destroyed: 0, input: [] as string[] };
  const api: SummarizerApi = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => {
      calls.created++;
      return {
        summarize: async (text: string) => (calls.input.push(text), answer()),
        destroy: () => void calls.destroyed++,
      };
    }),
  };
  return { api, calls };
}

describe('ui/on-device-summary detection and fallback', () => {
  it('finds the API only where the browser has one', () => {
    expect(findSummarizer({})).toBeUndefined();
    expect(findSummarizer({ Summarizer: { availability: 1 } })).toBeUndefined();
    const { api } = fakeApi('available', async () => 'x');
    expect(findSummarizer({ Summarizer: api })).toBe(api);
  });

  it.each<[string, string | undefined, 'ar' | 'en', boolean]>([
    ['no API (Firefox, Chromium)', undefined, 'en', false],
    ['an Arabic article', 'available', 'ar', false],
    ['a model still to download', 'downloadable', 'en', false],
    ['a model downloading', 'downloading', 'en', false],
    ['an unavailable model', 'unavailable', 'en', false],
    ['a ready model and an English article', 'available', 'en', true],
  ])('offers it for %s: %s', async (_name, availability, lang, offered) => {
    const api = availability ? fakeApi(availability, async () => 'x').api : undefined;
    expect(await canSummarizeOnDevice(api, lang)).toBe(offered);
  });

  it('says no when asking for availability throws', async () => {
    const api: SummarizerApi = { availability: async () => Promise.reject(new Error('no')), create: vi.fn() };
    expect(await canSummarizeOnDevice(api, 'en')).toBe(false);
    expect(api.create).not.toHaveBeenCalled();
  });

  it('summarises the body (not the headline) and frees the summariser', async () => {
    const { api, calls } = fakeApi('available', async () => '  - The port reopened.  ');
    expect(await summarizeOnDevice(api, annotations('en'))).toBe('- The port reopened.');
    expect(calls.input).toEqual([
      'The port reopened on Monday after a week of repairs.\n\nShips queued outside the harbour.',
    ]);
    expect(calls.destroyed).toBe(1);
  });

  it.each<[string, () => Promise<string>]>([
    ['fails', async () => Promise.reject(new Error('model crashed'))],
    ['answers nothing', async () => '   '],
  ])('falls back when the summariser %s', async (_name, answer) => {
    const { api, calls } = fakeApi('available', answer);
    expect(await summarizeOnDevice(api, annotations('en'))).toBeUndefined();
    expect(calls.destroyed).toBe(1);
  });
});

describe('ui/OnDeviceSummary in the summary section', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    await unmount();
    vi.unstubAllGlobals();
  });

  const section = async (lang: 'ar' | 'en') => {
    const a = annotations(lang);
    return mount(<SummarySection lang="en" annotations={a} onFocus={() => {}} />, { state: null });
  };
  const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

  it('is not offered where the browser has no summariser, and Hamish’s summary stands', async () => {
    const root = await section('en');
    await settle();
    expect(root.querySelector('.on-device')).toBeNull();
    expect(texts(root, '.summary .sentence')).toEqual(['The port reopened on Monday after a week of repairs.']);
  });

  it('is off by default, and once switched on shows the browser’s summary beside Hamish’s, as text', async () => {
    const { api } = fakeApi('available', async () => '<b>Port</b> reopens after repairs');
    vi.stubGlobal('Summarizer', api);
    const root = await section('en');
    await settle();
    const box = root.querySelector<HTMLInputElement>('.on-device input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(root.querySelector('.device-summary')).toBeNull();
    await act(() => box.click());
    await vi.waitFor(async () => expect((await readSettings()).onDeviceSummary).toBe(true));
    await vi.waitFor(() => expect(texts(root, '.device-summary')).toEqual(['<b>Port</b> reopens after repairs']));
    expect(root.querySelector('.device-summary b')).toBeNull();
    expect(texts(root, '.summary .sentence')).toEqual(['The port reopened on Monday after a week of repairs.']);
  });

  it('says so and keeps Hamish’s summary when the browser’s fails', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, onDeviceSummary: true });
    vi.stubGlobal('Summarizer', fakeApi('available', async () => Promise.reject(new Error('x'))).api);
    const root = await section('en');
    await vi.waitFor(() => expect(root.querySelector('.on-device .status')).not.toBeNull());
    expect(root.querySelector('.device-summary')).toBeNull();
    expect(texts(root, '.summary .sentence')).toEqual(['The port reopened on Monday after a week of repairs.']);
  });
});
