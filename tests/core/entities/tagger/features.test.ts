import { describe, expect, it } from 'vitest';
import { textContext } from '../../../../src/core/analyze';
import type { TextContext } from '../../../../src/core/entities/context';
import { loadGlossary } from '../../../../src/core/entities/glossary';
import {
  ALL_FAMILIES,
  arabicStem,
  extractFeatures,
  FAMILY,
  glossaryMarks,
  wordShape,
} from '../../../../src/core/entities/tagger/features';
import { hash, hashOn } from '../../../../src/core/entities/tagger/hash';
import { arabicClasses, englishClasses, LEX } from '../../../../src/core/entities/tagger/lexical';
import { fold } from '../../../../src/core/text/normalize';
import { compileIndex } from '../../../../src/glossary/compile';
import { entry } from '../../test-glossary';

const empty = loadGlossary(compileIndex([]));

/** The features' input over a whole one-block text, with no glossary. */
const wholeText = (ctx: TextContext) => ({
  text: ctx.norm.text,
  tokens: ctx.tokens,
  first: 0,
  last: ctx.tokens.length - 1,
  givenNames: empty.givenNames,
});

describe('core/entities/tagger/features', () => {
  it.each([
    ['وبالعراق', 'عراق', 'وبال'],
    ['للحكومه', 'حكومه', 'لل'],
    ['البارزاني', 'بارزاني', 'ال'],
    ['وباكستان', 'باكستان', 'و'],
    // A bare ب or ل stays: too many names begin with them.
    ['بيروت', 'بيروت', ''],
    ['لبنان', 'لبنان', ''],
    ['بوش', 'بوش', ''],
  ])('the stem of %s is %s, after %s', (word, stem, clitics) => {
    expect(arabicStem(fold(word))).toEqual({ stem, clitics });
  });

  it.each([
    ['Beirut', 'Xx'],
    ['UN', 'X'],
    ['al-Sudani', 'x-Xx'],
    ['G20', 'Xd'],
    ['iPhone', 'xXx'],
  ])('the shape of %s is %s', (word, shape) => expect(wordShape(word)).toBe(shape));

  it.each([
    ['والرئيس', LEX.title],
    ['وقال', LEX.saying],
    ['مدينه', LEX.placeNoun],
    ['وزاره', LEX.orgHead],
    ['اللبنانيه', LEX.nisba],
    ['بالعراق', LEX.place],
  ])('%s is in the class it should be', (word, bit) => {
    const w = fold(word);
    expect(arabicClasses(w, arabicStem(w).stem, empty.givenNames) & bit).toBe(bit);
  });

  it('reads English word lists lowercased', () => {
    expect(englishClasses('president') & LEX.title).toBe(LEX.title);
    expect(englishClasses('said') & LEX.saying).toBe(LEX.saying);
  });

  it('hashes in steps as it hashes whole strings', () => {
    expect(hashOn(hash('w0='), 'بوش')).toBe(hash('w0=بوش'));
  });

  it('gives every token its features, the same for the same text, fewer with a family left out', () => {
    const text = 'وقال الرئيس جورج بوش إن';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', empty.givenNames);
    const input = wholeText(ctx);
    const all = extractFeatures(input, ALL_FAMILIES);
    expect(all.offsets.length).toBe(ctx.tokens.length + 1);
    expect(all.offsets[ctx.tokens.length]).toBe(all.keys.length);
    expect(extractFeatures(input, ALL_FAMILIES)).toEqual(all);
    const fewer = extractFeatures(input, ALL_FAMILIES & ~FAMILY.neighbours);
    expect(fewer.keys.length).toBeLessThan(all.keys.length);
  });

  it('marks the tokens a glossary name covers with its kind and their place in it', () => {
    const glossary = loadGlossary(compileIndex([entry('beirut', 'place', 'بيروت', 'Beirut')]));
    const text = 'وصل إلى بيروت أمس';
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', glossary.givenNames);
    const marks = glossaryMarks(glossary, ctx.norm.text, ctx.tokens);
    expect(marks[2]).toEqual([((1 * 8 + 0) << 2) | 0]);
    expect(marks[1]).toBeUndefined();
  });

  it.each([
    ['The Food Standards Agency (FSA) said the tests were fine.', 'FSA', '(', ')'],
    ['Shares of Acme, Inc. rose on Monday.', 'Inc', ',', '.'],
    ['Oman, Qatar and Bahrain signed the pact.', 'Qatar', ',', ''],
  ])('English: in %s the token %s knows the marks before it (%s) and after it (%s)', (text, word, before, after) => {
    const ctx = textContext(text, [{ start: 0, end: text.length }], 'en', empty.givenNames);
    const input = wholeText(ctx);
    const i = ctx.tokens.findIndex((t) => t.text === word);
    const keysOf = (f: ReturnType<typeof extractFeatures>) => [...f.keys.subarray(f.offsets[i], f.offsets[i + 1])];
    const gaps = [hashOn(hash('gap-before='), before), hashOn(hash('gap-after='), after)];
    // Only where compromise's tags are given, as for English: the Arabic model reads no punctuation.
    expect(keysOf(extractFeatures({ ...input, nlpTags: ctx.tokens.map(() => 0) }))).toEqual(
      expect.arrayContaining(gaps),
    );
    const without = keysOf(extractFeatures(input));
    for (const g of gaps) expect(without).not.toContain(g);
  });
});
