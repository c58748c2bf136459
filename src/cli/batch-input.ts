/**
 * The records of a batch, read as they are asked for: the lines of a JSONL file or stdin, pulled a chunk at a time
 * (the stream reads ahead no more than its buffer), or the `.html` and `.txt` files of a directory in name order. No
 * input is ever held whole, so a million records take the memory of a few.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { BatchItem } from './batch-record';
import { CliError } from './read-article';

/** The lines of a stream, without their `\n`, each yielded before the next chunk is read. */
export async function* lines(chunks: AsyncIterable<Buffer | string>) {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end: number;
    while ((end = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, end);
      rest = rest.slice(end + 1);
    }
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/**
 * One item a line, counted from 1; blank lines (a trailing newline, a gap between shards) are no records. `onBytes`
 * hears the size of each line taken, its newline included, for the progress line.
 */
export async function* jsonlItems(chunks: AsyncIterable<Buffer | string>, onBytes?: (n: number) => void) {
  let n = 0;
  for await (const line of lines(chunks)) {
    n++;
    onBytes?.(Buffer.byteLength(line) + 1);
    if (line.trim()) yield { line, n } satisfies BatchItem;
  }
}

const ARTICLE_FILE = /\.(html?|txt)$/i;

/** The article files of a directory, sorted by name (the names alone are held, not the files). */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && ARTICLE_FILE.test(e.name))
    .map((e) => e.name)
    .sort();
}

export interface BatchInput {
  items: AsyncIterable<BatchItem>;
  /** How much of the input has been taken (0 to 1), where its size is known; a few records are in flight beyond
   * what is written, so this runs that little ahead. */
  fraction(): number | undefined;
}

/** The input named on the command line: a directory, a JSONL file, or stdin (`-` or nothing). */
export function batchInput(source: string | undefined): BatchInput {
  if (source === undefined || source === '-') return { items: jsonlItems(process.stdin), fraction: () => undefined };
  let size: number;
  let isDir: boolean;
  try {
    const stat = statSync(source);
    [size, isDir] = [stat.size, stat.isDirectory()];
  } catch (e) {
    throw new CliError(`cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (isDir) {
    const names = articleFiles(source);
    let taken = 0;
    const items = (function* () {
      for (const id of names) {
        taken++;
        yield { id, file: join(source, id) } satisfies BatchItem;
      }
    })();
    return { items: toAsync(items), fraction: () => (names.length ? taken / names.length : 1) };
  }
  let read = 0;
  const items = jsonlItems(createReadStream(source), (n) => (read += n));
  // A pipe or a device reports no size: no fraction then.
  return { items, fraction: () => (size > 0 ? read / size : undefined) };
}

async function* toAsync<T>(items: Iterable<T>) {
  yield* items;
}
