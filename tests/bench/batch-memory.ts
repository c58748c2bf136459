/**
 * `tsx tests/bench/batch-memory.ts [N] [--jobs J]`: the batch's memory over a long archive. Streams N small invented
 * records (default 100 000) into `annotate --jsonl -` as fast as it takes them, never holding them, reads its output
 * as it comes, and samples the process's resident memory (VmRSS, and VmHWM, the peak so far, from /proc) as the
 * records go through. Flat memory means the peak after the last record is the peak after the first tenth. Linux only.
 * The last line is JSON: `{"records", "jobs", "seconds", "peakRssMB", "peakRssAtTenthMB", "rssSamplesMB"}`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const total = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const jobs = Number(args[args.indexOf('--jobs') + 1] ?? 0) || availableParallelism();

// Invented sentences, put together differently for each record so no two records are the same text.
const PLACES = ['Beirut', 'Tripoli', 'Sidon', 'Zahle', 'Tyre', 'Byblos', 'Baalbek'];
const BODIES = ['the ministry of energy', 'the municipal council', 'the port authority', 'the water board'];
function record(i: number): string {
  const place = PLACES[i % PLACES.length];
  const body = BODIES[(i >> 3) % BODIES.length];
  return JSON.stringify({
    id: `r${i}`,
    title: `Works in ${place} reach stage ${i % 97}`,
    text: [
      `A spokesman for ${body} said on Tuesday in ${place} that "the second stage will end before the winter".`,
      `Residents said ${i % 13} streets were closed, according to sources close to the council.`,
    ].join('\n'),
  });
}

const status = (pid: number) => {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'annotate', '--jsonl', '-', '--jobs', String(jobs)],
  { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
);
const t0 = performance.now();
let done = 0;
let errors = 0;
let rest = '';
const samples: { records: number; rssMB: number; peakMB: number }[] = [];
const sample = () => {
  try {
    const { rss, peak } = status(child.pid!);
    samples.push({ records: done, rssMB: Math.round(rss), peakMB: Math.round(peak) });
  } catch {
    // the process has ended
  }
};
let nextSample = 0;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk: string) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop()!;
  for (const l of lines) {
    if (l.includes('"error"')) errors++;
    if (++done >= nextSample) {
      sample();
      nextSample += total / 20;
      console.error(`${done} records, RSS ${samples.at(-1)?.rssMB} MB, peak ${samples.at(-1)?.peakMB} MB`);
    }
  }
});

// The records are written as the child takes them: the pipe's back-pressure paces this loop.
for (let i = 0; i < total; i++) {
  if (!child.stdin.write(record(i) + '\n')) await new Promise((ok) => child.stdin.once('drain', ok));
}
child.stdin.end();
sample();
const code = await new Promise<number | null>((ok) => child.on('exit', ok));
const seconds = (performance.now() - t0) / 1000;
const peakAt = (n: number) => Math.max(...samples.filter((s) => s.records <= n).map((s) => s.peakMB));
console.log(`\n${total} records, ${jobs} jobs, ${seconds.toFixed(0)} s (exit ${code}, ${errors} error lines)`);
console.log('records  RSS MB  peak MB');
for (const s of samples) console.log(`${String(s.records).padStart(7)}  ${String(s.rssMB).padStart(6)}  ${s.peakMB}`);
console.log(
  JSON.stringify({
    records: done,
    jobs,
    seconds: Math.round(seconds),
    peakRssMB: Math.max(...samples.map((s) => s.peakMB)),
    peakRssAtTenthMB: peakAt(total / 10),
    rssSamplesMB: samples.map((s) => s.rssMB),
  }),
);
if (code !== 0 || done !== total) process.exitCode = 1;
