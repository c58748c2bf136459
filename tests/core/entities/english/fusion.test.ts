import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { analyze, textContext } from '../../../../src/core/analyze';
import type { Recognizer } from '../../../../src/core/entities/context';
import { englishRecognizer } from '../../../../src/core/entities/english';
import { taggedTokens } from '../../../../src/core/entities/english/nlp';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { decodeModel } from '../../../../src/core/entities/tagger/model';
import { taggerRecognizer } from '../../../../src/core/entities/tagger/recognizer';
import { compileIndex } from '../../../../src/glossary/compile';

const empty = loadGlossary(compileIndex([]));
const english = englishRecognizer(nlp);
const model = decodeModel(
  readFileSync(resolve(import.meta.dirname, '../../../../src/core/entities/tagger/model-en.bin')),
);
const tagger = taggerRecognizer(model, empty);

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

  it("the tagger reads compromise's tags once the English recogniser has run over the same context", () => {
    const text = 'Yesterday Okonkwo told reporters that Brandt had left Graz for good.';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'en', empty.givenNames);
    const alone = tagger(ctx, new Uint8Array(ctx.tokens.length));
    expect(taggedTokens(ctx)).toBeUndefined();
    english(ctx, new Uint8Array(ctx.tokens.length));
    expect(taggedTokens(ctx)).toBeDefined();
    const after = tagger(ctx, new Uint8Array(ctx.tokens.length));
    expect(after.map((p) => p.confidence)).not.toEqual(alone.map((p) => p.confidence));
  });

  it('an acronym the model reads as a name stands', () => {
    expect(found([english, tagger], 'Staff at the DMV were rude to everyone.')).toContain('organization:DMV');
  });
});
