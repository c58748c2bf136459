/**
 * The acceptance figures: the seed article (read from ../shared/seed, skipped with a message where absent)
 * and the project's fixtures (tests/fixtures/articles), through the whole pipeline with the Node glossary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/cli/read-article';
import { nodeResources } from '../../../src/cli/resources';
import { analyze } from '../../../src/core/analyze';
import { loadFixture, type FixtureFile } from '../../../src/core/eval/fixture';
import {
  scoreQuotes,
  scoreVague,
  sumQuoteScores,
  type GoldQuote,
  type QuoteScore,
} from '../../../src/core/eval/quotes';

const SEED = resolve(process.cwd(), '../shared/seed/annahar-haftar-pakistan');
const hasSeed = existsSync(`${SEED}.html`) && existsSync(`${SEED}.gold.json`);
if (!hasSeed) console.warn(`seed article not found at ${SEED}.{html,gold.json}: its acceptance tests are skipped`);

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/articles');
const fixtureFiles = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(!hasSeed)('core/quotes on the seed article', () => {
  const gold = hasSeed ? JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')) : undefined;
  const article = hasSeed ? readArticle(`${SEED}.html`) : null;
  const a = article ? analyze(article, nodeResources()) : undefined;

  it('finds 13 of 13 quotes with 13 of 13 speakers, and none of the quoted "النهار"', () => {
    const quotes: GoldQuote[] = gold.quotes;
    const s = scoreQuotes(a!.text, quotes, a!.quotes, gold.notQuotes, a!.blocks[1].start);
    expect(s.unlocated).toEqual([]);
    expect({
      matched: s.matched,
      predicted: s.predicted,
      speakers: s.speakersRight,
      missed: s.missed,
      wrong: s.wrongSpeaker,
    }).toEqual({
      matched: 13,
      predicted: 13,
      speakers: 13,
      missed: [],
      wrong: [],
    });
    expect(s.notQuotes).toBe(4);
    expect(s.notQuotesListed).toBe(0);
  });
});

describe.skipIf(!fixtureFiles.length)('core/quotes on the fixtures', () => {
  const scores: QuoteScore[] = [];
  const vague = { gold: 0, found: 0, predicted: 0, spurious: 0 };
  for (const f of fixtureFiles) {
    const fx = loadFixture(JSON.parse(readFileSync(resolve(FIXTURES, f), 'utf8')) as FixtureFile);
    const a = analyze(fx.article, nodeResources());
    scores.push(scoreQuotes(a.text, fx.quotes, a.quotes, fx.notQuotes, a.blocks[1]?.start ?? 0));
    const v = scoreVague(fx.vague, a.vague);
    vague.gold += v.gold;
    vague.found += v.found;
    vague.predicted += v.predicted;
    vague.spurious += v.spurious;
  }
  const total = sumQuoteScores(scores);

  it('has every gold quote in its text', () => {
    expect(total.unlocated).toEqual([]);
  });

  it('reaches P ≥ 95, R ≥ 90 and speakers ≥ 90 %, with no quoted name listed as a quote', () => {
    expect(total.p).toBeGreaterThanOrEqual(95);
    expect(total.r).toBeGreaterThanOrEqual(90);
    expect(total.speakerAccuracy).toBeGreaterThanOrEqual(90);
    expect(total.notQuotesListed).toBe(0);
  });

  it('finds the vague sourcing', () => {
    expect(vague.found / Math.max(1, vague.gold)).toBeGreaterThanOrEqual(0.9);
    expect(vague.spurious / Math.max(1, vague.predicted)).toBeLessThanOrEqual(0.1);
  });
});
