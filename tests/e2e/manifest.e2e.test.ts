/**
 * The shipped manifests run the content script on Annahar alone; the local builds the tests, the demo and the bench
 * load also run it on `localhost`. Checked on the builds themselves (`npm run build:all`, `npm run build:local`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localBuild, OUTPUT } from './harness/browsers';

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];

interface ToolbarAction {
  default_icon: Record<string, string>;
  theme_icons?: { light: string; dark: string; size: number }[];
}
const manifest = (dir: string) => readFileSync(join(dir, 'manifest.json'), 'utf8');

describe('the built manifests', () => {
  it.each(TARGETS)('the product build for %s has no local host', (target) => {
    const dir = join(OUTPUT, target);
    expect(existsSync(dir), `run \`npm run build:all\` first (${dir})`).toBe(true);
    const text = manifest(dir);
    expect(text).toContain('annahar.com');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it.each(TARGETS)('the build for %s lists its icons, each a PNG of its size, light and dark in Firefox', (target) => {
    const dir = localBuild(target);
    const m = JSON.parse(manifest(dir)) as {
      icons: Record<string, string>;
      action?: ToolbarAction;
      browser_action?: ToolbarAction;
    };
    // A PNG's width and height, from its header.
    const size = (file: string) => {
      const png = readFileSync(join(dir, file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(Object.keys(m.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
    for (const [px, file] of Object.entries(m.icons)) expect(size(file)).toEqual([Number(px), Number(px)]);
    const action = (m.action ?? m.browser_action)!;
    for (const [px, file] of Object.entries(action.default_icon)) expect(size(file)).toEqual([Number(px), Number(px)]);
    if (target.startsWith('firefox')) {
      expect(action.theme_icons?.map((t) => t.size)).toEqual([16, 32]);
      for (const t of action.theme_icons!)
        for (const file of [t.light, t.dark]) expect(size(file)).toEqual([t.size, t.size]);
    }
  });

  it.each(TARGETS)('the local build for %s runs on localhost', (target) => {
    const m = JSON.parse(manifest(localBuild(target))) as { content_scripts: { matches: string[] }[] };
    expect(m.content_scripts[0].matches).toContain('http://localhost/*');
  });
});
