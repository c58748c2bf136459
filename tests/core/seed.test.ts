/**
 * The first acceptance test: the seed article from `../shared/seed`, through the same extraction and analysis as the
 * extension, with the project's glossary. Skipped, with a message, where the seed is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { hasSeed, SEED_GOLD, SEED_MISSING, SEED_PAGE } from '../../src/cli/fixtures';
import { readArticle } from '../../src/cli/read-article';
import { nodeResources } from '../../src/cli/resources';

interface Gold {
  entities: { key: string; type: string; mentions: [string, number][]; inGlossary?: boolean }[];
  notEntities: [string, string][];
}

describe.skipIf(!hasSeed)('seed article', () => {
  const gold = hasSeed ? (JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold) : undefined;
  const a = hasSeed ? analyze(readArticle(SEED_PAGE)!, nodeResources()) : undefined;

  it('finds every gold mention, each as often as the gold says, and nothing else', () => {
    const want = new Map<string, number>();
    for (const e of gold!.entities) for (const [text, n] of e.mentions) want.set(`${e.type}|${text}`, n);
    const got = new Map<string, number>();
    for (const m of a!.mentions.filter((m) => m.kind !== 'demonym'))
      got.set(`${m.kind}|${m.text}`, (got.get(`${m.kind}|${m.text}`) ?? 0) + 1);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  });

  it('gives each mention to the right entity, glossary entries to the glossary', () => {
    for (const e of gold!.entities.filter((e) => e.inGlossary !== false)) {
      const ours = a!.entities.find((x) => x.key === e.key);
      expect(ours, e.key).toBeDefined();
      expect(ours!.glossary).toBe(true);
      expect(ours!.mentions).toBe(e.mentions.reduce((s, [, n]) => s + n, 0));
    }
  });

  it('never takes a nisba or the page furniture for a place', () => {
    for (const [text] of gold!.notEntities)
      expect(a!.mentions.filter((m) => m.kind !== 'demonym').map((m) => m.text)).not.toContain(text);
  });
});

describe.skipIf(hasSeed)('seed article', () => {
  it.skip(SEED_MISSING, () => {});
});
