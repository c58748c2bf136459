/**
 * `annotate --jsonl [FILE|-|DIR] [--jobs N]`: many articles in, one line of JSON out for each, in input order, so the
 * command is a stage of any batch engine (a Unix pipe, GNU parallel, a Spark or Beam pipe stage). Each record is read
 * as `annotate FILE` reads one article (batch-record.ts); a bad one is its own `{id, error}` line and the batch goes
 * on.
 */
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { flag, positional } from './args';
import { batchInput } from './batch-input';
import { inOrder, workerPool } from './batch-pool';
import { progressBar } from './progress';
import { CliError } from './read-article';

const USAGE = 'usage: annotate --jsonl [FILE|-|DIR] [--jobs N]';

/** Records started and not yet written, per worker: enough that no worker waits for work, few enough to stay small. */
const IN_FLIGHT_PER_JOB = 4;

export async function batchCommand(args: string[]): Promise<number> {
  const jobsFlag = flag(args, '--jobs', USAGE);
  const jobs = jobsFlag === undefined ? availableParallelism() : Number(jobsFlag);
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`--jobs needs a whole number from 1\n${USAGE}`);
  const format = flag(args, '--format', USAGE);
  if (format !== undefined && format !== 'json') throw new CliError(`a batch writes JSON lines only\n${USAGE}`);
  const input = batchInput(positional(args, ['--jobs', '--format']));
  const bar = process.stderr.isTTY ? progressBar(process.stderr, input.fraction) : undefined;
  const pool = workerPool(jobs);
  // A reader that has had enough (`| head`) closes the pipe: the batch stops there, as a Unix filter does.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  const write = (out: string) => {
    bar?.tick();
    if (!process.stdout.write(out + '\n')) return once(process.stdout, 'drain').then(() => {});
  };
  try {
    await inOrder(input.items, pool.run, write, jobs * IN_FLIGHT_PER_JOB);
  } finally {
    bar?.end();
    await pool.close();
  }
  return 0;
}

/** Whether `annotate`'s arguments ask for a batch: `--jsonl`, or a directory to read. */
export function isBatch(args: string[]): boolean {
  if (args.includes('--jsonl')) return true;
  const source = positional(args, ['--url', '--format', '--jobs']);
  return source !== undefined && !!statSync(source, { throwIfNoEntry: false })?.isDirectory();
}
