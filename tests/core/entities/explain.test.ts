import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { textContext } from '../../../src/core/analyze';
import { articleText } from '../../../src/core/article-text';
import { arabicRecognizer } from '../../../src/core/entities/arabic';
import { englishRecognizer } from '../../../src/core/entities/english';
import { EVIDENCE } from '../../../src/core/entities/english/evidence';
import { loadGlossary } from '../../../src/core/entities/glossary';
import { explainEntities, recognize } from '../../../src/core/entities/recognize';
import { fixtures } from '../../../src/cli/fixtures';
import { nodeResources } from '../../../src/cli/resources';
import { compileIndex } from '../../../src/glossary/compile';
import type { Article } from '../../../src/core/types';
import { entry, testGlossary } from '../test-glossary';

const empty = loadGlossary(compileIndex([]));
const english = englishRecognizer(nlp);

/** The context and the recognisers `analyze` would use for an article in `lang`. */
function setting(article: Article, lang: 'ar' | 'en', glossary = empty) {
  const { text, blocks } = articleText(article);
  const ctx = textContext(text, blocks, lang, glossary.givenNames);
  return { ctx, glossary, recognizers: lang === 'ar' ? [arabicRecognizer] : [english] };
}

/** Each mention as `text: why`. */
function why(article: Article, lang: 'ar' | 'en', glossary = empty): string[] {
  const { ctx, recognizers } = setting(article, lang, glossary);
  return explainEntities(ctx, glossary, recognizers).map((e) => `${e.mention.text}: ${e.why.join(' ')}`);
}

describe('core/entities/recognize: explainEntities', () => {
  it.each([
    [
      'a title and a given name (English evidence)',
      'en',
      'President Joseph Aoun received the delegation in Hasbaya district.',
      [
        'Joseph Aoun: tagged-given-name tagged-last-name tagged-person titled',
        'Hasbaya: tagged-place strong-place-preposition place-noun-after',
      ],
    ],
    [
      'an acronym defined by an organisation, then used alone',
      'en',
      'Electricite du Liban (EDL) said that EDL would raise tariffs.',
      // Evidence is pooled by name: the acronym defined in brackets, and the same acronym alone later.
      ['Electricite du Liban: defines-acronym', 'EDL: defined-acronym acronym', 'EDL: defined-acronym acronym'],
    ],
    [
      'a list carries a decided kind',
      'en',
      'Floods hit villages in Baalbek and Hermel.',
      ['Baalbek: strong-place-preposition list', 'Hermel: list'],
    ],
    [
      'a title before a given name (Arabic rule)',
      'ar',
      'وقال الرئيس اللبناني جوزاف عون إن',
      ['جوزاف عون: ar-titled-name'],
    ],
    [
      'a known place and a company noun',
      'ar',
      'افتتحت شركة نوكيا في بيروت مصنعاً',
      ['نوكيا: ar-org-noun', 'بيروت: ar-known-place'],
    ],
    ['the subject of a verb of saying', 'ar', 'وقال الأعرجي إن القوات', ['الأعرجي: ar-speaker']],
  ] as const)('%s', (_, lang, text, expected) => {
    expect(why({ title: 'عنوان', paragraphs: [text] }, lang)).toEqual(expected);
  });

  it('names the glossary passes: a full name, a short form of it, a family name', () => {
    const glossary = testGlossary([
      entry('gebran-bassil', 'person', 'جبران باسيل', 'Gebran Bassil', { arShort: ['باسيل'] }),
    ]);
    const article = { title: 'عنوان', paragraphs: ['التقى جبران باسيل الوفد، ثم غادر باسيل.'] };
    expect(why(article, 'ar', glossary)).toEqual(['جبران باسيل: glossary', 'باسيل: short-form']);
  });

  it.each(fixtures().map((f) => [f.id, f] as const))('gives the mentions recognize gives: %s', (_, f) => {
    const { glossary } = nodeResources();
    const lang = f.article.lang === 'en' ? 'en' : 'ar';
    const { ctx, recognizers } = setting(f.article, lang, glossary);
    const explained = explainEntities(ctx, glossary, recognizers);
    expect(explained.map((e) => e.mention)).toEqual(recognize(ctx, glossary, recognizers).mentions);
    for (const e of explained) expect(e.why.length).toBeGreaterThan(0);
  });
});

describe('core/entities/english/evidence: the table', () => {
  it('names each rule once, with a reason and a positive weight', () => {
    const names = EVIDENCE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of EVIDENCE) {
      expect(r.reason.length, r.name).toBeGreaterThan(10);
      expect(r.weight, r.name).toBeGreaterThan(0);
    }
  });
});
