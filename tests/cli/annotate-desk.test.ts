/** `annotate --format claimreview|markdown`: the desk's exports from the command line, notes read from a file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateCommand } from '../../src/cli/annotate';
import { ARTICLE, annotations, noteOn } from '../core/claims/desk-fixture';

const dir = mkdtempSync(join(tmpdir(), 'hamish-desk-'));
const article = join(dir, 'port.txt');
writeFileSync(article, [ARTICLE.title, ...ARTICLE.paragraphs].join('\n'));
const notesFile = join(dir, 'notes.json');
const a = annotations();
writeFileSync(notesFile, JSON.stringify([noteOn(a, 'وارتفعت', 'false', 'the port counts 12 percent')]));

function run(...args: string[]): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  annotateCommand([article, '--url', ARTICLE.url, ...args]);
  return out;
}

describe('cli annotate, the desk formats', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes ClaimReview drafts for the notes given a finding', () => {
    const out = JSON.parse(
      run(
        '--format',
        'claimreview',
        '--notes',
        notesFile,
        '--reviewer',
        'Desk',
        '--reviewer-url',
        'https://d.example/',
      ),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://d.example/',
      reviewRating: { alternateName: 'خاطئ' },
      itemReviewed: { appearance: { url: ARTICLE.url } },
    });
  });

  it('writes the claims as Markdown, with the notes', () => {
    const out = run('--format', 'markdown', '--notes', notesFile);
    expect(out).toContain('## ادعاءات للتحقق');
    expect(out).toContain('ملاحظة: the port counts 12 percent');
  });

  it('writes the notes as W3C Web Annotations with bodies', () => {
    const out = JSON.parse(run('--format', 'notes', '--notes', notesFile));
    expect(out.first.items[0].body.map((b: { value: string }) => b.value)).toEqual([
      'the port counts 12 percent',
      'false',
    ]);
  });

  it('refuses a ClaimReview without its reviewer, and a notes file of the wrong shape', () => {
    expect(() => run('--format', 'claimreview')).toThrow(/--reviewer NAME, --reviewer-url URL/);
    expect(() =>
      run(
        '--format',
        'claimreview',
        '--reviewer',
        'Desk',
        '--reviewer-url',
        'javascript:void(0)',
        '--notes',
        notesFile,
      ),
    ).toThrow(/needs --reviewer-url URL \(http or https\)\n/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ verdict: 'true' }]));
    expect(() => run('--format', 'markdown', '--notes', bad)).toThrow(/not an array of notes/);
    expect(() => run('--format', 'pdf')).toThrow(/unknown format/);
  });
});
