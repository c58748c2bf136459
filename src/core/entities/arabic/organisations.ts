/**
 * Organisations: a head that belongs to the name and the definite words after it (`حزب العمال الكردستاني`,
 * `وزارة الخارجية`), a name in quotation marks after a head (`تيار «المستقبل»`), or a proper word after a company or
 * club noun (`شركة نوكيا`). Armed forces and institutions followed by nisba adjectives alone (`الجيش الباكستاني`,
 * `المؤسسة العسكرية الليبية`) are descriptions, not names.
 */
import { blockOf, type Proposal } from '../context';
import { adjacent } from '../../match/name-matcher';
import { COMMON, NOT_NAME_WORDS } from '../../lexicon/ar/function-words';
import {
  ACT_HEADS,
  ARMED,
  CLUB_NOUNS,
  CLUB_WORDS,
  MATCH_WORDS,
  NAMED_AFTER_HEADS,
  ORG_BEFORE,
  ORG_DESCRIBING,
  ORG_FIELDS,
  ORG_HEADS,
} from '../../lexicon/ar/organisations';
import { PLACE_TRIGGERS, PLACES } from '../../lexicon/ar/places';
import { TITLES } from '../../lexicon/ar/titles';
import { personalNameEnd } from './persons';
import { placeNisba } from './places';
import { publicationPair } from './place-words';
import { adjectiveShape, definite, isNisba, isQualitative, proposal, type View } from './view';

/** Every organisation the rules find, left to right; a name claims its tokens from the next. */
export function organisations(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    const named = quotedPlace(v, i) ?? clubNamedByPlace(v, i);
    if (named) {
      out.push(named);
      i = named.last;
      continue;
    }
    if (claimed[i] || !tokens[i].arabic) continue;
    const armed = v.has(i, ARMED);
    const headed = armed || (v.has(i, ORG_HEADS) && !v.has(i, ACT_HEADS));
    const p = headed ? headedName(v, i, armed) : (nameAfterNoun(v, i) ?? publication(v, i) ?? club(v, i));
    if (!p) continue;
    out.push(p);
    i = p.last;
  }
}

/**
 * The name a head at `i` opens: a quoted name after it (`كتلة "التنمية والتحرير"`), or the head and its words, where
 * they hold a proper word or the head is no armed force nor definite (`وزارة الخارجية` is a name, `الجيش الباكستاني`
 * a description).
 */
function headedName(v: View, i: number, armed: boolean): Proposal | undefined {
  const quoted = quotedAfter(v, i);
  if (quoted > 0) return proposal(i + 1, quoted, 'organization', v.name(i + 1, quoted), 0.7, 'ar-quoted-org');
  const heads = v.read(i);
  const headDefinite = heads.some(
    (h) => definite(h) && (ORG_HEADS.has(h.slice(2)) || ARMED.has(h.slice(2)) || ARMED.has(h)),
  );
  if (!headDefinite && v.has(i, NAMED_AFTER_HEADS) && i + 1 < v.tokens.length && v.free(i + 1)) {
    const end = personalNameEnd(v, i + 1);
    if (end > 0) return proposal(i, end, 'organization', v.name(i, end, heads[0]), 0.6, 'ar-org-named-after');
  }
  const { last, proper } = wordsAfterHead(v, i, armed, headDefinite);
  if (last === i || (!proper && NOT_NAME_WORDS.has(v.text(last)))) return undefined;
  // A nisba-only tail is a description for armed forces and for `the X` heads.
  if (!proper && (armed || headDefinite)) return undefined;
  const head = heads.find(
    (h) => ORG_HEADS.has(h) || ARMED.has(h) || ORG_HEADS.has(h.slice(2)) || ARMED.has(h.slice(2)),
  )!;
  return proposal(i, last, 'organization', v.name(i, last, head), armed ? 0.55 : 0.65, 'ar-org-head');
}

/**
 * The words of a name after its head: definite words (`وزارة الخارجية`), one joined by و (`وزارة الطاقة والمياه`),
 * and a purpose after لل (`مركز الريان للدراسات`), each followed by its own definite words; four at most. `proper`
 * where one is neither a nisba nor a word that describes rather than names (`البلدية المنتخبة`).
 */
function wordsAfterHead(v: View, i: number, armed: boolean, headDefinite: boolean): { last: number; proper: boolean } {
  const { tokens } = v;
  let last = i;
  let proper = false;
  let joined = false;
  let field = false;
  const continues = (w: string) =>
    definite(w) ||
    w === 'الله' ||
    (w.startsWith('لل') && w.length > 4) ||
    (w[0] === 'ل' && ORG_FIELDS.has(w.slice(1))) ||
    (!joined && !armed && w.startsWith('وال') && w.length > 5);
  while (
    last + 1 < tokens.length &&
    last - i < 4 &&
    v.free(last + 1) &&
    !v.has(last + 1, TITLES) &&
    continues(v.text(last + 1))
  ) {
    const w = v.text(last + 1);
    if ((last === i && NOT_NAME_WORDS.has(w)) || ORG_DESCRIBING.has(w)) break;
    // A definite head is in construct with nothing: its adjectives follow it (`المجلس الأعلى`), and a definite noun
    // after it, or joined to it by و, begins another phrase (`أعلنت الشرطة المحلية العثور على`, `الإدارة والجهاز
    // الفني`). Only after the head: further on the shapes tell too few adjectives (`مؤسسة المياه العذبة`).
    const bare = w.startsWith('وال') ? w.slice(1) : w;
    if (headDefinite && !field && definite(bare) && !adjectiveShape(bare)) break;
    if (w.startsWith('وال')) joined = true;
    last++;
    // A definite head takes adjectives, not a name in construct: a qualitative one of its own describes the whole
    // phrase (`الدائرة الثامنة الأنيقة`, `الإدارة الرشيدة للمياه`); after a field (`للحياة البرية`) it is the field's.
    if (headDefinite && !field && isQualitative(w)) return { last, proper: false };
    if (w[0] === 'ل') field = true;
    if (!isNisba(w) && !NOT_NAME_WORDS.has(w)) proper = true;
  }
  return { last, proper };
}

/**
 * `شركة نوكيا`, `نادي تشيلسي`: one or two proper words after a company or club noun in construct (not `الفريق استقدم`,
 * the team brought in), and the company's trade after لل (`شركة صعب للصناعات الغذائية`).
 */
function nameAfterNoun(v: View, i: number): Proposal | undefined {
  const { tokens } = v;
  if (!v.has(i, ORG_BEFORE) || /^(?:[وفبك]?ال|لل)/.test(v.text(i))) return undefined;
  const j = i + 1;
  if (j >= tokens.length || !v.free(j)) return undefined;
  const w = v.text(j);
  if (definite(w) || isNisba(w) || COMMON.has(w) || w.length < 3 || v.has(j, TITLES)) return undefined;
  // A club's own word (`فريق أسيك أبيدجان`) is the club rule's, with its city.
  if (v.pronounSuffix(j) || commonShape(w) || v.has(j, CLUB_WORDS)) return undefined;
  let last = j;
  const w2 = j + 1 < tokens.length && v.free(j + 1) ? v.text(j + 1) : '';
  if (w2 && !definite(w2) && !isNisba(w2) && !COMMON.has(w2) && w2.length >= 3 && !/^[وفبل]/.test(w2)) last = j + 1;
  const trade = last + 1 < tokens.length && v.free(last + 1) ? v.text(last + 1) : '';
  if (trade.startsWith('لل') && trade.length > 4) {
    last++;
    while (last + 1 < tokens.length && last - j < 4 && v.free(last + 1) && definite(v.text(last + 1))) last++;
  }
  return proposal(j, last, 'organization', v.name(j, last), 0.6, 'ar-org-noun');
}

/**
 * What a company or club noun is in construct with, or described by, when it names no company (`شركة إنتاج`, `شركة
 * تسويق`, `مجموعة سيارات`, `فريق يشرف`, `شركة للإنتاج`, `فريق خطير`, `فريق محترم`): a verbal noun (إفعال، تفعيل،
 * افتعال، استفعال), a plural in ات, a verb of four letters in ي or ت, a word in لل, an adjective (فعيل، مفتعل).
 */
function commonShape(w: string): boolean {
  return /^(?:ا..ا.|ت..ي.|ا.ت.ا.|است..ا.)ا?$|^[يت]...$|^لل|^.{3,}ات$|^[^اوي][^اوي]ي[^اوي]$|^م.ت..$/.test(w);
}

/** `واشنطن بوست`, `ديلي ميل`: a word before one of the English words of a paper's name, with it. */
function publication(v: View, i: number): Proposal | undefined {
  const j = i + 1;
  if (j >= v.tokens.length || !v.free(j) || !publicationPair(v.text(i), v.text(j))) return undefined;
  const w = v.text(i);
  if (definite(w) || v.stop(i) || COMMON.has(w) || w.length < 3) return undefined;
  return proposal(i, j, 'organization', v.name(i, j), 0.6, 'ar-publication');
}

/**
 * `دينامو كييف`: a word that names only a club, with its city after it where one follows (a place the glossary named,
 * which `recognize` hands to the club, or one of the lexicon's), or alone (`أمام أسيك`).
 */
function club(v: View, i: number): Proposal | undefined {
  if (!v.has(i, CLUB_WORDS)) return undefined;
  const { tokens } = v;
  const j = i + 1;
  const city =
    j < tokens.length &&
    tokens[j].arabic &&
    adjacent(v.ctx.norm.text, tokens[i], tokens[j]) &&
    (v.claimed[j] === 1 || v.has(j, PLACES));
  const last = city ? j : i;
  return proposal(i, last, 'organization', v.name(i, last), 0.7, 'ar-club');
}

/**
 * `لندن: «الشرق الأوسط»`, `قال لـ«الشرق الأوسط»`: a place's words alone in quotation marks name something else, in the
 * press mostly a paper, an organisation (`recognize` hands it the place the glossary found there); not after a place
 * noun (`مدينة "برلين"`), where the marks only stress the place.
 */
function quotedPlace(v: View, i: number): Proposal | undefined {
  const { tokens } = v;
  const text = v.ctx.norm.text;
  if (!/["«“]\s*$/.test(text.slice(i > 0 ? tokens[i - 1].end : 0, tokens[i].start))) return undefined;
  if (v.has(i - 1, PLACE_TRIGGERS)) return undefined;
  for (let k = i; k < tokens.length && k - i < 3; k++) {
    if (!tokens[k].arabic || !(v.claimed[k] || v.has(k, PLACES))) return undefined;
    const gap = text.slice(tokens[k].end, k + 1 < tokens.length ? tokens[k + 1].start : text.length);
    if (/^\s*["»”]/.test(gap)) return proposal(i, k, 'organization', v.name(i, k), 0.6, 'ar-quoted-place');
    if (gap !== ' ') return undefined;
  }
  return undefined;
}

/**
 * A club named by its city: a place the glossary found (claimed) right after a club noun (`مع نادي قطر`), or, in a
 * match report, followed by a country's masculine nisba (`ليون الفرنسي`, `على هامبورغ الألماني`), where a city takes
 * the feminine (`ليون الفرنسية`); `recognize` hands the club the place of the same words. The club is the city's words
 * alone, as the newswire corpora tag it; a compass nisba (`لبنان الجنوبي`) describes the place itself.
 */
function clubNamedByPlace(v: View, i: number): Proposal | undefined {
  const { tokens, claimed } = v;
  const text = v.ctx.norm.text;
  if (!claimed[i] || !tokens[i].arabic) return undefined;
  const next = (k: number) => k + 1 < tokens.length && tokens[k + 1].arabic && adjacent(text, tokens[k], tokens[k + 1]);
  const before = i > 0 && adjacent(text, tokens[i - 1], tokens[i]) ? v.text(i - 1) : '';
  if (before !== '' && v.has(i - 1, CLUB_NOUNS) && !/^(?:[وفبك]?ال|لل)/.test(before)) {
    let last = i;
    while (last - i < 2 && next(last) && claimed[last + 1]) last++;
    // `فريق المغرب التطواني`: a town's nisba belongs to the club's name, a country's (`الإسباني`) does not.
    const nisba = next(last) && v.free(last + 1) ? v.text(last + 1) : '';
    if (definite(nisba) && isNisba(nisba) && !placeNisba(nisba.slice(2))) last++;
    return proposal(i, last, 'organization', v.name(i, last), 0.6, 'ar-club-place');
  }
  if (resultLine(v, i)) return proposal(i, i, 'organization', v.name(i, i), 0.6, 'ar-club-place');
  if (!next(i) || definite(v.text(i))) return undefined;
  const w = v.text(i + 1);
  const countryNisba = definite(w) && /[^ي]ي$/.test(w) && placeNisba(w.slice(2)) && !/^ال(?:شمال|جنوب|شرق|غرب)/.test(w);
  return countryNisba && matchReport(v, i)
    ? proposal(i, i, 'organization', v.name(i, i), 0.6, 'ar-club-place')
    : undefined;
}

/**
 * `ستيوا بوخارست (رومانيا) - ليون (فرنسا)`: a place with its country in brackets after a team and its country and a
 * dash is the second team of a results line, a club. (A dateline, `فرانكفورت (د ب أ) -`, has nothing before it.)
 */
function resultLine(v: View, i: number): boolean {
  const { tokens } = v;
  const text = v.ctx.norm.text;
  const gap = (k: number) => text.slice(tokens[k].end, k + 1 < tokens.length ? tokens[k + 1].start : text.length);
  const country =
    i + 1 < tokens.length && /^\s*\(\s*$/.test(gap(i)) && (v.claimed[i + 1] === 1 || v.has(i + 1, PLACES));
  return country && /^\s*\)/.test(gap(i + 1)) && i > 0 && /\)\s*-\s*$/.test(gap(i - 1));
}

/** True where a word of a match report stands within twelve words of token `i`, in its paragraph. */
function matchReport(v: View, i: number): boolean {
  const b = blockOf(v.ctx, i);
  const from = v.ctx.blockStarts[b];
  const to = v.ctx.blockStarts[b + 1] ?? v.tokens.length;
  for (let k = Math.max(from, i - 12); k < Math.min(to, i + 13); k++) if (v.has(k, MATCH_WORDS)) return true;
  return false;
}

/**
 * The last token of a short name (at most four words) in quotation marks that opens right after token `i`, or -1. A
 * name holds no punctuation, so a quotation that does is a quote, not a name.
 */
function quotedAfter(v: View, i: number): number {
  const { tokens } = v;
  const text = v.ctx.norm.text;
  if (i + 1 >= tokens.length || !/^\s*["«“]$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) return -1;
  // The words inside are checked by the gaps between them; the first one stands after the quotation mark.
  for (let k = i + 1; k < tokens.length && k - i <= 4 && !v.claimed[k] && tokens[k].arabic && !v.stop(k); k++) {
    const gap = text.slice(tokens[k].end, k + 1 < tokens.length ? tokens[k + 1].start : text.length);
    if (/^["»”]/.test(gap)) return k;
    if (gap !== ' ') return -1;
  }
  return -1;
}
