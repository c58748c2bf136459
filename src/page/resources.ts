/**
 * The analysis resources in the content script, each asked for once and only when an article needs it: the glossary
 * index from the background, the tagger's names in the article (found in the background, where the model lives), and
 * the English recogniser (compromise inside) for English articles only, so Arabic pages never load it. Failing to
 * load the recogniser or the tagger's names leaves that language to the rules; failing to load the index fails.
 */
import { articleText, assembleRecognizers, type Resources } from '../core/analyze';
import type { Proposal, Recognizer } from '../core/entities/context';
import { loadGlossary, type Glossary } from '../core/entities/glossary';
import { foundNames } from '../core/entities/found-names';
import type { GlossaryIndex } from '../core/glossary-index';
import type { Article, Lang, Span } from '../core/types';

export interface PageResources {
  /** Starts the index on its way (on a page that looks like an article, while Readability reads it). */
  preload(): void;
  load(lang: Lang, article: Article): Promise<Resources>;
}

export interface ResourceLoaders {
  requestIndex: () => Promise<GlossaryIndex>;
  /** The tagger's names in an article's text, from wherever the model lives. */
  requestNames: (lang: Lang, text: string, blocks: Span[]) => Promise<Proposal[]>;
  loadEnglish: () => Promise<Recognizer[]>;
}

export function pageResources({ requestIndex, requestNames, loadEnglish }: ResourceLoaders): PageResources {
  let glossary: Promise<Glossary> | undefined;
  let english: Promise<Recognizer[]> | undefined;
  const index = () => (glossary ??= requestIndex().then(loadGlossary));
  const englishRecognizers = () =>
    (english ??= loadEnglish().catch((e) => (console.warn('hamish: no English recogniser', e), [])));
  const tagged = (lang: Lang, article: Article) => {
    const { text, blocks } = articleText(article);
    return requestNames(lang, text, blocks).then(
      (names) => foundNames(names),
      (e) => (console.warn('hamish: no tagger for', lang, e), undefined),
    );
  };
  return {
    preload: () => void index().catch(() => undefined),
    load: async (lang, article) => {
      const [g, tagger, englishOnes] = await Promise.all([
        index(),
        tagged(lang, article),
        lang === 'en' ? englishRecognizers() : Promise.resolve([]),
      ]);
      return {
        glossary: g,
        recognizers: assembleRecognizers({ english: englishOnes[0], taggers: tagger ? { [lang]: tagger } : {} }),
      };
    },
  };
}
