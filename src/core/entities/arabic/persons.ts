/**
 * Persons: a given name (or any word right after a title and its modifiers), then more given names, particles
 * (`أبو`, `بن`, `عبد`) with their word, and one family word. Each step is a pass over the name begun so far.
 */
import type { Proposal } from '../context';
import { adjacent } from '../../match/name-matcher';
import { ADVERBS, COMMON, NOT_IN_NAMES, PREPOSITIONS, TITLE_PREPOSITIONS } from '../../lexicon/ar/function-words';
import {
  AMBIGUOUS_GIVEN,
  COMPOUND_FAMILY_SECOND,
  COMPOUND_FIRST,
  COMPOUND_SECOND,
  INITIALS,
  NAME_PARTICLES,
  PATRONYMIC,
} from '../../lexicon/ar/names';
import { SPOKESMEN, TITLE_MODIFIERS, TITLES } from '../../lexicon/ar/titles';
import { ORG_HEADS } from '../../lexicon/ar/organisations';
import { placeNisba } from './places';
import { VERBS } from './speech';
import { definite, givenReading, isNisba, proposal, verbShaped, type View } from './view';

/** Where a name opens: its first token, the reading of it the name is proposed with, and whether a title precedes. */
interface Opening {
  start: number;
  head: string;
  titled: boolean;
}

/** Every person the rules find, left to right; a name claims its tokens from the next. */
export function persons(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic) continue;
    // `عبد الرحمن`, `عبد الكريم`: عبد written apart from the word after it opens a name as `عبدالرحمن` does.
    const split = v.read(i).includes('عبد') && i + 1 < tokens.length && v.free(i + 1) && definite(v.text(i + 1));
    const given = split ? 'عبد' : givenReading(v, i);
    if (!given || (v.stop(i) && !nameAli(v, i))) {
      const j = v.has(i, TITLES) ? foreignNameAfterTitle(v, i) : -1;
      if (j < 0) continue;
      // `الشيخ مكتوم بن محمد بن راشد`: a chain of descent after the first name is the name's, as after a known one.
      const last = NAME_PARTICLES.has(v.text(j + 1)) ? givenNamesAfter(v, j, false).last : j + 1;
      out.push(proposal(j, last, 'person', v.name(j, last), 0.6, 'ar-title-foreign-name'));
      i = last;
      continue;
    }
    const opening = givenOpening(v, i, given);
    if (!opening) continue;
    const { last, afterParticle } = givenNamesAfter(v, opening.start, split);
    const end = afterParticle ? last : familyWordAfter(v, last, opening.titled);
    // A lone given name is no name: NewsFANE and readers alike want the family word.
    if (end === opening.start) continue;
    const start = openingBefore(v, opening.start);
    const rule = opening.titled ? 'ar-titled-name' : 'ar-given-name';
    const head = start === opening.start ? opening.head : undefined;
    out.push(proposal(start, end, 'person', v.name(start, end, head), opening.titled ? 0.75 : 0.6, rule));
    i = end;
  }
}

/**
 * `علي` reads as the preposition على too: after a title, written with ya and before a word that heads no construct
 * (`أمين المجلس علي شمخاني إن`, not `على هامش المؤتمر`), it is the name.
 */
function nameAli(v: View, i: number): boolean {
  if (v.text(i) !== 'علي' || v.maqsura(i) || !titled(v, i)) return false;
  const after = i + 2 < v.tokens.length ? v.text(i + 2) : '';
  return i + 1 < v.tokens.length && v.free(i + 1) && !definite(v.text(i + 1)) && !after.startsWith('ال');
}

/**
 * The last token of a personal name that opens at `start` with a given name that is no everyday word (`جون إف.
 * كينيدي`), or -1: for a body named after a person (`مركز جون إف. كينيدي`).
 */
export function personalNameEnd(v: View, start: number): number {
  const given = givenReading(v, start);
  if (!given || v.stop(start) || AMBIGUOUS_GIVEN.has(given) || given !== v.text(start)) return -1;
  const { last, afterParticle } = givenNamesAfter(v, start, false);
  const end = afterParticle ? last : familyWordAfter(v, last, false);
  return end > start ? end : -1;
}

/**
 * A given name opens a name after a title, or as the subject of a verb of saying as written; otherwise only where it
 * is no everyday word (`علي`, `سلام`) and not read through a clitic, since `وجود` is no `و` + `جود`. (`فاطمة` is the
 * name itself, not ف + `اطمة`: the token as written comes first.)
 */
function givenOpening(v: View, i: number, given: string): Opening | undefined {
  const hasTitle = titled(v, i);
  // `المتحدث (الرسمي) باسم الوزارة`: on behalf of, not the name Basem.
  if (given === 'باسم' && (v.has(i - 1, SPOKESMEN) || v.has(i - 2, SPOKESMEN))) return undefined;
  const viaConjunction = given !== v.text(i) && /^[وف]/.test(v.text(i)) && given === v.text(i).slice(1);
  if (viaConjunction && given.length < 4) return undefined;
  // The subject of a verb of saying (`تقول منى عطوي`) is a person as surely as one after a title; not a title in
  // construct with a body (`قال أمين المجلس`, the council's secretary), whose name comes after.
  const speaking = i > 0 && v.has(i - 1, VERBS) && !(v.has(i, TITLES) && v.has(i + 1, ORG_HEADS));
  if (
    !hasTitle &&
    !(speaking && given === v.text(i)) &&
    (AMBIGUOUS_GIVEN.has(given) || (given !== v.text(i) && !viaConjunction))
  )
    return undefined;
  return { start: i, head: given, titled: hasTitle };
}

/**
 * A title, its modifiers, then an unknown word that is no common word and a second such word: a foreign name (`هوغو
 * شافيز`). The first token of the name, or -1.
 */
function foreignNameAfterTitle(v: View, i: number): number {
  const { tokens } = v;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && (v.has(j, TITLE_MODIFIERS) || isNisba(v.text(j)) || v.has(j, TITLES))) j++;
  if (j >= tokens.length || j === i + 1 || !v.free(j)) return -1;
  const w = v.text(j);
  if (definite(w) || COMMON.has(w) || givenReading(v, j)) return -1;
  // A conjunction or preposition opens no name, and a word of four letters in ي or ت is a verb (`تقام`, `يترك`).
  if (w.length < 3 || /^[وفبل]/.test(w) || /^[يت]...$/.test(w)) return -1;
  // Only a second word of the same kind confirms it: a lone word after a title is often a noun.
  const second = j + 1 < tokens.length && v.free(j + 1) ? v.text(j + 1) : '';
  return second.length > 1 && !definite(second) && !COMMON.has(second) && !isNisba(second) && !verbShaped(second)
    ? j
    : -1;
}

/**
 * More given names and particle groups after the opening (`محمد حسني`, `عبد الله`, `أبو سعيدة`, `بن علي`): four words
 * at most, or six in a chain of descent (`أحمد بن محمد بن راشد آل مكتوم`).
 */
function givenNamesAfter(v: View, start: number, split: boolean): { last: number; afterParticle: boolean } {
  const { tokens } = v;
  let last = split ? start + 1 : start;
  let afterParticle = false;
  for (;;) {
    const j = last + 1;
    // `عبدالله علي اليحيا`: the name علي, which reads as على (on), inside a name before a given or family name.
    if (alongName(v, start, j)) {
      last = j;
      continue;
    }
    if (j >= tokens.length || !v.free(j) || j - start >= (afterParticle ? 6 : 4)) break;
    if (compoundGiven(v, last, j) || (INITIALS.has(v.text(j)) && j + 1 < tokens.length && v.initialBefore(j + 1))) {
      last = j;
      continue;
    }
    if (NAME_PARTICLES.has(v.text(j)) && j + 1 < tokens.length && v.free(j + 1)) {
      last = j + 1;
      afterParticle = true;
      continue;
    }
    if (!(v.given(j) && j + 1 < tokens.length && v.free(j + 1) && mayFollowGiven(v, j + 1))) break;
    last = j;
  }
  return { last, afterParticle };
}

/**
 * `حسام الدين عبد الفتاح`: the second half of a compound given name (`حسام الدين`, `سيف الإسلام`) before more of the
 * name (a given name or a particle), which would otherwise end the name there as if it were the family word.
 */
function compoundGiven(v: View, last: number, j: number): boolean {
  const k = j + 1;
  if (!(COMPOUND_FIRST.has(v.text(last)) && COMPOUND_SECOND.has(v.text(j)) && k < v.tokens.length && v.free(k)))
    return false;
  return v.given(k) || NAME_PARTICLES.has(v.text(k)) || v.read(k).includes('عبد');
}

/** True where token `j` is `علي`, the name, inside a name before a given or family name (`عبدالله علي اليحيا`). */
function alongName(v: View, start: number, j: number): boolean {
  const { tokens, claimed } = v;
  if (!(j + 1 < tokens.length && v.text(j) === 'علي' && !claimed[j] && j - start < 3)) return false;
  if (!adjacent(v.ctx.norm.text, tokens[j - 1], tokens[j])) return false;
  const next = v.text(j + 1);
  return v.free(j + 1) && (v.given(j + 1) || (definite(next) && /[يا]$/.test(next) && !v.maqsura(j + 1)));
}

/** True where a word may follow a given name inside a name: no common word, title, place nisba or next person. */
function mayFollowGiven(v: View, k: number): boolean {
  const w = v.text(k);
  return !COMMON.has(w) && !v.has(k, TITLES) && !(isNisba(w) && placeNisba(w)) && !v.conjoined(k);
}

/**
 * The family word after the given names: any free word that is no title, common adjective, particle, number or next
 * person, and no place nisba after a lone name (`محمد لبناني`) except after a title. A family name may be a compound
 * (`شمس الدين`, `الحاج حسن`). The name's last token.
 */
function familyWordAfter(v: View, last: number, hasTitle: boolean): number {
  const { tokens } = v;
  const f = last + 1;
  if (f >= tokens.length || !v.free(f) || v.has(f, TITLES) || v.conjoined(f)) return last;
  const w = v.text(f);
  if (COMMON.has(w) || NAME_PARTICLES.has(w) || /^\d/.test(w) || plainWord(v, f)) return last;
  // `فكري وثقافي`: a nisba joined by و to a nisba-shaped given name is a second adjective (intellectual and
  // cultural), not a family name; `فكري وهبي` keeps its family word, whose rest is too short to be an adjective.
  if (!hasTitle && w[0] === 'و' && isNisba(w.slice(1)) && isNisba(v.text(last))) return last;
  // A family name may look like a nisba (`فادي خوري`, `رنا عيتاني`); a place's nisba (`محمد لبناني`) is one only
  // after a title.
  const nisbaLike = isNisba(w) && !definite(w) && !hasTitle && placeNisba(w);
  if (nisbaLike || (isNisba(w) && w.endsWith('يه') && (definite(w) || placeNisba(w)))) return last;
  const compound =
    f + 1 < tokens.length &&
    v.free(f + 1) &&
    (COMPOUND_FAMILY_SECOND.has(v.text(f + 1)) || (w === 'الحاج' && v.given(f + 1)));
  return compound ? f + 1 : f;
}

/**
 * A word no family name is, by its shape, though it may follow a name (`طلعت زكريا يتقمص شخصية`, `تييري هنري فريقه`):
 * a noun with a pronoun as written (`فريقه`); a verb by its shape (`يتحدث`, `يحاول`, `ويحاول`); a word after the
 * preposition and the article (`للخور`); a preposition or an adverb (`داخل`, `بشأن`, `أمس`). Over the whole ANERcorp
 * file these ended 15 names one word too far and no right one.
 */
function plainWord(v: View, f: number): boolean {
  const w = v.text(f);
  if (v.given(f)) return false;
  if (PREPOSITIONS.has(w) || ADVERBS.has(w) || NOT_IN_NAMES.has(w)) return true;
  if (v.pronounSuffix(f) || verbShaped(w) || /^لل.../.test(w)) return true;
  // `هنري التقدم` (the lead), `إلهام البنك` (the bank's inspiration): a definite verbal noun of the derived forms
  // (تفعّل، تفاعل، انفعال، افتعال، استفعال) or a body's head begins the sentence's next phrase.
  return (/^ال(?:ت...|ت.ا..|ان.ا.|ا.ت.ا.|است.ا.)$/.test(w) && !isNisba(w)) || (definite(w) && v.has(f, ORG_HEADS));
}

/**
 * A given name that is also a word (`علي`, `عمر`) opens the name when another given name follows it; so does a first
 * name no lexicon holds, between a title and a given name (`وزير التجارة أثير داود الغريري`). The name's first token.
 */
function openingBefore(v: View, start: number): number {
  const { tokens, claimed } = v;
  const own = start - 2;
  if (own >= 0 && v.has(start - 1, PATRONYMIC) && v.free(start - 1) && ownFirstName(v, own)) return own;
  if (
    !(start > 0 && v.free(start) && !claimed[start - 1] && tokens[start - 1].arabic) ||
    v.stop(start - 1) ||
    v.has(start - 1, TITLES)
  )
    return start;
  const w = v.text(start - 1);
  const before = start - 2 >= 0 ? v.text(start - 2) : '';
  const afterTitleWord = before !== '' && (v.has(start - 2, TITLES) || definite(before) || isNisba(before));
  const unknownAfterTitle =
    !definite(w) &&
    !isNisba(w) &&
    !COMMON.has(w) &&
    !/^[وفبل]/.test(w) &&
    w.length >= 3 &&
    afterTitleWord &&
    titled(v, start - 1) &&
    v.given(start);
  return AMBIGUOUS_GIVEN.has(w) || unknownAfterTitle ? start - 1 : start;
}

/**
 * `الشيخ مكتوم بن محمد`, `الشيخة لطيفة بنت محمد`: before a particle of descent stands the person's own first name, a
 * given name or any word after a title, which the chain joins (not `مكتوم` alone and `بن محمد …`).
 */
function ownFirstName(v: View, k: number): boolean {
  const w = v.text(k);
  if (v.claimed[k] || !v.tokens[k].arabic || v.stop(k) || definite(w) || w.length < 3 || v.has(k, TITLES)) return false;
  return v.given(k) || titled(v, k);
}

/**
 * True where a title phrase stands right before token `i`, within ten words: the title, then only modifiers, nisba
 * adjectives, definite words, fields after لل and prepositional phrases (`المحلل السياسي الليبي`, `الباحث في شؤون الهجرة`), with
 * no punctuation between.
 */
function titled(v: View, i: number): boolean {
  let k = i - 1;
  for (; k >= Math.max(0, i - 10); k--) {
    if (!adjacent(v.ctx.norm.text, v.tokens[k], v.tokens[k + 1])) return false;
    if (v.has(k, TITLES)) break;
  }
  if (k < Math.max(0, i - 10)) return false;
  let inPhrase = false;
  for (let j = k + 1; j < i; j++) {
    const w = v.text(j);
    if (TITLE_PREPOSITIONS.has(w)) inPhrase = true;
    // `أمين المجلس الأعلى للأمن القومي`: a body's field after لل belongs to the title phrase
    else if (!(inPhrase || TITLE_MODIFIERS.has(w) || isNisba(w) || definite(w) || /^لل../.test(w))) return false;
  }
  return true;
}
