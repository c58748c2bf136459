/**
 * The extension analyses in its background and the command line in Node: both must read an article alike. The
 * background loads its resources from the package (here, the files the build ships) once, on `prepare` or the first
 * article, and a model it cannot read leaves that language to the glossary and the rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WARM_UP_ARTICLES } from '../src/analysis-warm-up';
import { backgroundAnalysis } from '../src/background-analysis';
import { fixtures } from '../src/cli/fixtures';
import { nodeResources } from '../src/cli/resources';
import { analyze } from '../src/core/analyze';
import { compileIndex } from '../src/glossary/compile';
import { readEntries } from '../src/glossary/load-node';

const INDEX = compileIndex(readEntries());
const MODELS = resolve(import.meta.dirname, '../src/core/entities/tagger');
const readFile = async (path: string) => new Uint8Array(readFileSync(resolve(MODELS, path.split('/').at(-1)!)));

describe('background analysis', () => {
  const readIndex = vi.fn(async () => INDEX);
  const background = backgroundAnalysis({ readIndex, readFile });

  it.each(fixtures().map((f) => [f.id, f] as const))('%s: the same annotations as the command line', async (_id, f) => {
    expect(await background.analyze(f.article)).toEqual({ annotations: analyze(f.article, nodeResources()) });
  });

  it('names the language of an article it does not read, and leaves it alone', async () => {
    const french = {
      title: 'Le conseil vote le budget',
      paragraphs: [
        'Le conseil de la ville a voté le budget mardi soir, après une longue séance sur les routes et les écoles.',
        'Les habitants du quartier attendent depuis des mois une réponse pour les travaux qui sont en retard.',
      ],
    };
    expect(await background.analyze(french)).toEqual({ unreadLanguage: 'fr' });
  });

  it('loads its resources once', () => {
    background.prepare();
    expect(readIndex).toHaveBeenCalledTimes(1);
  });

  it('reads an article without a model where the model cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bare = backgroundAnalysis({
      readIndex: async () => INDEX,
      readFile: () => Promise.reject(new Error('gone')),
    });
    const f = fixtures('ar')[0];
    const got = await bare.analyze(f.article);
    if (!('annotations' in got)) throw new Error('the Arabic fixture was left alone');
    expect(got.annotations.mentions.every((m) => m.source !== 'model')).toBe(true);
    expect(got.annotations.mentions.length).toBeGreaterThan(0);
  });

  it('tries again after a failed preparation', async () => {
    const failing = vi.fn().mockRejectedValueOnce(new Error('asleep')).mockResolvedValue(INDEX);
    const retried = backgroundAnalysis({ readIndex: failing, readFile });
    retried.prepare();
    await new Promise((r) => setTimeout(r, 0));
    await expect(retried.analyze(fixtures('ar')[0].article)).resolves.toBeDefined();
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('warms up on articles that reach the passes news does (names of each kind, quotes, vague sourcing) in both languages', () => {
    const read = WARM_UP_ARTICLES.map((article) => analyze(article, nodeResources()));
    expect(new Set(read.map((a) => a.lang))).toEqual(new Set(['ar', 'en']));
    for (const kind of ['person', 'place', 'organization'])
      expect(read.some((a) => a.mentions.some((m) => m.kind === kind))).toBe(true);
    for (const a of read) {
      expect(a.quotes.length).toBeGreaterThan(0);
      expect(a.vague.length).toBeGreaterThan(0);
    }
  });
});
