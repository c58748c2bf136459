/**
 * The analysis where the extension keeps its resources: in the background, which loads the glossary index, the
 * tagger's models and compromise once and reuses them for every page. A page sends the article it extracted and
 * paints the annotations it gets back, so no content script carries the index (700 kB that used to cross on every
 * page), the models or the language core, and the extension reads an article exactly as the command line does.
 */
import nlp from 'compromise';
import { WARM_UP_ARTICLES } from './analysis-warm-up';
import { analyze, assembleRecognizers, readArticle, type Resources } from './core/analyze';
import { englishRecognizer } from './core/entities/english';
import { loadGlossary } from './core/entities/glossary';
import { decodeModel } from './core/entities/tagger/model';
import { taggerRecognizer } from './core/entities/tagger/recognizer';
import type { GlossaryIndex } from './core/glossary-index';
import type { Article, Lang, Reading } from './core/types';
import { MODEL_ASSETS } from './glossary/assets';

export interface AnalysisLoaders {
  readIndex: () => Promise<GlossaryIndex>;
  /** A file of the extension's package, as bytes. */
  readFile: (path: string) => Promise<Uint8Array>;
}

/** Analyses of the warm-up articles once the first article page asks: enough for V8 to compile the analysis's hot
 * code (measured in Chromium, `npm run bench`: the first pages' analyses several times faster), few enough to cost a
 * fraction of a second of one core. Not on the worker's start: it also wakes for a menu, a shortcut or a permission,
 * and Firefox's background page starts with the browser, where the work would be for nothing. */
const WARM_UP_RUNS = 24;

/** The analysis of articles, its resources loaded on the first call (or `prepare`) and kept. */
export function backgroundAnalysis({ readIndex, readFile }: AnalysisLoaders) {
  let resources: Promise<Resources> | undefined;
  const load = async (): Promise<Resources> => {
    const glossary = loadGlossary(await readIndex());
    const langs = Object.keys(MODEL_ASSETS) as Lang[];
    const models = await Promise.all(
      langs.map((lang) =>
        readFile(MODEL_ASSETS[lang]).then(
          (bytes) => [lang, taggerRecognizer(decodeModel(bytes), glossary, nlp)] as const,
          // A model that cannot be read leaves its language to the glossary and the rules.
          (e) => (console.warn('hamish: no tagger for', lang, e), undefined),
        ),
      ),
    );
    const taggers = Object.fromEntries(models.filter((m) => m !== undefined));
    return { glossary, recognizers: assembleRecognizers({ english: englishRecognizer(nlp), taggers }) };
  };
  const ready = () => (resources ??= load());
  let warming: Promise<void> | undefined;
  /** The warm-up articles analysed one a task, so that a page's request waits for one of them at most. */
  const warmUp = async () => {
    const loaded = await ready();
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      await new Promise((next) => setTimeout(next, 0));
      analyze(WARM_UP_ARTICLES[i % WARM_UP_ARTICLES.length], loaded);
    }
  };
  return {
    /** Loads the resources and warms the analysis (a page that looks like an article asks while Readability reads
     * it); once for the background's life, again only after a load that failed. */
    prepare: () =>
      void (warming ??= warmUp().catch(() => {
        resources = warming = undefined;
      })),
    async analyze(article: Article): Promise<Reading> {
      const loaded = await ready();
      // The analysis itself, apart from the messaging around it: `npm run bench` reads this measure in the worker.
      const start = performance.now();
      const reading = readArticle(article, loaded);
      performance.measure('hamish:analysis', { start });
      return reading;
    },
  };
}
