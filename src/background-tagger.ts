/**
 * The tagger where the extension keeps it: in the background, loaded once per language from the package and reused
 * by every page, so no content script carries the model or its code. A page sends its article's text; the background
 * answers with the model's names in it (`modelNames`), which the page's analysis takes as found (`foundNames`).
 */
import { textContext } from './core/analyze';
import type { Proposal } from './core/entities/context';
import { loadGlossary, type Glossary } from './core/entities/glossary';
import { decodeModel } from './core/entities/tagger/model';
import { modelNames } from './core/entities/tagger/recognizer';
import type { GlossaryIndex } from './core/glossary-index';
import type { Lang, Span } from './core/types';
import { MODEL_ASSETS } from './glossary/assets';

type Names = ReturnType<typeof modelNames>;

export function backgroundTagger(
  readIndex: () => Promise<GlossaryIndex>,
  readFile: (path: string) => Promise<Uint8Array>,
) {
  let glossary: Promise<Glossary> | undefined;
  const taggers = new Map<Lang, Promise<Names | undefined>>();
  const loadTagger = async (lang: Lang): Promise<Names | undefined> => {
    const path = MODEL_ASSETS[lang];
    if (!path) return undefined;
    const [g, bytes] = await Promise.all([(glossary ??= readIndex().then(loadGlossary)), readFile(path)]);
    return modelNames(decodeModel(bytes), g);
  };
  return {
    /** The model's names in an article's text, by token range of the core's tokens; none where no model ships. */
    async tag(lang: Lang, text: string, blocks: Span[]): Promise<Proposal[]> {
      if (!taggers.has(lang)) taggers.set(lang, loadTagger(lang));
      const names = await taggers.get(lang)!;
      if (!names) return [];
      const g = await glossary!;
      return names(textContext(text, blocks, lang, g.givenNames));
    },
  };
}
