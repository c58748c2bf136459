/**
 * The house rules, checked on the source: the core has no DOM and imports nothing outside itself; nothing puts page
 * text into markup; nothing reaches the network; browser code uses nothing of Node; entrypoints only wire.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
/** Module specifiers a file loads at run time; `import type` is erased by the compiler and loads nothing. */
const imports = (src: string) => [
  ...[...src.matchAll(/^\s*(import|export)\s+(type\s)?[^;]*?from\s*'([^']+)'/gm)].filter((m) => !m[2]).map((m) => m[3]),
  ...[...src.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => m[1]),
  ...[...src.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]),
];

describe('architecture', () => {
  it.each(files('src/core'))('%s imports only the core', (f) => {
    for (const spec of imports(read(f))) {
      const target = spec.startsWith('.') ? relative(ROOT, resolve(join(ROOT, f, '..'), spec)) : spec;
      expect(target.startsWith('src/core') || target === 'src/core', `${f} imports ${spec}`).toBe(true);
    }
  });

  it.each(files('src/core'))('%s uses no DOM or browser API', (f) => {
    expect(read(f)).not.toMatch(/\b(document|window|navigator|chrome|browser)\s*\./);
  });

  it.each([...files('src/ui'), ...files('entrypoints'), ...files('src/page')])(
    '%s never writes markup from strings',
    (f) => {
      expect(read(f)).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(/,
      );
    },
  );

  it.each([...files('src'), ...files('entrypoints')].filter((f) => !f.startsWith('src/cli/')))(
    '%s makes no network request',
    (f) => {
      const src = read(f);
      expect(src).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
      // fetch is allowed only for files inside the extension's own package.
      for (const m of src.matchAll(/\bfetch\(([^)]*)\)/g)) expect(m[1], `${f}: fetch(${m[1]})`).toMatch(/packageUrl\(/);
    },
  );

  // The analysis runs in the background; a page-side import of it would put its word lists and models' tables in every
  // page's content script (46 kB gzipped where 37 do), to be compiled on each page load for nothing.
  it.each([...files('src/page'), ...files('entrypoints/article.content')])('%s does not load the analysis', (f) => {
    for (const spec of imports(read(f)))
      expect(spec, `${f} imports ${spec}`).not.toMatch(/core\/(analyze|entities|quotes|summary)\b/);
  });

  // tsconfig.browser.json type-checks the layers without Node's types; the entrypoints' project cannot, since WXT's
  // define* helpers import Vite's types and those bring Node's. This holds both to the same rule.
  it.each([
    ...files('entrypoints'),
    ...['src/page', 'src/ui', 'src/messaging', 'src/storage'].flatMap(files),
    'src/browser.ts',
    'src/site-access.ts',
  ])('%s uses nothing of Node', (f) => {
    const src = read(f);
    expect(
      imports(src).filter((spec) => isBuiltin(spec)),
      f,
    ).toEqual([]);
    expect(src).not.toMatch(/\b(process|Buffer)\s*\.|\b(__dirname|__filename)\b|\brequire\(/);
  });

  it.each(files('entrypoints'))('%s only wires (no module-level logic beyond a few lines)', (f) => {
    const lines = read(f)
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('//') && !l.trim().startsWith('import'));
    expect(lines.length, f).toBeLessThan(80);
  });
});
