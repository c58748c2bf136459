/** Pages as the CLI reads them: parsed as a browser parses them, so no layout loses the article. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../src/cli/fixtures';
import { readArticle } from '../../src/cli/read-article';

const dir = mkdtempSync(join(tmpdir(), 'hamish-page-'));
const article = fixtures('en')[0].article;
const body = article.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
const page = (before: string) =>
  `<!doctype html><html lang="en"><head><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${before}${body}</article></body></html>`;

describe('cli/read-article', () => {
  it.each([
    [
      'an inline svg holding a style sheet',
      '<svg viewBox="0 0 10 10"><style>.a{fill:red}</style><path d="M0 0"/></svg>',
    ],
    ['an inline svg with a title', '<svg><title>logo</title><circle r="4"/></svg>'],
    ['a template element', '<template><p>not shown</p></template>'],
  ])('keeps every paragraph after %s', (_name, before) => {
    const file = join(dir, 'page.html');
    writeFileSync(file, page(before));
    expect(readArticle(file)?.paragraphs).toEqual(article.paragraphs);
  });
});
