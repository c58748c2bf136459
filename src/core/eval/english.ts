/**
 * English entity scoring: Hamish (glossary + English recogniser through `analyze`) against compromise alone, on the
 * same articles and gold. Pure: the caller passes the articles, the resources and compromise.
 */
import { analyze, textContext, type Resources } from '../analyze';
import { articleText } from '../article-text';
import { compromiseRecognizer, englishRecognizer, type Nlp } from '../entities/english';
import { toRaw } from '../text/normalize';
import type { Article, Span } from '../types';
import { emptyTallies, scores, tally, type Scores } from './score';

export interface GoldArticle {
  article: Article;
  mentions: (Span & { kind: string })[];
}

/** The spans compromise alone finds in an article, on whole tokens like every other recogniser's. */
export function compromiseSpans(article: Article, nlp: Nlp): (Span & { kind: string; text: string })[] {
  const { text, blocks } = articleText(article);
  const ctx = textContext(text, blocks, 'en', new Set());
  const { norm, tokens } = ctx;
  return compromiseRecognizer(nlp)(ctx, new Uint8Array(tokens.length)).map((p) => {
    const span = toRaw(norm, tokens[p.first].start, tokens[p.last].end);
    return { ...span, kind: p.kind, text: text.slice(span.start, span.end) };
  });
}

/** P/R/F1 per kind and micro, for Hamish with the given glossary and for compromise alone. */
export function scoreEnglish(
  articles: GoldArticle[],
  resources: Resources,
  nlp: Nlp,
): { hamish: Scores; compromise: Scores } {
  const withEnglish: Resources = {
    ...resources,
    recognizers: { ...resources.recognizers, en: [englishRecognizer(nlp)] },
  };
  const h = emptyTallies();
  const c = emptyTallies();
  for (const a of articles) {
    tally(h, a.mentions, analyze({ ...a.article, lang: 'en' }, withEnglish).mentions);
    tally(c, a.mentions, compromiseSpans(a.article, nlp));
  }
  return { hamish: scores(h), compromise: scores(c) };
}
