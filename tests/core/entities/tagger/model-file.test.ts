import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textContext } from '../../../../src/core/analyze';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import { documentBits } from '../../../../src/core/entities/tagger/article-reading';
import { extractFeatures, glossaryMarks, stemOf } from '../../../../src/core/entities/tagger/features';
import { decodeModel, emissions } from '../../../../src/core/entities/tagger/model';
import { Scorer } from '../../../../src/core/entities/tagger/scorer';
import { sureName, taggerRecognizer } from '../../../../src/core/entities/tagger/recognizer';
import { tagsOf } from '../../../../src/core/entities/tagger/tags';
import { compileIndex } from '../../../../src/glossary/compile';
import type { Proposal } from '../../../../src/core/entities/context';

const DIR = resolve(import.meta.dirname, '../../../../src/core/entities/tagger');
const CORPORA = resolve(import.meta.dirname, '../../../../../shared/corpora');
// No glossary names: what is found is the model's own.
const empty = loadGlossary(compileIndex([]));

/** An Arabic article of two paragraphs, as the background reads one: each paragraph a block. */
function twoParagraphs(paras: [string, string]) {
  const text = paras.join('\n\n');
  const blocks = [
    { start: 0, end: paras[0].length },
    { start: paras[0].length + 2, end: text.length },
  ];
  return textContext(text, blocks, 'ar', empty.givenNames);
}

describe('core/entities/tagger: the committed models', () => {
  it.each(['ar', 'en'])('the %s model loads', (lang) => {
    const model = decodeModel(readFileSync(resolve(DIR, `model-${lang}.bin`)));
    expect(model.lang).toBe(lang);
    expect(model.rows.length).toBeGreaterThan(1000);
  });

  it.each([
    ['وقال بوش إن', 'بوش'],
    ['أعلن مسعود البارزاني أمس أن', 'مسعود البارزاني'],
  ])('the Arabic model finds the person in %s', (text, name) => {
    const recognizer = taggerRecognizer(decodeModel(readFileSync(resolve(DIR, 'model-ar.bin'))), empty);
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    const found = recognizer(ctx, new Uint8Array(ctx.tokens.length));
    expect(found.map((p) => `${p.kind}:${p.name}`)).toContain(`person:${name}`);
  });

  it.each([
    ['ar', 'وقال الرئيس الأميركي جورج بوش في واشنطن: «إن البارزاني وصل»، وقال بوش إن'],
    ['en', 'President George Bush said in Washington: "Barzani has arrived." Bush said the Taliban'],
  ] as const)(
    'the %s scorer gives the scores the features give, token by token, its cache cold or warm',
    (lang, text) => {
      const model = decodeModel(readFileSync(resolve(DIR, `model-${lang}.bin`)));
      const ctx = textContext(text, [{ start: 0, end: text.length }], lang, empty.givenNames);
      const marks = glossaryMarks(empty, ctx.norm.text, ctx.tokens);
      const input = { text: ctx.norm.text, tokens: ctx.tokens, first: 1, last: ctx.tokens.length - 2, marks };
      const full = { ...input, givenNames: empty.givenNames, names: model.names };
      const want = emissions(model, extractFeatures(full, model.families));
      const scorer = new Scorer(model);
      expect(scorer.emissions(full)).toEqual(want);
      expect(scorer.emissions(full)).toEqual(want);
    },
  );

  it('the Arabic model has a second pass and its scorer gives the scores its features give, document bits and all', () => {
    const model = decodeModel(readFileSync(resolve(DIR, 'model-ar.bin')));
    expect(decodeModel(readFileSync(resolve(DIR, 'model-en.bin'))).second).toBeUndefined();
    const second = model.second!;
    expect(second.rows.length).toBeGreaterThan(1000);
    const text = 'وقال المدرب صامويل إيتو إن الفريق فاز، وسجل إيتو هدفين في مرمى برشلونة، ثم غادر إيتو الملعب';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    const tags = tagsOf(ctx.tokens.length, [{ first: 2, last: 3, kind: 'person' }]);
    const doc = documentBits(ctx.tokens.map(stemOf), tags);
    expect(doc.some((b) => b)).toBe(true);
    const input = { text: ctx.norm.text, tokens: ctx.tokens, first: 0, last: ctx.tokens.length - 1 };
    const full = { ...input, givenNames: empty.givenNames, names: model.names, clusters: model.clusters, doc };
    const want = emissions(second, extractFeatures(full, second.families));
    expect(new Scorer(second).emissions(full)).toEqual(want);
    // The document bits count: without them the second pass scores otherwise.
    expect(new Scorer(second).emissions({ ...full, doc: undefined })).not.toEqual(want);
  });

  it('the second pass finds a name alone that the article names in full elsewhere, where the first pass does not', () => {
    const model = decodeModel(readFileSync(resolve(DIR, 'model-ar.bin')));
    const ctx = twoParagraphs(['فاز المدرب البرتغالي جوزيه مورينيو بالكأس.', 'وقال جوزيه إن فريقه استحق الفوز.']);
    const free = new Uint8Array(ctx.tokens.length);
    const sure = (found: Proposal[]) => found.filter((p) => sureName(p, 'ar')).map((p) => `${p.kind}:${p.name}`);
    expect(sure(taggerRecognizer({ ...model, second: undefined }, empty)(ctx, free))).toEqual([]);
    expect(sure(taggerRecognizer(model, empty)(ctx, free))).toEqual(['person:جوزيه']);
  });

  it('sets aside the names on claimed tokens in every block, not only the first', () => {
    const recognizer = taggerRecognizer(decodeModel(readFileSync(resolve(DIR, 'model-ar.bin'))), empty);
    const ctx = twoParagraphs(['أعلنت الحكومة خطة جديدة للنقل العام أمس.', 'وقال بوش إن']);
    const names = (claimed: Uint8Array) => recognizer(ctx, claimed).map((p) => `${p.kind}:${p.name}`);
    expect(names(new Uint8Array(ctx.tokens.length))).toContain('person:بوش');
    const second = new Uint8Array(ctx.tokens.length).map((_, i) => (i >= ctx.blockStarts[1] ? 1 : 0));
    expect(names(second)).not.toContain('person:بوش');
  });

  it('proposes on claimed tokens only organisations, which may take the places inside them', () => {
    const recognizer = taggerRecognizer(decodeModel(readFileSync(resolve(DIR, 'model-ar.bin'))), empty);
    const text = 'وقال بوش إن';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    expect(recognizer(ctx, new Uint8Array(ctx.tokens.length).fill(1))).toEqual([]);
    const club = 'وكاد فريق دينامو كييف يفاجئ أصحاب الأرض';
    const clubCtx = textContext(club, [{ start: 0, end: club.length }], 'ar', empty.givenNames);
    const found = recognizer(clubCtx, new Uint8Array(clubCtx.tokens.length).fill(1));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.kind === 'organization')).toBe(true);
  });

  it('gives every name it reads, however unsure, with its confidence below the rules', () => {
    const recognizer = taggerRecognizer(decodeModel(readFileSync(resolve(DIR, 'model-ar.bin'))), empty);
    const text = 'وقال بوش إن المفاوضات مع كاكبيرن في مدينة بعقوبة فشلت';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    const found = recognizer(ctx, new Uint8Array(ctx.tokens.length));
    for (const p of found) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(0.5);
    }
    // The model is sure of Bush and less sure of the town: the town is its opinion, not a name it adds.
    expect(found.filter((p) => sureName(p, 'ar')).map((p) => `${p.kind}:${p.name}`)).toEqual(['person:بوش']);
    expect(found.map((p) => `${p.kind}:${p.name}`)).toContain('place:بعقوبه');
  });

  it('takes an Arabic person of two words or more from a lower posterior than one of a word, and only in Arabic', () => {
    // A proposal's confidence is the posterior at half (MODEL_SHARE): 0.275 is a posterior of 0.55.
    const person = (first: number, last: number): Proposal => ({
      first,
      last,
      kind: 'person',
      name: 'x',
      source: 'model',
      confidence: 0.275,
    });
    expect(sureName(person(3, 4), 'ar')).toBe(true);
    expect(sureName(person(3, 3), 'ar')).toBe(false);
    expect(sureName({ ...person(3, 4), confidence: 0.24 }, 'ar')).toBe(false);
    expect(sureName({ ...person(3, 4), kind: 'place' }, 'ar')).toBe(false);
    expect(sureName({ ...person(3, 4), confidence: 0.24 }, 'en')).toBe(false);
  });

  const card = readFileSync(resolve(DIR, 'MODEL_CARD.md'), 'utf8');
  const listed = [...card.matchAll(/`((?:ar|en)-ner\/[\w.-]+\.txt)`[^\n]*`([0-9a-f]{64})`/g)].map((m) => [m[1], m[2]]);

  it('the model card lists the data it was trained and measured on', () => expect(listed.length).toBeGreaterThan(5));

  it.skipIf(!existsSync(CORPORA))('the model card hashes match the corpora (../shared/corpora)', () => {
    for (const [file, sha] of listed) {
      const sums = readFileSync(resolve(CORPORA, file.split('/')[0], 'SHA256SUMS'), 'utf8');
      expect(sums, file).toContain(`${sha}  ${file.split('/')[1]}`);
      expect(
        createHash('sha256')
          .update(readFileSync(resolve(CORPORA, file)))
          .digest('hex'),
        file,
      ).toBe(sha);
    }
  });
  if (!existsSync(CORPORA)) it.skip(`../shared/corpora is absent: the data hashes were not checked`, () => {});
});
