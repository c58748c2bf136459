/**
 * The analysis resources in the content script, each asked for once and only when an article needs it: the glossary
 * index from the background, and the English recogniser (compromise inside) for English articles only, so Arabic
 * pages never load it. Failing to load the recogniser leaves English to the rules; failing to load the index fails.
 */
import type { Resources } from '../core/analyze';
import type { Recognizer } from '../core/entities/context';
import { loadGlossary, type Glossary } from '../core/entities/glossary';
import type { GlossaryIndex } from '../core/glossary-index';
import type { Lang } from '../core/types';

export interface PageResources {
  /** Starts the index on its way (on a page that looks like an article, while Readability reads it). */
  preload(): void;
  load(lang: Lang): Promise<Resources>;
}

export function pageResources(
  requestIndex: () => Promise<GlossaryIndex>,
  loadEnglish: () => Promise<Recognizer[]>,
): PageResources {
  let glossary: Promise<Glossary> | undefined;
  let english: Promise<Recognizer[]> | undefined;
  const index = () => (glossary ??= requestIndex().then(loadGlossary));
  const englishRecognizers = () =>
    (english ??= loadEnglish().catch((e) => (console.warn('hamish: no English recogniser', e), [])));
  return {
    preload: () => void index().catch(() => undefined),
    load: async (lang) => ({
      glossary: await index(),
      recognizers: lang === 'en' ? { en: await englishRecognizers() } : undefined,
    }),
  };
}
