/** The batch's streaming parts, without workers: line splitting, order, and how much is ever held at once. */
import { describe, expect, it } from 'vitest';
import { jsonlItems, lines } from '../../src/cli/batch-input';
import { inOrder } from '../../src/cli/batch-pool';
import { progressLine } from '../../src/cli/progress';

async function collect<T>(xs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of xs) out.push(x);
  return out;
}

async function* chunks<T extends string | Buffer>(...xs: T[]) {
  yield* xs;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('cli/batch-input', () => {
  it('splits lines across chunks, a character split between chunks included', async () => {
    const bytes = Buffer.from('{"a":1}\n{"b":"قال"}\r\nlast', 'utf8');
    const cut = bytes.indexOf(Buffer.from('قال')) + 1; // inside the first Arabic letter's two bytes
    expect(await collect(lines(chunks(bytes.subarray(0, 3), bytes.subarray(3, cut), bytes.subarray(cut))))).toEqual([
      '{"a":1}',
      '{"b":"قال"}\r',
      'last',
    ]);
  });

  it('numbers every line and skips the blank ones', async () => {
    expect(await collect(jsonlItems(chunks('x\n\n  \ny\n')))).toEqual([
      { line: 'x', n: 1 },
      { line: 'y', n: 4 },
    ]);
  });

  it('yields nothing for empty input', async () => {
    expect(await collect(jsonlItems(chunks()))).toEqual([]);
  });
});

describe('cli/batch-pool inOrder', () => {
  it('writes in input order whatever order the results come in', async () => {
    const items = chunks(...Array.from({ length: 40 }, (_, i) => String(i)));
    const out: string[] = [];
    const run = async (s: string) => (await sleep((Number(s) * 7) % 13), `r${s}`);
    expect(await inOrder(items, run, (o) => void out.push(o), 6)).toBe(40);
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
  });

  it('pulls no more of an endless input than the limit allows ahead of a slow writer', async () => {
    let pulled = 0;
    let written = 0;
    let most = 0;
    const endless = (async function* () {
      for (;;) {
        pulled++;
        most = Math.max(most, pulled - written);
        yield pulled;
      }
    })();
    const stop = new Error('enough');
    const write = async () => {
      await sleep(1);
      if (++written === 200) throw stop;
    };
    await expect(inOrder(endless, async (n) => String(n), write, 5)).rejects.toBe(stop);
    expect(written).toBe(200);
    // The limit, plus the one being pulled when the count is taken.
    expect(most).toBeLessThanOrEqual(6);
  });

  it('fails with the first failure in input order, and leaves no rejection unhandled', async () => {
    const run = async (s: string) => {
      if (s === 'bad') throw new Error('worker died');
      return s;
    };
    const out: string[] = [];
    await expect(inOrder(chunks('a', 'bad', 'c'), run, (o) => void out.push(o), 3)).rejects.toThrow('worker died');
    expect(out).toEqual(['a']);
  });
});

describe('cli/progress', () => {
  it.each([
    [10, 2000, undefined, '10 records, 5.0/s'],
    [50, 10_000, 0.25, '[######------------------] 25% 50 records, 5.0/s, 0:30 left'],
    [0, 0, 0, '[------------------------] 0% 0 records, 0.0/s, ? left'],
    [9000, 3_600_000, 0.5, '[############------------] 50% 9000 records, 2.5/s, 1:00:00 left'],
  ])('%i records in %i ms, %s read', (done, elapsed, fraction, line) => {
    expect(progressLine(done, elapsed, fraction)).toBe(line);
  });
});
