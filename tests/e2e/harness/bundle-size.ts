/**
 * What the content script costs a reader to download and parse: the scripts the manifest injects into an article
 * page, gzipped. Shared by `npm run bench` and the size budget in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUTPUT } from './browsers';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzBytes: number;
}

/** The JavaScript files of the manifest's `content_scripts` in one build (`chrome-mv3`, `firefox-mv2` …). */
export function contentScriptSizes(target = 'chrome-mv3'): ScriptSize[] {
  const dir = join(OUTPUT, target);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${dir}: run \`npx wxt build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  return files.map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: data.length, gzBytes: gzipSync(data).length };
  });
}
