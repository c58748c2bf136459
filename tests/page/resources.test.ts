import { describe, expect, it, vi } from 'vitest';
import { compileIndex } from '../../src/glossary/compile';
import { readEntries } from '../../src/glossary/load-node';
import type { Recognizer } from '../../src/core/entities/context';
import { pageResources } from '../../src/page/resources';

const INDEX = compileIndex(readEntries());
const RECOGNIZER = { lang: 'en' } as unknown as Recognizer;

describe('page/resources', () => {
  it('asks for the index once, and loads the English recogniser for English articles only', async () => {
    const requestIndex = vi.fn(async () => INDEX);
    const loadEnglish = vi.fn(async () => [RECOGNIZER]);
    const resources = pageResources(requestIndex, loadEnglish);
    resources.preload();
    const ar = await resources.load('ar');
    expect(ar.recognizers).toBeUndefined();
    expect(loadEnglish).not.toHaveBeenCalled();
    const [en, again] = [await resources.load('en'), await resources.load('en')];
    expect(en.recognizers).toEqual({ en: [RECOGNIZER] });
    expect(again.glossary).toBe(ar.glossary);
    expect([requestIndex.mock.calls.length, loadEnglish.mock.calls.length]).toEqual([1, 1]);
  });

  it('leaves English to the rules where the recogniser fails to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const resources = pageResources(
      async () => INDEX,
      () => Promise.reject(new Error('no tab')),
    );
    expect((await resources.load('en')).recognizers).toEqual({ en: [] });
  });

  it('fails where the index cannot be had, and a preload that failed throws nothing', async () => {
    const resources = pageResources(
      () => Promise.reject(new Error('no background')),
      async () => [],
    );
    resources.preload();
    await expect(resources.load('ar')).rejects.toThrow('no background');
  });
});
