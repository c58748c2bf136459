/**
 * The one way a word list is written: words separated by white space, compared in folded form (as `fold` leaves
 * text: no hamza on alef, ه for ة, ي for ى, no diacritics; Latin lower-cased). Lists hold classes of words — titles,
 * particles, verbs of saying, heads of names — never the words of any one article.
 */
import { fold } from '../text/normalize';

/**
 * A set of the folded words of `list` (white space separates them; `_` joins the words of one entry). Marked free of
 * side effects so that a bundle leaves out the lists it never reads: a lexicon module holds a word class for every
 * pass, and the content script needs only some of them.
 */
/*@__NO_SIDE_EFFECTS__*/
export function words(list: string): Set<string> {
  return new Set(
    fold(list)
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/_/g, ' ')),
  );
}
