import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it, vi } from 'vitest';
import { analyze, textContext } from '../../../../src/core/analyze';
import type { Recognizer } from '../../../../src/core/entities/context';
import { englishRecognizer } from '../../../../src/core/entities/english';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { decodeModel } from '../../../../src/core/entities/tagger/model';
import { taggerRecognizer } from '../../../../src/core/entities/tagger/recognizer';
import { compileIndex } from '../../../../src/glossary/compile';

const empty = loadGlossary(compileIndex([]));
const english = englishRecognizer(nlp);
const model = decodeModel(
  readFileSync(resolve(import.meta.dirname, '../../../../src/core/entities/tagger/model-en.bin')),
);
const tagger = taggerRecognizer(model, empty, nlp);

const found = (recognizers: Recognizer[], text: string) =>
  analyze({ title: 'Report', paragraphs: [text], lang: 'en' }, { glossary: empty, recognizers: { en: recognizers } })
    .mentions.filter((m) => m.kind !== 'demonym')
    .map((m) => `${m.kind}:${m.text}`);

describe('core/entities/recognize: the English tagger fused with compromise and the rules', () => {
  it.each([
    ['My ISP keeps dropping the connection, so I called the ISP again.', 'organization:ISP'],
    ['The BBQ at the house was great and the BBQ sauce was better.', 'organization:BBQ'],
  ])('an organisation resting on capitals alone falls where the model reads no name over it: %s', (text, name) => {
    expect(found([english], text)).toContain(name);
    expect(found([english, tagger], text)).not.toContain(name);
  });

  it("the tagger reads compromise's tags where it is given compromise, which runs once for it and the recogniser", () => {
    const text = 'Yesterday Okonkwo told reporters that Brandt had left Graz for good.';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'en', empty.givenNames);
    const claimed = new Uint8Array(ctx.tokens.length);
    const blind = taggerRecognizer(model, empty)(ctx, claimed);
    const runs = vi.fn(nlp);
    const reading = taggerRecognizer(model, empty, runs as unknown as typeof nlp);
    const first = reading(ctx, claimed);
    englishRecognizer(runs as unknown as typeof nlp)(ctx, claimed);
    expect(reading(ctx, claimed)).toEqual(first);
    expect(runs).toHaveBeenCalledTimes(1);
    expect(first.map((p) => p.confidence)).not.toEqual(blind.map((p) => p.confidence));
  });

  it('an acronym the model reads as a name stands', () => {
    expect(found([english, tagger], 'Staff at the DMV were rude to everyone.')).toContain('organization:DMV');
  });
});
