/** `annotate --explain`: one line per mention and per quote the annotations hold, each saying why. */
import { describe, expect, it } from 'vitest';
import { explanation } from '../../src/cli/annotate';
import { fixtures } from '../../src/cli/fixtures';
import { nodeResources } from '../../src/cli/resources';
import { analyze } from '../../src/core/analyze';

describe('cli/annotate --explain', () => {
  it.each(fixtures().map((f) => [f.id, f] as const))('%s: every mention and quote, with its reasons', (_id, f) => {
    const lines = explanation(f.article, nodeResources()).split('\n');
    const { mentions, quotes } = analyze(f.article, nodeResources());
    expect(lines.map((l) => l.split('\t').slice(0, 4).join('\t'))).toEqual([
      ...mentions.map((m) => `${m.start}-${m.end}\t${m.kind}\t${m.text}\t${m.entity}`),
      ...quotes.map((q) => `${q.start}-${q.end}\tquote\t${q.speaker?.name ?? '-'}\t${q.speaker?.kind ?? '-'}`),
    ]);
    for (const l of lines) expect(l.split('\t')[4], l).toMatch(/\S/);
  });
});
