/**
 * `annotate --jsonl` as a user runs it, in child processes: bad records on their own lines, input order with several
 * workers, empty input, a directory, and an archive split in three shards giving the single run's lines.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSource } from '../../src/cli/annotate';
import { fixtures } from '../../src/cli/fixtures';
import { nodeResources } from '../../src/cli/resources';
import { analyze } from '../../src/core/analyze';
import type { Article } from '../../src/core/types';
import { annaharPage } from '../fixtures/pages/annahar-page';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'hamish-batch-'));

/** The CLI's stdout, each worker loading its resources: seconds on a busy machine. */
async function cli(args: string[], stdin?: string): Promise<string> {
  const run = promisify(execFile)(TSX, [CLI, 'annotate', ...args], { maxBuffer: 256 << 20, encoding: 'utf8' });
  if (stdin !== undefined) run.child.stdin!.end(stdin);
  return (await run).stdout;
}

const parse = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
/** What `annotate FILE` would give for the article, as the batch writes it after its id. */
const expected = (id: string | number, a: Article) => ({ id, ...articleSource(a), ...analyze(a, nodeResources()) });
const asJson = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

const [ar, en] = [fixtures('ar')[0], fixtures('en')[0]];
const textRecord = (id: string, a: Article) => JSON.stringify({ id, title: a.title, text: a.paragraphs.join('\n') });
const records = [
  textRecord('ar-text', ar.article),
  JSON.stringify({ id: 'en-page', url: 'https://www.annahar.com/en/world', html: annaharPage(en) }),
  '{"id": "cut", "title": "half a rec',
  JSON.stringify({ id: 'no-text', title: 'A headline and nothing else' }),
  JSON.stringify(['an', 'array']),
  JSON.stringify({ title: 'no id', text: 'a paragraph' }),
  JSON.stringify({ id: 'menu', url: 'https://www.annahar.com/', html: '<html><body><nav>Home</nav></body></html>' }),
  '',
  textRecord('en-text', en.article),
  ...fixtures()
    .slice(1, 7)
    .map((f) => textRecord(f.id, f.article)),
];
const input = join(dir, 'archive.jsonl');
writeFileSync(input, records.join('\n') + '\n');

describe('cli annotate --jsonl', { timeout: 240_000 }, () => {
  let single: string;
  beforeAll(async () => {
    single = await cli(['--jsonl', input, '--jobs', '2']);
  }, 240_000);

  it('writes one line a record, in input order, with two workers', () => {
    const out = parse(single);
    expect(out.map((o) => o.id)).toEqual([
      'ar-text',
      'en-page',
      null,
      'no-text',
      null,
      null,
      'menu',
      'en-text',
      ...fixtures()
        .slice(1, 7)
        .map((f) => f.id),
    ]);
  });

  it('annotates each article as annotate does one', () => {
    const out = parse(single);
    expect(out[0]).toEqual(asJson(expected('ar-text', ar.article)));
    expect(out[7]).toEqual(asJson(expected('en-text', en.article)));
    expect(out[1]).toMatchObject({ id: 'en-page', lang: 'en', title: en.article.title });
    expect((out[1].mentions as unknown[]).length).toBeGreaterThan(0);
  });

  it('reports each bad record on its own line and goes on', () => {
    const out = parse(single);
    expect(out[2]).toMatchObject({ id: null, line: 3, error: expect.stringMatching(/^not JSON/) });
    expect(out[3]).toMatchObject({ id: 'no-text', line: 4, error: expect.stringMatching(/needs "html"/) });
    expect(out[4]).toMatchObject({ id: null, line: 5, error: 'a record is a JSON object' });
    expect(out[5]).toMatchObject({ id: null, line: 6, error: 'a record needs an "id"' });
    expect(out[6]).toEqual({ id: 'menu', error: 'not an article; nothing to annotate' });
  });

  it('gives the single run when the archive is split in three shards, each run on its own', async () => {
    const lines = records;
    const third = Math.ceil(lines.length / 3);
    const shards = [0, 1, 2].map((k) => {
      const file = join(dir, `shard-${k}.jsonl`);
      writeFileSync(file, lines.slice(k * third, (k + 1) * third).join('\n') + '\n');
      return file;
    });
    const outs = await Promise.all(shards.map((s) => cli(['--jsonl', s, '--jobs', '1'])));
    // Line numbers count within each shard; everything else is the single run's.
    const drop = ({ line: _line, ...rest }: Record<string, unknown>) => rest;
    expect(outs.flatMap(parse).map(drop)).toEqual(parse(single).map(drop));
  });

  it('writes nothing for empty input on stdin, and succeeds', async () => {
    expect(await cli(['--jsonl', '-', '--jobs', '1'], '')).toBe('');
  });

  it('reads a directory of .html and .txt files in name order, the file name as id', async () => {
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'b-page.html'), annaharPage(en));
    writeFileSync(join(articles, 'a-text.txt'), [ar.article.title, ...ar.article.paragraphs].join('\n'));
    writeFileSync(join(articles, 'c-empty.txt'), 'only a title');
    writeFileSync(join(articles, 'notes.md'), 'not an article file');
    const out = parse(await cli([articles, '--jobs', '1']));
    expect(out.map((o) => o.id)).toEqual(['a-text.txt', 'b-page.html', 'c-empty.txt']);
    expect(out[0]).toMatchObject({ lang: 'ar', title: ar.article.title });
    expect(out[1]).toMatchObject({ lang: 'en', title: en.article.title });
    expect(out[2]).toEqual({ id: 'c-empty.txt', error: 'not an article; nothing to annotate' });
  });
});
