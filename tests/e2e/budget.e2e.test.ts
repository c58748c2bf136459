/**
 * The content script's size budget, checked on the builds CI has just made: what an Arabic article page downloads
 * and parses before anything is painted must stay within 60 kB gzipped. A size, not a time: it does not flake.
 * English pages may load more (compromise, on demand); that is not counted here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from './harness/browsers';
import { contentScriptSizes } from './harness/bundle-size';

const BUDGET_GZ_BYTES = 60 * 1024;
const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'].filter((t) =>
  existsSync(join(OUTPUT, t, 'manifest.json')),
);

describe('content script budget', () => {
  it('has a build to measure', () => {
    expect(TARGETS, 'run `npx wxt build && npx wxt build -b firefox` first').toContain('chrome-mv3');
  });

  it.each(TARGETS)('%s: the content script on Arabic pages is at most 60 kB gzipped', (target) => {
    const files = contentScriptSizes(target);
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((s, f) => s + f.gzBytes, 0);
    expect(total, files.map((f) => `${f.file}: ${f.gzBytes} B gzipped (${f.bytes} B)`).join('; ')).toBeLessThanOrEqual(
      BUDGET_GZ_BYTES,
    );
  });
});
