/**
 * A listed place's name read as a word of another phrase: the first word of a paper's name (`ديلي ميل`, the Daily
 * Mail, not Dili), the hour of a prayer (`صلاة المغرب`, not Morocco), the first word of a stadium's name (`ملعب
 * سانتياغو برنابيو`), or a definite nisba-shaped word that agrees
 * with the definite noun before it (`الشعر الرمادي`, grey hair, not Ramadi). The glossary's places and the lexicon's
 * are both checked here before they count.
 */
import { adjacent } from '../../match/name-matcher';
import { AFTER_DAILY, DAILY, PUBLICATION_WORDS } from '../../lexicon/ar/organisations';
import { STOP } from '../../lexicon/ar/function-words';
import { PLACES } from '../../lexicon/ar/places';
import { inSetWithConj, type Token } from '../../text/tokens';
import { words } from '../../lexicon/words';
import { readings } from './readings';
import { definite, isNisba } from './view';

/** A prayer and its call: the word after names the hour (`صلاة المغرب`, the sunset prayer; `أذان الفجر`), not a place. */
const PRAYER = words('صلاة صلاتي أذان آذان');

/** True where the word at `i` follows a prayer or its call, and so names the hour. */
export function prayerHour(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && adjacent(text, before, tokens[i]) && inSetWithConj(PRAYER, before.text);
}

/** A stadium: the words after it, a quotation mark between or not, are its name (`ملعب سانتياغو برنابيو`). */
const STADIUM = words('ملعب استاد ستاد');

/**
 * True where the place at `first..last` opens a stadium's name of more words (`على ملعب سانتياغو برنابيو`, `استاد "
 * نيكوس غوماس "`): the name of a place, not the place. A place alone after the noun (`ملعب القاهرة`, `استاد بيروت
 * البلدي`) is the city's.
 */
function stadiumName(text: string, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // The name's next word is no article's, preposition's or function word (`استاد الدوحة عند`, `لاستاد القاهرة لمؤازرة`).
  if (!before || !after || !after.arabic || /^(?:ال|ل)/.test(after.text) || STOP.has(after.text)) return false;
  if (!adjacent(text, tokens[last], after)) return false;
  return (
    /^\s*["«“]?\s*$/.test(text.slice(before.end, tokens[first].start)) &&
    readings(before.text).some((r) => STADIUM.has(r))
  );
}

/** True where the place spelled by tokens `first..last` of `text` is a word of another phrase here. */
export function placeInPhrase(text: string, tokens: Token[], first: number, last: number): boolean {
  if (prayerHour(text, tokens, first) || stadiumName(text, tokens, first, last)) return true;
  const after = tokens[last + 1];
  if (after && adjacent(text, tokens[last], after) && publicationPair(tokens[last].text, after.text)) return true;
  return first === last && adjectiveAfterNoun(text, tokens, first);
}

/** True where word `b` after word `a` closes a paper's name: `واشنطن بوست`, `ديلي ستار`. */
export function publicationPair(a: string, b: string): boolean {
  return PUBLICATION_WORDS.has(b) || (DAILY.has(a) && AFTER_DAILY.has(b));
}

/**
 * `الشعر الرمادي`: a definite word of nisba shape right after a definite noun agrees with it as its adjective; a place
 * after a noun stands in construct with an indefinite one (`مدينة الرمادي`, `معركة الرمادي`).
 */
function adjectiveAfterNoun(text: string, tokens: Token[], i: number): boolean {
  const w = tokens[i].text;
  const before = tokens[i - 1];
  if (!before || !before.arabic || !definite(w) || !isNisba(w) || !adjacent(text, before, tokens[i])) return false;
  return definite(before.text) && !readings(before.text).some((r) => PLACES.has(r));
}
