/**
 * The leading words of a glossary name that tell which person or place is meant and are not highlighted: titles and
 * ranks (`King Salman`, `الملك سلمان`, matched whole and highlighted without them) and place nouns (`مدينة غزة`).
 */
import { PLACE_NOUNS } from '../lexicon/ar/places';
import { TITLE_WORDS as AR_TITLE_WORDS } from '../lexicon/ar/titles';
import { TITLE_WORDS as EN_TITLE_WORDS } from '../lexicon/en/titles';
import { fold } from './normalize';

/** How many leading words of a name are title words. */
export function titleLength(words: string[]): number {
  const isTitle = (w: string) => AR_TITLE_WORDS.has(w) || EN_TITLE_WORDS.has(w);
  let n = 0;
  while (n < words.length - 1 && isTitle(fold(words[n]).toLowerCase().replace(/\.$/, ''))) n++;
  return n;
}

/** 1 where a place's name of two or more words opens with a place noun, else 0. */
export function placeNounLength(words: string[]): number {
  return words.length > 1 && PLACE_NOUNS.has(fold(words[0])) ? 1 : 0;
}
