/**
 * Arabic names no glossary holds, found by rule. Each rule looks for a cue the press always gives (a title before a
 * person, a trigger noun before a place or an organisation, a known place) and takes the name after it, stopping at
 * function words; titles and trigger nouns stay outside the name unless they belong to it (`حزب الله`).
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import { adjacent } from '../../match/name-matcher';
import type { Token } from '../../text/tokens';
import { readings } from './readings';
import type { EntityKind } from '../../types';
import { AMBIGUOUS_GIVEN, COMPOUND_FAMILY_SECOND, NAME_PARTICLES } from '../../lexicon/ar/names';
import { ARMED, ORG_BEFORE, ORG_HEADS } from '../../lexicon/ar/organisations';
import { PLACE_TRIGGERS, PLACES, SETTLEMENTS } from '../../lexicon/ar/places';
import { COMMON, COMPLEMENTISERS, NOT_NAME_WORDS, STOP, TITLE_PREPOSITIONS } from '../../lexicon/ar/function-words';
import { SPOKESMEN, TITLE_MODIFIERS, TITLES } from '../../lexicon/ar/titles';
import { NOT_SPEAKERS, VERBS } from './speech';

/** The lexicon's places: one-word names, and the rest of each longer name by its first word (longest first). */
const SINGLE_PLACES = new Set<string>();
const MULTI_PLACES = new Map<string, string[][]>();
for (const p of PLACES) {
  const [first, ...rest] = p.split(' ');
  if (!rest.length) SINGLE_PLACES.add(first);
  else
    MULTI_PLACES.set(
      first,
      [...(MULTI_PLACES.get(first) ?? []), rest].sort((a, b) => b.length - a.length),
    );
}

/** The lexicon place that starts at token `i`: its last token and the reading of the first. */
export function placeAt(v: View, i: number): { last: number; head: string } | undefined {
  const tokens = v.tokens;
  for (const r of v.read(i)) {
    const multi = MULTI_PLACES.get(r);
    if (!multi && !SINGLE_PLACES.has(r)) continue;
    // `المالي` (financial) is not `مالي` (Mali): a place without the article never matches a word that has it.
    if (articleBefore(v.text(i), r)) continue;
    for (const rest of multi ?? []) {
      let ok = i + rest.length < tokens.length;
      for (let k = 0; ok && k < rest.length; k++)
        ok = tokens[i + 1 + k].text === rest[k] && adjacent(v.ctx.norm.text, tokens[i + k], tokens[i + 1 + k]);
      if (ok) return { last: i + rest.length, head: r };
    }
    if (SINGLE_PLACES.has(r)) return { last: i, head: r };
  }
  return undefined;
}

/**
 * The shapes of a feminine adjective or participle after a place noun (`منطقة عازلة`, `بلدة صغيرة`, `منطقة محتلة`):
 * فاعلة, فعيلة, and a participle in م. A town whose name ends in ta marbuta (`بلدة رحبة`, `مدينة حماة`) has none.
 */
export function feminineAdjective(word: string): boolean {
  return /^.ا..ه$|^..ي.ه$|^م.{3,}ه$/.test(word);
}

/** A settlement noun without the article, alone or after one proclitic (`بلدة`, `وبلدة`, `ببلدة`). */
const bareSettlement = (w: string) => SETTLEMENTS.has(w) || SETTLEMENTS.has(w.slice(1));

/** True where a word is the nisba of a place the lexicon knows (`لبناني`, `سوري`, `عراقي`, `حلبي`). */
function placeNisba(word: string): boolean {
  const base = word.replace(/(?:يه|يون|يين|يات|ي)$/, '');
  return [base, 'ال' + base, base + 'ا', base + 'يا', 'ال' + base + 'يه', base + 'ه'].some((p) => SINGLE_PLACES.has(p));
}

/** True for a nisba adjective or demonym shape: `الليبي`, `الليبية`, `ليبيين`, `الباكستانيون`. */
export function isNisba(word: string): boolean {
  return word.length >= 4 && /(?:ي|يه|يين|يون|يات|يتين|يان)$/.test(word);
}

/** One call's view of the tokens: readings without proclitics, computed once per token. */
export class View {
  private readings: (readonly string[] | undefined)[];
  constructor(
    readonly ctx: TextContext,
    readonly claimed: Uint8Array,
  ) {
    this.readings = new Array(ctx.tokens.length);
  }
  get tokens(): Token[] {
    return this.ctx.tokens;
  }
  read(i: number): readonly string[] {
    return (this.readings[i] ??= this.ctx.tokens[i].arabic
      ? readings(this.ctx.tokens[i].text)
      : [this.ctx.tokens[i].text]);
  }
  text(i: number): string {
    return this.ctx.tokens[i].text;
  }
  /** True where the token is a given name the rules know. */
  given(i: number): boolean {
    return this.ctx.givenNames.has(this.ctx.tokens[i].text);
  }
  /** True where the token is `و` and a given name (`وفادي`): the next person in a list, not a family name. */
  conjoined(i: number): boolean {
    const w = this.ctx.tokens[i].text;
    return w[0] === 'و' && this.ctx.givenNames.has(w.slice(1));
  }
  /** True where the token ends in alef maqsura as written (`المستوى`), which folding makes a ي (`الحسيني`). */
  maqsura(i: number): boolean {
    const { norm, tokens } = this.ctx;
    return norm.raw.charCodeAt(norm.map[tokens[i].end - 1]) === 0x649;
  }
  has(i: number, set: ReadonlySet<string>): boolean {
    if (i < 0 || i >= this.ctx.tokens.length) return false;
    // A loop, not `some`: this runs for every token against every word list.
    for (const r of this.read(i)) if (set.has(r)) return true;
    return false;
  }
  /** Token `j` can continue a name begun at `j - 1`: Arabic, free, right next to it, not a function word. */
  free(j: number): boolean {
    const t = this.ctx.tokens[j];
    return (
      j < this.ctx.tokens.length &&
      !this.claimed[j] &&
      t.arabic &&
      adjacent(this.ctx.norm.text, this.ctx.tokens[j - 1], t) &&
      !this.stop(j)
    );
  }
  stop(j: number): boolean {
    const w = this.text(j);
    if (STOP.has(w)) return true;
    // `الله` reads as ال + `له` (to him), but in `عبد الله` it is a name.
    if (w === 'الله') return false;
    // A token that only reads as a function word with a clitic (`وقال`, `فان`) stops too; names are not read so.
    const r = this.read(j);
    return r.length > 1 && STOP.has(r[1]) && !this.ctx.givenNames.has(w) && !r.some((x) => this.ctx.givenNames.has(x));
  }
  /** The name as proposed: the first token without its proclitics, then the rest as written. */
  name(first: number, last: number, head?: string): string {
    const text = this.ctx.norm.text.slice(this.tokens[first].start, this.tokens[last].end);
    const h = head ?? this.text(first);
    return h + text.slice(this.text(first).length);
  }
}

const proposal = (first: number, last: number, kind: EntityKind, name: string, confidence: number): Proposal => ({
  first,
  last,
  kind,
  name,
  source: 'rule',
  confidence,
});

function isClaimedRange(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (claimed[i]) return true;
  return false;
}

const definite = (w: string) => w.startsWith('ال') && w.length > 3;

/** The reading of a token that is a given name, if any. */
function givenReading(v: View, i: number): string | undefined {
  const w = v.text(i);
  // Given names take no article: `الملك` is a title, not `ملك`.
  for (const r of v.read(i)) if ((v.ctx.givenNames.has(r) || isCompoundGiven(r)) && !articleBefore(w, r)) return r;
  return undefined;
}

/** True where `word` is `reading` with the article before it (and perhaps clitics before that): `والمالي`, `مالي`. */
function articleBefore(word: string, reading: string): boolean {
  const k = word.length - reading.length;
  return k >= 2 && word.charCodeAt(k - 1) === 0x644 && word.charCodeAt(k - 2) === 0x627 && word.endsWith(reading);
}

/** `عبدالله`, `عبدالرحمن`: عبد written together with the name after it. */
const isCompoundGiven = (w: string) => w.length >= 7 && w.startsWith('عبدال');

/**
 * True where a title phrase stands right before token `i`, within ten words: the title, then only modifiers, nisba
 * adjectives, definite words and prepositional phrases (`المحلل السياسي الليبي`, `الباحث في شؤون الهجرة`), with
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
    else if (!(inPhrase || TITLE_MODIFIERS.has(w) || isNisba(w) || definite(w))) return false;
  }
  return true;
}

/**
 * Persons: a given name (or any word right after a title and its modifiers), then more given names, particles
 * (`أبو`, `بن`, `عبد`) with their word, and one family word.
 */
function persons(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic) continue;
    // `عبد الرحمن`, `عبد الكريم`: عبد written apart from the word after it opens a name as `عبدالرحمن` does.
    const split = v.read(i).includes('عبد') && i + 1 < tokens.length && v.free(i + 1) && definite(v.text(i + 1));
    const given = split ? 'عبد' : givenReading(v, i);
    let start = -1;
    let head: string | undefined;
    let confidence = 0.7;
    let hasTitle = false;
    if (given && !v.stop(i)) {
      hasTitle = titled(v, i);
      // An everyday word that is also a name (`علي`, `سلام`) opens a name only after a title; so does a short name read
      // through a conjunction, which is more often a word (`وجود` is no `و` + `جود`).
      // (`فاطمة` is the name itself, not ف + `اطمة`: the token as written comes first.)
      // `المتحدث (الرسمي) باسم الوزارة`: on behalf of, not the name Basem.
      if (given === 'باسم' && (v.has(i - 1, SPOKESMEN) || v.has(i - 2, SPOKESMEN))) continue;
      const viaConjunction = given !== v.text(i) && /^[وف]/.test(v.text(i)) && given === v.text(i).slice(1);
      if (viaConjunction && given.length < 4) continue;
      // The subject of a verb of saying (`تقول منى عطوي`) is a person as surely as one after a title.
      const speaking = i > 0 && v.has(i - 1, VERBS);
      if (
        !hasTitle &&
        !(speaking && given === v.text(i)) &&
        (AMBIGUOUS_GIVEN.has(given) || (given !== v.text(i) && !viaConjunction))
      )
        continue;
      start = i;
      head = given;
      confidence = hasTitle ? 0.75 : 0.6;
    } else if (v.has(i, TITLES)) {
      // A title, its modifiers, then an unknown word that is no common word: a foreign name (`هوغو شافيز`).
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && (v.has(j, TITLE_MODIFIERS) || isNisba(v.text(j)) || v.has(j, TITLES)))
        j++;
      if (
        j >= tokens.length ||
        j === i + 1 ||
        !v.free(j) ||
        definite(v.text(j)) ||
        COMMON.has(v.text(j)) ||
        givenReading(v, j)
      )
        continue;
      // A conjunction or preposition opens no name, and a word of four letters in ي or ت is a verb (`تقام`, `يترك`).
      if (v.text(j).length < 3 || /^[وفبل]/.test(v.text(j)) || /^[يت]...$/.test(v.text(j))) continue;
      // Only a second word of the same kind confirms it: a lone word after a title is often a noun.
      if (!(
        j + 1 < tokens.length &&
        v.free(j + 1) &&
        v.text(j + 1).length > 1 &&
        !definite(v.text(j + 1)) &&
        !COMMON.has(v.text(j + 1)) &&
        !isNisba(v.text(j + 1))
      ))
        continue;
      out.push(proposal(j, j + 1, 'person', v.name(j, j + 1), 0.6));
      i = j + 1;
      continue;
    }
    if (start < 0) continue;
    let last = split ? start + 1 : start;
    let afterParticle = false;
    // More given names and particle groups (`محمد حسني`, `عبد الله`, `أبو سعيدة`, `بن علي`).
    for (;;) {
      const j = last + 1;
      // `عبدالله علي اليحيا`: the name علي, which reads as على (on), inside a name before a given or family name.
      if (
        j + 1 < tokens.length &&
        v.text(j) === 'علي' &&
        !claimed[j] &&
        adjacent(v.ctx.norm.text, tokens[j - 1], tokens[j]) &&
        j - start < 3
      ) {
        const next = v.text(j + 1);
        if (v.free(j + 1) && (v.given(j + 1) || (definite(next) && /[يا]$/.test(next) && !v.maqsura(j + 1)))) {
          last = j;
          continue;
        }
      }
      // Four words, or six in a chain of descent (`أحمد بن محمد بن راشد آل مكتوم`).
      if (j >= tokens.length || !v.free(j) || j - start >= (afterParticle ? 6 : 4)) break;
      const w = v.text(j);
      if (NAME_PARTICLES.has(w) && j + 1 < tokens.length && v.free(j + 1)) {
        last = j + 1;
        afterParticle = true;
        continue;
      }
      if (
        v.given(j) &&
        j + 1 < tokens.length &&
        v.free(j + 1) &&
        !COMMON.has(v.text(j + 1)) &&
        !v.has(j + 1, TITLES) &&
        !(isNisba(v.text(j + 1)) && placeNisba(v.text(j + 1))) &&
        !v.conjoined(j + 1)
      ) {
        last = j;
        continue;
      }
      break;
    }
    // The family word: any free word that is no title, no common adjective and no place nisba after a lone name.
    const f = last + 1;
    // `محمد بن زايد` is whole: after a particle group only another particle group goes on.
    if (
      !afterParticle &&
      f < tokens.length &&
      v.free(f) &&
      !v.has(f, TITLES) &&
      !COMMON.has(v.text(f)) &&
      !NAME_PARTICLES.has(v.text(f)) &&
      !/^\d/.test(v.text(f)) &&
      !v.conjoined(f)
    ) {
      const w = v.text(f);
      // A family name may look like a nisba (`فادي خوري`, `رنا عيتاني`); a place's nisba (`محمد لبناني`) is one only
      // after a title.
      const nisbaLike = isNisba(w) && !definite(w) && !hasTitle && placeNisba(w);
      if (!nisbaLike && !(isNisba(w) && w.endsWith('يه') && (definite(w) || placeNisba(w)))) last = f;
      // `شمس الدين`, `نور الدين`, `الحاج حسن`: a family name may be a compound.
      if (
        last === f &&
        f + 1 < tokens.length &&
        v.free(f + 1) &&
        (COMPOUND_FAMILY_SECOND.has(v.text(f + 1)) || (w === 'الحاج' && v.given(f + 1)))
      )
        last = f + 1;
    }
    // A lone given name is no name: NewsFANE and readers alike want the family word.
    if (last === start) continue;
    // A given name that is also a word (`علي`, `عمر`) opens the name when another given name follows it; so does a
    // first name no lexicon holds, between a title and a given name (`وزير التجارة أثير داود الغريري`).
    if (
      start > 0 &&
      v.free(start) &&
      !claimed[start - 1] &&
      tokens[start - 1].arabic &&
      !v.stop(start - 1) &&
      !v.has(start - 1, TITLES)
    ) {
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
      if (AMBIGUOUS_GIVEN.has(w) || unknownAfterTitle) start--;
    }
    out.push(proposal(start, last, 'person', v.name(start, last, head), confidence));
    i = last;
  }
}

/** Places: the lexicon's places anywhere, and a proper word after a settlement noun (`بلدة عيتا`). */
function placesOf(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic) continue;
    const hit = placeAt(v, i);
    if (hit && !isClaimedRange(claimed, i, hit.last)) {
      // `الصين الشعبية` is the lexicon's `الصين`; a place followed by a nisba stays the place alone.
      out.push(proposal(i, hit.last, 'place', hit.head + v.name(i, hit.last).slice(v.text(i).length), 0.8));
      i = hit.last;
      continue;
    }
    if (!v.has(i, PLACE_TRIGGERS) || (definite(v.text(i)) && !v.text(i).startsWith('العاصمه'))) continue;
    const j = i + 1;
    if (j >= tokens.length || !v.free(j) || claimed[j]) continue;
    const w = v.text(j);
    if (definite(w) || isNisba(w) || COMMON.has(w) || w.length < 3 || (/^[يتن]/.test(w) && w.length > 4)) continue;
    // A final ه is a town's ta marbuta only after a bare settlement noun (`بلدة رحبة`): after `للمدينة` it is a pronoun
    // (`للمدينة ودعوته`), and after `منطقة` nearly always an adjective.
    if (w.endsWith('ه') && (!bareSettlement(v.text(i)) || w.startsWith('و') || feminineAdjective(w))) continue;
    if (placeAt(v, j)) continue;
    // Two-word names whose second word takes the article (`عيتا الشعب`, `عين الحلوة`); a nisba stays out.
    let last = j;
    const k = j + 1;
    if (
      k < tokens.length &&
      v.free(k) &&
      definite(v.text(k)) &&
      !isNisba(v.text(k)) &&
      !v.has(k, TITLES) &&
      !v.has(k, PLACE_TRIGGERS)
    )
      last = k;
    out.push(proposal(j, last, 'place', v.name(j, last), 0.6));
    i = last;
  }
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

/**
 * Organisations: a head that belongs to the name and the definite words after it (`حزب العمال الكردستاني`,
 * `وزارة الخارجية`), or a proper word after a company or club noun (`شركة نوكيا`). Armed forces and institutions
 * followed by nisba adjectives alone (`الجيش الباكستاني`, `المؤسسة العسكرية الليبية`) are descriptions, not names.
 */
function organisations(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic) continue;
    const armed = v.has(i, ARMED);
    if (armed || v.has(i, ORG_HEADS)) {
      const heads = v.read(i);
      // `كتلة "التنمية والتحرير"`, `تيار «المستقبل»`: a name in quotation marks after the head is the name.
      const quoted = quotedAfter(v, i);
      if (quoted > 0) {
        out.push(proposal(i + 1, quoted, 'organization', v.name(i + 1, quoted), 0.7));
        i = quoted;
        continue;
      }
      const headDefinite = heads.some(
        (h) => definite(h) && (ORG_HEADS.has(h.slice(2)) || ARMED.has(h.slice(2)) || ARMED.has(h)),
      );
      let last = i;
      let proper = false;
      let joined = false;
      // The words of the name: definite words (`وزارة الخارجية`), one joined by و (`وزارة الطاقة والمياه`), and a
      // purpose after لل (`مركز الريان للدراسات`), each followed by its own definite words.
      const continues = (w: string) =>
        definite(w) ||
        w === 'الله' ||
        (w.startsWith('لل') && w.length > 4) ||
        (!joined && !armed && w.startsWith('وال') && w.length > 5);
      while (
        last + 1 < tokens.length &&
        last - i < 4 &&
        v.free(last + 1) &&
        !v.has(last + 1, TITLES) &&
        continues(v.text(last + 1))
      ) {
        const w = v.text(last + 1);
        if (last === i && NOT_NAME_WORDS.has(w)) break;
        if (w.startsWith('وال')) joined = true;
        last++;
        if (!isNisba(w) && !NOT_NAME_WORDS.has(w)) proper = true;
      }
      if (last === i || (!proper && NOT_NAME_WORDS.has(v.text(last)))) continue;
      // A nisba-only tail is a description for armed forces and for `the X` heads; `وزارة الخارجية` is a name.
      if (!proper && (armed || headDefinite)) continue;
      if (armed && last === i + 1 && !proper) continue;
      const head = heads.find(
        (h) => ORG_HEADS.has(h) || ARMED.has(h) || ORG_HEADS.has(h.slice(2)) || ARMED.has(h.slice(2)),
      )!;
      out.push(proposal(i, last, 'organization', v.name(i, last, head), armed ? 0.55 : 0.65));
      i = last;
      continue;
    }
    // `شركة نوكيا`, `نادي تشيلسي`: the noun in construct, not `الفريق استقدم` (the team brought in).
    if (!v.has(i, ORG_BEFORE) || /^(?:[وفبك]?ال|لل)/.test(v.text(i))) continue;
    const j = i + 1;
    if (j >= tokens.length || !v.free(j)) continue;
    const w = v.text(j);
    if (definite(w) || isNisba(w) || COMMON.has(w) || w.length < 3 || v.has(j, TITLES)) continue;
    let last = j;
    const w2 = j + 1 < tokens.length && v.free(j + 1) ? v.text(j + 1) : '';
    if (w2 && !definite(w2) && !isNisba(w2) && !COMMON.has(w2) && w2.length >= 3 && !/^[وفبل]/.test(w2)) last = j + 1;
    // `شركة صعب للصناعات الغذائية`: the company's trade after لل belongs to its name.
    if (
      last + 1 < tokens.length &&
      v.free(last + 1) &&
      v.text(last + 1).startsWith('لل') &&
      v.text(last + 1).length > 4
    ) {
      last++;
      while (last + 1 < tokens.length && last - j < 4 && v.free(last + 1) && definite(v.text(last + 1))) last++;
    }
    out.push(proposal(j, last, 'organization', v.name(j, last), 0.6));
    i = last;
  }
}

/**
 * A lone family name as the subject of a verb of saying, right before what was said (`وقال الأعرجي إن`, `أكد ليبرمان
 * أن`, `قال سولانا: `): the press names a known figure so. Any noun can stand there, so the word must be none of the
 * words for sources, sides, groups, institutions and roles, no common word, no plural, no feminine noun, and when it
 * has the article, the shape of a family name (`الحريري`, not `المتحدث`).
 */
function speakers(v: View, out: Proposal[]): void {
  const { tokens, claimed } = v;
  const text = v.ctx.norm.text;
  const named = new Set(out.filter((p) => p.kind === 'person').map((p) => v.text(p.last)));
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!v.has(i, VERBS)) continue;
    const j = i + 1;
    if (claimed[j] || !v.free(j) || givenReading(v, j) || named.has(v.text(j))) continue;
    const w = v.text(j);
    if (
      w.length < 4 ||
      COMMON.has(w) ||
      v.has(j, TITLES) ||
      v.has(j, NOT_SPEAKERS) ||
      w.endsWith('ه') ||
      /(?:ون|ين|ات)$/.test(w)
    )
      continue;
    // The subject of a verb takes no preposition (`ختم بالقول`).
    if (/^(?:[وف]?(?:بال|لل|كال))/.test(w)) continue;
    if (definite(w) ? !w.endsWith('ي') || w.length < 6 : /^[يتن]/.test(w)) continue;
    const gap = text.slice(tokens[j].end, tokens[j + 1].start);
    if (!(/^\s*[:"«“]/.test(gap) || (gap === ' ' && COMPLEMENTISERS.has(v.text(j + 1))))) continue;
    out.push(proposal(j, j, 'person', v.name(j, j), 0.55));
    i = j;
  }
}

/** Every rule at once; `recognize` keeps the longest proposal where two overlap. */
export const arabicRules: Recognizer = (ctx, claimed) => {
  const v = new View(ctx, claimed);
  const out: Proposal[] = [];
  persons(v, out);
  placesOf(v, out);
  organisations(v, out);
  speakers(v, out);
  return out;
};
