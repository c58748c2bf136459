/** The project's fixture articles, read from `tests/fixtures/articles`, and the seed article where it is present. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFixture, type Fixture, type FixtureFile } from '../core/eval/fixture';

export const ARTICLES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/articles');
export const SEED_DIR = resolve(import.meta.dirname, '../../../shared/seed');
export const SEED_PAGE = join(SEED_DIR, 'annahar-haftar-pakistan.html');
export const SEED_GOLD = join(SEED_DIR, 'annahar-haftar-pakistan.gold.json');
export const hasSeed = existsSync(SEED_PAGE) && existsSync(SEED_GOLD);
export const SEED_MISSING = `the seed article is absent (${SEED_DIR}): seed checks skipped`;

export function fixtures(lang?: 'ar' | 'en'): Fixture[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.json') && (!lang || f.startsWith(`${lang}-`)))
    .sort()
    .map((f) => loadFixture(JSON.parse(readFileSync(join(ARTICLES_DIR, f), 'utf8')) as FixtureFile));
}

/** The fixtures the rules were tuned on (`dev`) or never saw (`heldout`). */
export const fixtureSplit = (split: 'dev' | 'heldout', lang?: 'ar' | 'en') =>
  fixtures(lang).filter((f) => f.heldout === (split === 'heldout'));

/** The two demo articles: the first Arabic and the first English fixture. */
export function demoFixtures(): Fixture[] {
  return [fixtures('ar')[0], fixtures('en')[0]].filter(Boolean);
}
