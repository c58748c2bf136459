/**
 * The shipped manifests run the content script on Annahar alone; the local builds the tests, the demo and the bench
 * load also run it on `localhost`. Checked on the builds themselves (`npm run build:all`, `npm run build:local`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localBuild, OUTPUT } from './harness/browsers';

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];
const manifest = (dir: string) => readFileSync(join(dir, 'manifest.json'), 'utf8');

describe('the built manifests', () => {
  it.each(TARGETS)('the product build for %s has no local host', (target) => {
    const dir = join(OUTPUT, target);
    expect(existsSync(dir), `run \`npm run build:all\` first (${dir})`).toBe(true);
    const text = manifest(dir);
    expect(text).toContain('annahar.com');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it.each(TARGETS)('the local build for %s runs on localhost', (target) => {
    const m = JSON.parse(manifest(localBuild(target))) as { content_scripts: { matches: string[] }[] };
    expect(m.content_scripts[0].matches).toContain('http://localhost/*');
  });
});
