/**
 * `annotate … | jq` on a long article: the whole JSON must come through a pipe whose reader is slower than the CLI
 * (a pipe holds 64 kB; the rest is written after the reader has taken the first part).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../src/cli/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

describe('cli annotate through a pipe', () => {
  // A whole CLI run in a child process: seconds on a busy machine.
  it('writes the whole result before it exits', { timeout: 60_000 }, () => {
    const paragraphs = fixtures('en').flatMap((f) => f.article.paragraphs);
    const file = join(mkdtempSync(join(tmpdir(), 'hamish-')), 'long.txt');
    writeFileSync(file, ['A long article', ...Array(6).fill(paragraphs).flat()].join('\n'));
    const cli = `${join(ROOT, 'node_modules/.bin/tsx')} ${join(ROOT, 'src/cli/index.ts')} annotate ${file}`;
    // The reader waits a second before it reads, as a slow consumer would.
    const out = execFileSync('bash', ['-c', `${cli} | (sleep 1; cat)`], { maxBuffer: 64 << 20, encoding: 'utf8' });
    expect(out.length).toBeGreaterThan(200_000);
    expect(() => JSON.parse(out)).not.toThrow();
  });
});
