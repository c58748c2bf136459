/**
 * The batch's engine: items run on worker threads, each of which loads the glossary index and the models once, and
 * their results are written in input order with a bounded number in flight. The reader is pulled only when a slot is
 * free and a slot frees only when its result is written (and the output has taken it), so a slow consumer, a slow
 * record or a huge input never piles records up in memory.
 */
import { Worker } from 'node:worker_threads';
import type { BatchItem } from './batch-record';

/**
 * Runs `run` over `items`, at most `limit` of them started and not yet written at once, and writes each result in
 * the order of `items`; a result waits for the ones before it. Returns how many were written.
 */
export async function inOrder<T>(
  items: AsyncIterable<T>,
  run: (item: T) => Promise<string>,
  write: (out: string) => void | Promise<void>,
  limit: number,
): Promise<number> {
  const pending: Promise<string>[] = [];
  let written = 0;
  const writeFirst = async () => {
    await write(await pending.shift()!);
    written++;
  };
  for await (const item of items) {
    const result = run(item);
    // A failure is thrown where its turn comes; until then it must not count as unhandled.
    result.catch(() => {});
    pending.push(result);
    if (pending.length >= limit) await writeFirst();
  }
  while (pending.length) await writeFirst();
  return written;
}

export interface Pool {
  run(item: BatchItem): Promise<string>;
  close(): Promise<void>;
}

interface Reply {
  seq: number;
  out: string;
}

// The command runs under tsx, whose loader a worker thread does not inherit: the worker registers it first, then
// imports its TypeScript.
const WORKER = new URL('./batch-worker.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx/esm/api');
const BOOT = `import(${JSON.stringify(TSX)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;

/** `jobs` worker threads; each item goes to the one with the fewest waiting. A worker that dies fails its items. */
export function workerPool(jobs: number): Pool {
  let seq = 0;
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(BOOT, { eval: true });
    const waiting = new Map<number, { resolve: (out: string) => void; reject: (e: Error) => void }>();
    let failure: Error | undefined;
    const fail = (e: Error) => {
      failure ??= e;
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    };
    worker.on('message', ({ seq, out }: Reply) => {
      waiting.get(seq)?.resolve(out);
      waiting.delete(seq);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a batch worker stopped (exit code ${code})`)));
    const run = (item: BatchItem) =>
      new Promise<string>((resolve, reject) => {
        if (failure) return reject(failure);
        const n = seq++;
        waiting.set(n, { resolve, reject });
        worker.postMessage({ seq: n, item });
      });
    return { worker, waiting, run };
  });
  return {
    run: (item) => workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a)).run(item),
    close: async () => void (await Promise.all(workers.map((w) => w.worker.terminate()))),
  };
}
