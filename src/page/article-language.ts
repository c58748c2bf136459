/**
 * Whether the content script reads an article at all: Hamish reads Arabic and English, and an article in another
 * language is left alone (Persian read as Arabic gave junk names; French read as English the same). Our own
 * identifier decides in the background (`readArticle`); the browser's detector (`browser.i18n.detectLanguage`, handed
 * in by the content script) is a second opinion for the languages our function-word lists do not know.
 */
import { languageSample } from '../core/article-text';

/** The language of a text as the browser detects it (an ISO code), or undefined where it is not sure. */
export type DetectLanguage = (text: string) => Promise<string | undefined>;

const READ = new Set(['ar', 'en', 'und']);

/** The language of an article Hamish does not read by the browser's detector, or undefined: where it is sure of one
 * our identifier took for Arabic or English. `text` is the article laid out (`articleText`). */
export async function browserUnreadLanguage(text: string, detect?: DetectLanguage): Promise<string | undefined> {
  if (!detect) return undefined;
  // The browser's detector failing (an API missing in some context) leaves our verdict standing.
  const theirs = await detect(languageSample(text)).catch(() => undefined);
  const base = theirs?.toLowerCase().split(/[-_]/)[0];
  return base && !READ.has(base) ? base : undefined;
}
