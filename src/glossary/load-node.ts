/**
 * Reads the glossary's sources from disk, for Node: the build step, the CLI and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from './schema';

export const GLOSSARY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** Every entry of every source file, in file order; each with the file it came from, for error messages. */
export function readSources(dir = GLOSSARY_DIR): { file: string; entries: GlossaryEntry[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, entries: JSON.parse(readFileSync(join(dir, file), 'utf8')) as GlossaryEntry[] }));
}

export function readEntries(dir = GLOSSARY_DIR): GlossaryEntry[] {
  return readSources(dir).flatMap((s) => s.entries);
}
