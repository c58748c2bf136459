/**
 * Whether the content script reads an article at all: Hamish reads Arabic and English, and an article in another
 * language is left alone (Persian read as Arabic gave junk names; French read as English the same). Our own
 * identifier decides first; the browser's detector (`browser.i18n.detectLanguage`, handed in by the content script)
 * is a second opinion for the languages our function-word lists do not know.
 */
import { articleText, languageSample } from '../core/article-text';
import type { Article } from '../core/types';

/** The language of a text as the browser detects it (an ISO code), or undefined where it is not sure. */
export type DetectLanguage = (text: string) => Promise<string | undefined>;

const READ = new Set(['ar', 'en', 'und']);

/** The language of an article Hamish does not read by the browser's detector, or undefined: where it is sure of one
 * our identifier took for Arabic or English (asked only where ours reads the article). */
export async function browserUnreadLanguage(article: Article, detect?: DetectLanguage): Promise<string | undefined> {
  if (!detect) return undefined;
  // The browser's detector failing (an API missing in some context) leaves our verdict standing.
  const theirs = await detect(languageSample(articleText(article).text)).catch(() => undefined);
  const base = theirs?.toLowerCase().split(/[-_]/)[0];
  return base && !READ.has(base) ? base : undefined;
}
