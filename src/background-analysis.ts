/**
 * The analysis where the extension keeps its resources: in the background, which loads the glossary index, the
 * tagger's models and compromise once and reuses them for every page. A page sends the article it extracted and
 * paints the annotations it gets back, so no content script carries the index (700 kB that used to cross on every
 * page), the models or the language core, and the extension reads an article exactly as the command line does.
 */
import nlp from 'compromise';
import { analyze, assembleRecognizers, type Resources } from './core/analyze';
import { englishRecognizer } from './core/entities/english';
import { loadGlossary } from './core/entities/glossary';
import { decodeModel } from './core/entities/tagger/model';
import { taggerRecognizer } from './core/entities/tagger/recognizer';
import type { GlossaryIndex } from './core/glossary-index';
import type { Annotations, Article, Lang } from './core/types';
import { MODEL_ASSETS } from './glossary/assets';

export interface AnalysisLoaders {
  readIndex: () => Promise<GlossaryIndex>;
  /** A file of the extension's package, as bytes. */
  readFile: (path: string) => Promise<Uint8Array>;
}

/** The analysis of articles, its resources loaded on the first call (or `prepare`) and kept. */
export function backgroundAnalysis({ readIndex, readFile }: AnalysisLoaders) {
  let resources: Promise<Resources> | undefined;
  const load = async (): Promise<Resources> => {
    const glossary = loadGlossary(await readIndex());
    const langs = Object.keys(MODEL_ASSETS) as Lang[];
    const models = await Promise.all(
      langs.map((lang) =>
        readFile(MODEL_ASSETS[lang]).then(
          (bytes) => [lang, taggerRecognizer(decodeModel(bytes), glossary)] as const,
          // A model that cannot be read leaves its language to the glossary and the rules.
          (e) => (console.warn('hamish: no tagger for', lang, e), undefined),
        ),
      ),
    );
    const taggers = Object.fromEntries(models.filter((m) => m !== undefined));
    return { glossary, recognizers: assembleRecognizers({ english: englishRecognizer(nlp), taggers }) };
  };
  const ready = () => (resources ??= load());
  return {
    /** Starts loading the resources (a page that looks like an article asks while Readability reads it). */
    prepare: () => void ready().catch(() => (resources = undefined)),
    async analyze(article: Article): Promise<Annotations> {
      const loaded = await ready();
      // The analysis itself, apart from the messaging around it: `npm run bench` reads this measure in the worker.
      const start = performance.now();
      const annotations = analyze(article, loaded);
      performance.measure('hamish:analysis', { start });
      return annotations;
    },
  };
}
