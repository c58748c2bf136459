/** A progress line for long batches: records done, the rate, and (where the input's size is known) the time left. */
import { performance } from 'node:perf_hooks';

const clock = (s: number) => {
  const t = Math.round(s);
  const [h, m, sec] = [Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60];
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(sec).padStart(2, '0')}`;
};

/** The line for `done` records after `elapsedMs`, with `fraction` (0 to 1) of the input read where it is known. */
export function progressLine(done: number, elapsedMs: number, fraction?: number, width = 24): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const counts = `${done} records, ${rate.toFixed(1)}/s`;
  if (fraction === undefined) return counts;
  const f = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(f * width);
  const left = f > 0 ? clock(((elapsedMs / 1000) * (1 - f)) / f) : '?';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(f * 100)}% ${counts}, ${left} left`;
}

/** Redraws the line on `stream` (a terminal) at most every `everyMs`, and leaves the last one standing at the end. */
export function progressBar(stream: NodeJS.WriteStream, fraction: () => number | undefined, everyMs = 250) {
  const start = performance.now();
  let done = 0;
  let drawn = -Infinity;
  const draw = () => stream.write(`\r${progressLine(done, performance.now() - start, fraction())}\x1b[K`);
  return {
    tick() {
      done++;
      if (performance.now() - drawn < everyMs) return;
      drawn = performance.now();
      draw();
    },
    end() {
      draw();
      stream.write('\n');
    },
  };
}
