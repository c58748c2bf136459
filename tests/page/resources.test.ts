import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backgroundTagger } from '../../src/background-tagger';
import { fixtures } from '../../src/cli/fixtures';
import { nodeParts, nodeResources } from '../../src/cli/resources';
import { analyze } from '../../src/core/analyze';
import type { Proposal, Recognizer } from '../../src/core/entities/context';
import { compileIndex } from '../../src/glossary/compile';
import { readEntries } from '../../src/glossary/load-node';
import { pageResources } from '../../src/page/resources';

const INDEX = compileIndex(readEntries());
const RECOGNIZER = { lang: 'en' } as unknown as Recognizer;
const ARTICLE = fixtures('ar')[0].article;
const readFile = async (path: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../src/core/entities/tagger', path.split('/')[1])));

describe('page/resources', () => {
  it('asks for the index once, the names of each article, and compromise for English articles only', async () => {
    const requestIndex = vi.fn(async () => INDEX);
    const requestNames = vi.fn(async (): Promise<Proposal[]> => []);
    const loadEnglish = vi.fn(async () => [RECOGNIZER]);
    const resources = pageResources({ requestIndex, requestNames, loadEnglish });
    resources.preload();
    const ar = await resources.load('ar', ARTICLE);
    expect(ar.recognizers?.ar).toHaveLength(1);
    expect(loadEnglish).not.toHaveBeenCalled();
    const [en, again] = [await resources.load('en', ARTICLE), await resources.load('en', ARTICLE)];
    expect(en.recognizers?.en?.[0]).toBe(RECOGNIZER);
    expect(again.glossary).toBe(ar.glossary);
    expect([requestIndex, requestNames, loadEnglish].map((f) => f.mock.calls.length)).toEqual([1, 3, 1]);
  });

  it('leaves a language to the rules where its recogniser or the tagger fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const resources = pageResources({
      requestIndex: async () => INDEX,
      requestNames: () => Promise.reject(new Error('no background')),
      loadEnglish: () => Promise.reject(new Error('no tab')),
    });
    expect((await resources.load('en', ARTICLE)).recognizers).toEqual({ ar: [], en: [] });
    expect((await resources.load('ar', ARTICLE)).recognizers).toEqual({ ar: [], en: [] });
  });

  it('fails where the index cannot be had, and a preload that failed throws nothing', async () => {
    const resources = pageResources({
      requestIndex: () => Promise.reject(new Error('no background')),
      requestNames: async () => [],
      loadEnglish: async () => [],
    });
    resources.preload();
    await expect(resources.load('ar', ARTICLE)).rejects.toThrow('no background');
  });

  // The extension tags in the background and analyses in the page; the command line does both in one place. Both
  // must read an article alike.
  const tagger = backgroundTagger(async () => INDEX, readFile);
  const page = pageResources({
    requestIndex: async () => INDEX,
    requestNames: (lang, text, blocks) => tagger.tag(lang, text, blocks),
    loadEnglish: async () => [nodeParts().english],
  });
  it.each(fixtures().map((f) => [f.id, f] as const))(
    '%s: the page finds what the command line finds',
    async (_id, f) => {
      const lang = f.id.startsWith('ar') ? 'ar' : 'en';
      const ours = analyze(f.article, await page.load(lang, f.article));
      expect(ours).toEqual(analyze(f.article, nodeResources()));
    },
  );
});
