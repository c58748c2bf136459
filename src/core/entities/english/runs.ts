/**
 * Candidate names in English copy: maximal runs of capitalised tokens within a sentence (`Kuwait Fund for Arab Economic
 * Development`, `Salem al-Obeidi`), joined across name connectors (`of`, `du`, `al`) but never across punctuation, so
 * trailing commas and quotes and the possessive `'s` (left outside the token by the tokenizer) are never in a span;
 * then cut of titles and of a capital that only opens a sentence.
 */
import type { TextContext } from '../context';
import { NOT_ACRONYMS } from '../../lexicon/en/function-words';
import { ARTICLE_PREFIX, FIRST_NAMES, NAME_CONNECTORS } from '../../lexicon/en/names';
import { ORG_HEADS } from '../../lexicon/en/organisations';
import { ABBREVIATIONS } from '../../lexicon/en/abbreviations';
import { TITLES } from '../../lexicon/en/titles';
import { FUNCTION_TAGS, hasTag, NAME_TAGS, type TokenTags } from './nlp';

export interface Run {
  first: number;
  last: number;
}

export const lower = (s: string) => s.toLowerCase();

/**
 * A test of whether a capital only opens the sentence: a function word, a word the article also writes in lowercase,
 * or (for a lone word) one compromise's lexicon knows as a common word. Given names and compromise's gazetteer are
 * names.
 */
export function commonCapital(
  ctx: TextContext,
  tt: TokenTags,
  lexicon: Record<string, unknown>,
): (i: number, alone: boolean) => boolean {
  const { tokens } = ctx;
  const lowerSeen = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  return (i, alone) => {
    const w = lower(tokens[i].text);
    if (FIRST_NAMES.has(w)) return false;
    const known = lexicon[w];
    const kt = known === undefined ? [] : Array.isArray(known) ? (known as string[]) : [String(known)];
    if (hasTag(tt.tags[i], FUNCTION_TAGS) || kt.some((t) => FUNCTION_TAGS.includes(t))) return true;
    if (hasTag(tt.tags[i], ['FirstName', 'Country', 'City'])) return false;
    if (lowerSeen.has(w)) return true;
    if (!alone) return false;
    if (tt.tags[i].has('Adjective') && !tt.tags[i].has('Demonym')) return true;
    return kt.length > 0 && !kt.some((t) => NAME_TAGS.includes(t));
  };
}

/**
 * Blocks where capitals prove nothing: any block set in capitals, and a headline in Title Case ("Kuwait Fund To
 * Finance Water Networks In Baalbek"). Words under four letters are left out of the count: a Title Case headline may
 * keep `of`, `in`, `to` in lowercase.
 */
export function capsBlocks(ctx: TextContext): Set<number> {
  const out = new Set<number>();
  ctx.blockStarts.forEach((start, b) => {
    const end = ctx.blockStarts[b + 1] ?? ctx.tokens.length;
    const words = ctx.tokens.slice(start, end).filter((t) => /^\p{L}/u.test(t.text) && !t.arabic);
    const allCaps = words.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length;
    if (words.length >= 4 && allCaps / words.length > 0.5) out.add(b);
    const long = words.filter((t) => t.text.length >= 4);
    if (b === 0 && long.length >= 4 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length > 0.75)
      out.add(b);
  });
  return out;
}

function isCapital(t: string): boolean {
  return /^\p{Lu}/u.test(t) || (ARTICLE_PREFIX.test(t) && /^[^-]+-\p{Lu}/u.test(t));
}

/** `Gaddafi-era`, `Hezbollah-backed`, `Beirut-based`: a name inside a modifier; the token is not a name. */
function isCompoundModifier(t: string): boolean {
  return /^\p{Lu}[\p{L}'-]*-\p{Ll}+$/u.test(t) && !ARTICLE_PREFIX.test(t);
}

export function isAcronym(t: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t) && !NOT_ACRONYMS.has(lower(t));
}

/** Maximal runs of capitalised tokens within a sentence, joined by name connectors and single spaces only. */
export function findRuns(ctx: TextContext, tt: TokenTags, gapAfter: (i: number) => string): Run[] {
  const { tokens } = ctx;
  const cap = (i: number) => i < tokens.length && isCapital(tokens[i].text) && !isCompoundModifier(tokens[i].text);
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!cap(i)) continue;
    let last = i;
    let j = i;
    let sawOf = false;
    // `World Travel & Tourism Council`: an ampersand between capitals is inside one name where an organisation's head
    // closes the words after it (not `David Christison & Lee Tate`, two people).
    const joins = (j: number) =>
      gapAfter(j) === ' ' ||
      (gapAfter(j) === ' & ' && cap(j + 1) && headCloses(tokens, j + 1, gapAfter)) ||
      (gapAfter(j) === '. ' && ABBREVIATIONS.has(lower(tokens[j].text)));
    while (j + 1 < tokens.length && joins(j) && !tt.sentenceStart[j + 1]) {
      if (cap(j + 1)) {
        j++;
        last = j;
        continue;
      }
      // Connectors, then a capital: `of the South`, `du Liban`, `for Arab`, `and Reconstruction` after `Council for`.
      let k = j + 1;
      const w = lower(tokens[k].text);
      const orgSoFar = tokens.slice(i, last + 1).some((t) => ORG_HEADS.has(lower(t.text)));
      // `and` only inside one organisation's name: `Council for Development and Reconstruction`, never between two
      // (`the American University of Beirut and the Lebanese University`).
      const heads = new Set(tokens.slice(i, last + 1).map((t) => lower(t.text)));
      const ok =
        NAME_CONNECTORS.has(w) || (w === 'and' && sawOf && orgSoFar && !headAhead(tokens, k + 1, gapAfter, heads));
      if (!ok) break;
      if (w === 'of' || w === 'for') sawOf = true;
      if (
        k + 1 < tokens.length &&
        gapAfter(k) === ' ' &&
        lower(tokens[k + 1].text) === 'the' &&
        (w === 'of' || w === 'for')
      )
        k++;
      if (k + 1 < tokens.length && gapAfter(k) === ' ' && cap(k + 1)) {
        j = k + 1;
        last = j;
      } else break;
    }
    runs.push({ first: i, last });
    i = last;
  }
  return runs;
}

/** True where the capitalised words from `i` on, joined by spaces, end in an organisation's head. */
function headCloses(tokens: TextContext['tokens'], i: number, gapAfter: (i: number) => string): boolean {
  let j = i;
  while (j + 1 < tokens.length && gapAfter(j) === ' ' && /^\p{Lu}/u.test(tokens[j + 1].text)) j++;
  return ORG_HEADS.has(lower(tokens[j].text));
}

/**
 * True where the capitalised words from `i` on open a second name: they start with an organisation's head (`and
 * Ministry of Education`) or hold the head the name so far has (`University of Beirut and Lebanese University`). A
 * head of another word after other words is the first name's field (`Department of Health and Human Services`).
 */
function headAhead(
  tokens: TextContext['tokens'],
  i: number,
  gapAfter: (i: number) => string,
  heads: ReadonlySet<string>,
): boolean {
  for (let j = i; j < tokens.length && /^\p{Lu}/u.test(tokens[j].text); j++) {
    const w = lower(tokens[j].text);
    if (ORG_HEADS.has(w) && (j === i || heads.has(w))) return true;
    if (gapAfter(j) !== ' ') break;
  }
  return false;
}

/**
 * Cuts what is not the name: a capital that only opens the sentence, and titles (`Field Marshal`, `Central Bank
 * Governor`, `Minister of Finance`). Null where nothing of the run is a name (`Prime Minister`, `Emir`).
 */
export function trimRun(
  ctx: TextContext,
  tt: TokenTags,
  run: Run,
  isCommon: (i: number, alone: boolean) => boolean,
): { first: number; last: number; titled: boolean } | undefined {
  const { tokens } = ctx;
  let { first } = run;
  const { last } = run;
  const w = (i: number) => lower(tokens[i].text);
  const isTitle = (i: number) =>
    TITLES.has(w(i)) ||
    w(i)
      .split('-')
      .some((p) => TITLES.has(p));
  if (tt.sentenceStart[first] && !isTitle(first) && isCommon(first, first === last)) first++;
  while (first <= last && NAME_CONNECTORS.has(tokens[first].text)) first++;
  if (first > last) return undefined;
  // An organisation's head after the last title keeps the run whole (`General Security`, `Council of Ministers`);
  // a title after it is a person's (`Central Bank Governor Karim Souaid`).
  let head = -1;
  let k = -1;
  for (let i = first; i <= last; i++) {
    if (ORG_HEADS.has(w(i)) && (i > first || (i < last && NAME_CONNECTORS.has(w(i + 1))))) head = i;
    if (isTitle(i)) k = i;
  }
  if (head > k || (head >= 0 && k === last)) return { first, last, titled: false };
  if (k < 0) return { first, last, titled: false };
  if (k === last) return undefined;
  let start = k + 1;
  if (NAME_CONNECTORS.has(w(start))) {
    // `Minister of Finance Yassine Jaber`: the name starts at a given name, else it is the last two words.
    let j = start;
    while (j <= last && !(tt.tags[j].has('FirstName') || FIRST_NAMES.has(w(j)))) j++;
    if (j <= last) start = j;
    else if (last - start >= 3) start = last - 1;
    else return undefined;
  }
  while (start <= last && NAME_CONNECTORS.has(tokens[start].text)) start++;
  if (start > last) return undefined;
  return { first: start, last, titled: true };
}
