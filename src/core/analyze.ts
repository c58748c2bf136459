/**
 * The one entry of the core: an article in, its annotations out. Pure and synchronous; the glossary and any
 * language model come in as resources, so the same call serves the content script, the CLI and the tests.
 */
import { arabicRecognizer } from './entities/arabic';
import { findClaims } from './claims';
import type { Recognizer, TextContext } from './entities/context';
import type { Glossary } from './entities/glossary';
import { explainEntities, recognize, type ExplainedMention } from './entities/recognize';
import { explainQuotes, findQuotes, type QuoteExplanation } from './quotes';
import { summarize } from './summary';
import { detectLang, unreadLanguage } from './text/lang';
import { normalize } from './text/normalize';
import { tokenize } from './text/tokens';
import { articleText, languageSample } from './article-text';
import type { Annotations, Article, Lang, Reading, Span } from './types';

export interface Resources {
  glossary: Glossary;
  /** Recognisers beside the built-in rules, per language: compromise for English, loaded only where needed. */
  recognizers?: Partial<Record<Lang, Recognizer[]>>;
}

/** The recognisers a platform has loaded, besides the built-in rules (the glossary comes with Resources). */
export interface RecognizerParts {
  /** compromise's recogniser, for English. */
  english?: Recognizer;
  /** The trained tagger of each language whose model is loaded. */
  taggers: Partial<Record<Lang, Recognizer>>;
}

/**
 * The recognisers of each language, in the order they propose: compromise, then the tagger (the rules of `analyze` go
 * first of all). One assembly, so the extension and the command line read an article alike.
 */
export function assembleRecognizers({ english, taggers }: RecognizerParts): Partial<Record<Lang, Recognizer[]>> {
  const tagger = (lang: Lang) => (taggers[lang] ? [taggers[lang]] : []);
  return { ar: tagger('ar'), en: [...(english ? [english] : []), ...tagger('en')] };
}

/** What the recognisers see of a text: normalised, tokenised, and the first token of each block. */
export function textContext(text: string, blocks: Span[], lang: Lang, givenNames: ReadonlySet<string>): TextContext {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  // Blocks and tokens are both in text order: one walk finds each block's first token.
  const blockStarts: number[] = [];
  let i = 0;
  for (const b of blocks) {
    while (i < tokens.length && norm.map[tokens[i].start] < b.start) i++;
    blockStarts.push(i);
  }
  return { lang, norm, tokens, blockStarts, givenNames };
}

/**
 * The language of an article Hamish does not read (an ISO 639-1 code: `fa`, `fr`, …), or undefined where it reads
 * it. Callers leave such an article alone and say why, rather than annotate it as Arabic or English.
 */
export function unreadArticleLanguage(article: Article): string | undefined {
  return unreadLanguage(languageSample(articleText(article).text));
}

/** Reads an article: leaves one in a language Hamish does not read alone (naming the language), analyses the rest. */
export function readArticle(article: Article, resources: Resources): Reading {
  const unread = unreadArticleLanguage(article);
  return unread ? { unreadLanguage: unread } : { annotations: analyze(article, resources) };
}

/** What every step of the analysis reads: the article's text, its language, context and recognisers. */
function prepare(article: Article, resources: Resources) {
  const { text, blocks } = articleText(article);
  const lang = detectLang(article.lang, languageSample(text));
  const ctx = textContext(text, blocks, lang, resources.glossary.givenNames);
  const builtIn = lang === 'ar' ? [arabicRecognizer] : [];
  const recognizers = [...builtIn, ...(resources.recognizers?.[lang] ?? [])];
  return { text, blocks, lang, ctx, recognizers };
}

export function analyze(article: Article, resources: Resources): Annotations {
  const { text, blocks, lang, ctx, recognizers } = prepare(article, resources);
  const { norm, tokens, givenNames } = ctx;
  const { mentions, entities } = recognize(ctx, resources.glossary, recognizers);
  const { quotes, vague } = findQuotes({ text, blocks, mentions, lang, norm, tokens, entities, givenNames });
  const summary = summarize({ text, lang, blocks, entities, quotes, mentions, norm, tokens });
  const claims = findClaims({ text, blocks, lang, quotes, vague, norm, tokens });
  return { lang, title: article.title.trim(), text, blocks, mentions, entities, quotes, vague, summary, claims };
}

/** Why the analysis decided what it did: each mention with the passes and rules that made it, each quote with the
 * steps and rules that chose its speaker. What `annotate --explain` prints; never part of the annotations. */
export function explain(
  article: Article,
  resources: Resources,
): { mentions: ExplainedMention[]; quotes: QuoteExplanation[] } {
  const { text, blocks, lang, ctx, recognizers } = prepare(article, resources);
  const { norm, tokens, givenNames } = ctx;
  const { mentions, entities } = recognize(ctx, resources.glossary, recognizers);
  return {
    mentions: explainEntities(ctx, resources.glossary, recognizers),
    quotes: explainQuotes({ text, blocks, mentions, lang, norm, tokens, entities, givenNames }),
  };
}
