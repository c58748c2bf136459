/** A sentence as the quote finder's grammar reads it, for the grammar tests: the attributor and a way to name tokens. */
import { articleText } from '../../../src/core/article-text';
import { loadGlossary } from '../../../src/core/entities/glossary';
import { readForAttribution } from '../../../src/core/quotes';
import { fold } from '../../../src/core/text/normalize';
import type { Np } from '../../../src/core/quotes/grammar/grammar';
import { slice } from '../../../src/core/quotes/view';
import type { Lang, Mention } from '../../../src/core/types';
import { compileIndex } from '../../../src/glossary/compile';

/** The given names the glossary index carries, as `analyze` hands them over. */
const { givenNames } = loadGlossary(compileIndex([]));

/**
 * The attributor over one paragraph, with person mentions where the names given appear (as the recogniser would
 * report them), and helpers: `tokenOf(word)` is the first token that is `word` (folded), `show` the raw
 * text of a noun phrase.
 */
export function attribution(lang: Lang, paragraph: string, persons: string[] = []) {
  const { text, blocks } = articleText({ title: lang === 'ar' ? 'عنوان' : 'Headline', paragraphs: [paragraph] });
  const mentions: Mention[] = persons.map((name, i) => ({
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
    text: name,
    kind: 'person',
    entity: `p${i}`,
    source: 'glossary',
    confidence: 1,
  }));
  const { at } = readForAttribution({ text, blocks, lang, mentions, givenNames });
  const { v } = at;
  const tokenOf = (word: string) => {
    const w = fold(word).toLowerCase();
    for (let k = 0; k < v.n; k++) if (v.w[k] === w) return k;
    throw new Error(`no token ${word}`);
  };
  const sentence = (k: number) => [v.segStart[v.seg[k]], v.segEnd[v.seg[k]]] as const;
  const show = (np: Np | 'pronoun' | undefined) =>
    np === undefined || np === 'pronoun' ? np : slice(v, np[0], np[1] - 1);
  /** The phrase from word `from` to word `to` (inclusive), as token bounds. */
  const phrase = (from: string, to: string): Np => [tokenOf(from), tokenOf(to) + 1];
  return { at, g: at.g, v, tokenOf, sentence, show, phrase };
}
