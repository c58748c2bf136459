/**
 * The English recogniser: compromise's tags and a few rules of English news copy, over the article's tokens.
 *
 * 1. Capitalised runs are the candidates (`Kuwait Fund for Arab Economic Development`, `Salem al-Obeidi`), joined
 *    across name connectors (`of`, `du`, `al`) but never across punctuation, so trailing commas and quotes and the
 *    possessive `'s` (left outside the token by the tokenizer) are never in a span.
 * 2. Titles are cut off (`Iraqi Prime Minister Mohammed Shia al-Sudani` → `Mohammed Shia al-Sudani`) and a capital
 *    that only opens a sentence is not taken for a name (`Economist Nadine Sfeir`).
 * 3. Each candidate collects evidence for person, place and organisation: compromise's tags, heads of organisation
 *    and place names, given names, Arabic name particles, titles, prepositions, appositives (`X, an engineer`,
 *    `a local association, X`), ages, acronyms and their definitions, and lists (`in Baalbek and Hermel`). Evidence
 *    is pooled over every occurrence of the same name in the article, so one telling context decides them all.
 * 4. A lone word that is the family name of a person named in full is left to `recognize`, which gives it to that
 *    person (or to the glossary's entry) rather than making a new entity of it.
 * 5. In a block whose capitals prove nothing (a Title Case headline, a paragraph in capitals) only names the rest of
 *    the article decided are found again.
 *
 * The glossary runs first: tokens it claimed are never proposed, and its transliteration variants come in through
 * its aliases, not through rules here.
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import { ENTITY_KINDS, type EntityKind } from '../../types';
import { NOT_ACRONYMS, PREPOSITIONS, REPORTING_VERBS } from '../../lexicon/en/function-words';
import { ARABIC_PARTICLES, ARTICLE_PREFIX, FIRST_NAMES, NAME_CONNECTORS } from '../../lexicon/en/names';
import { ORG_FIRST, ORG_HEADS, ORG_NOUNS, ORG_PLURALS } from '../../lexicon/en/organisations';
import {
  COMPASS,
  PLACE_BEFORE_OF,
  PLACE_FIRST,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PLURALS,
  PLACE_PREPOSITIONS,
  STRONG_PLACE_PREPOSITIONS,
} from '../../lexicon/en/places';
import { ABBREVIATIONS, PERSON_NOUNS, PERSON_PLURALS, TITLES } from '../../lexicon/en/titles';
import { lexiconOf, tagTokens, type Nlp, type NlpMatch, type TokenTags } from './nlp';

export type { Nlp } from './nlp';

type Scores = Record<EntityKind, number>;
const KINDS: readonly EntityKind[] = ENTITY_KINDS;
/** Evidence a name needs before it is proposed; a lone capital opening a sentence needs more. */
const THRESHOLD = 2;
const THRESHOLD_SENTENCE_START = 3;

interface Occurrence {
  first: number;
  last: number;
  key: string;
  scores: Scores;
  /** Evidence from compromise's own tags, for the `source` of the proposal. */
  model: Scores;
  /** A lone capital that opens a sentence, with no title before it. */
  weak: boolean;
}

interface Run {
  first: number;
  last: number;
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const NAME_TAGS = [
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Honorific',
];
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Adverb',
  'Copula',
  'Modal',
];
const DATE_TAGS = ['Date', 'Month', 'WeekDay', 'Holiday'];

const zero = (): Scores => ({ person: 0, place: 0, organization: 0 });
const lower = (s: string) => s.toLowerCase();
const has = (tags: Set<string>, list: readonly string[]) => list.some((t) => tags.has(t));

/**
 * A recogniser for English articles over a compromise instance (its default export). Proposes people, places and
 * organisations as whole-token ranges; never proposes over tokens the glossary claimed.
 */
export function englishRecognizer(nlp: Nlp): Recognizer {
  const lexicon = lexiconOf(nlp);
  return (ctx, claimed) =>
    ctx.lang === 'en' && ctx.tokens.length ? recognizeEnglish(ctx, claimed, tagTokens(nlp, ctx), lexicon) : [];
}

function recognizeEnglish(
  ctx: TextContext,
  claimed: Uint8Array,
  tt: TokenTags,
  lexicon: Record<string, unknown>,
): Proposal[] {
  const { tokens, norm } = ctx;
  const text = norm.text;
  const lowerSeen = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const gapAfter = (i: number) => (i + 1 < tokens.length ? text.slice(tokens[i].end, tokens[i + 1].start) : '');
  const word = (i: number) => (i >= 0 && i < tokens.length ? lower(tokens[i].text) : '');

  /**
   * A capital that only opens the sentence: a function word, a word the article also writes in lowercase, or (for a
   * lone word) one compromise's lexicon knows as a common word. Given names and compromise's gazetteer are names.
   */
  const isCommon = (i: number, alone: boolean): boolean => {
    const w = word(i);
    if (FIRST_NAMES.has(w)) return false;
    const known = lexicon[w];
    const kt = known === undefined ? [] : Array.isArray(known) ? (known as string[]) : [String(known)];
    if (has(tt.tags[i], FUNCTION_TAGS) || kt.some((t) => FUNCTION_TAGS.includes(t))) return true;
    if (has(tt.tags[i], ['FirstName', 'Country', 'City'])) return false;
    if (lowerSeen.has(w)) return true;
    if (!alone) return false;
    if (tt.tags[i].has('Adjective') && !tt.tags[i].has('Demonym')) return true;
    return kt.length > 0 && !kt.some((t) => NAME_TAGS.includes(t));
  };

  const runs = findRuns(ctx, tt, gapAfter);
  const occurrences: Occurrence[] = [];
  const acronymOrgs = new Set<number>();
  const mostlyCaps = capsBlocks(ctx);

  for (const run of runs) {
    const trimmed = trimRun(ctx, tt, run, isCommon);
    if (!trimmed) continue;
    const { first, last, titled } = trimmed;
    const n = last - first + 1;
    const toks = tokens.slice(first, last + 1);
    const words = toks.map((t) => lower(t.text));
    const tags = tt.tags.slice(first, last + 1);
    if (tags.some((t) => has(t, DATE_TAGS))) continue;
    if (n === 1 && (tags[0].has('Demonym') || /^\d/.test(words[0]))) continue;
    if (n === 1 && (TITLES.has(words[0]) || ORG_HEADS.has(words[0]) || PERSON_NOUNS.has(words[0]))) continue;
    if (mostlyCaps.has(blockOf(ctx, run.first))) continue;

    const s = zero();
    const m = zero();
    const add = (k: EntityKind, v: number, fromModel = false) => {
      s[k] += v;
      if (fromModel) m[k] += v;
    };

    // Heads and first words of names.
    const orgHead =
      words.some((w, j) => ORG_HEADS.has(w) && (j > 0 || n === 1 || NAME_CONNECTORS.has(words[1]))) ||
      ORG_FIRST.has(words[0]);
    if (orgHead && n > 1) add('organization', 4);
    const compassBank = n === 2 && words[1] === 'bank' && PLACE_FIRST.has(words[0]);
    if (compassBank) add('place', 5);
    if (n > 1 && PLACE_HEADS.has(words[n - 1]) && !orgHead) add('place', 3);
    if (n > 1 && PLACE_FIRST.has(words[0])) add('place', 2.5);
    const articleFirst = words[0] === 'al' || words[0] === 'el' || ARTICLE_PREFIX.test(words[0]);
    if (articleFirst) {
      add('place', 1);
      add('organization', 1);
    }

    // Acronyms: `IMF`, `UNIFIL`; a defined one (`Electricite du Liban (EDL)`) makes both an organisation.
    if (n === 1 && isAcronym(toks[0].text)) {
      if (has(tags[0], PLACE_TAGS)) add('place', 3, true);
      else add('organization', acronymOrgs.has(first) ? 4 : 2.5);
    }
    const def = definedAcronym(ctx, first, last);
    if (def !== undefined) {
      add('organization', 4);
      acronymOrgs.add(def);
    }

    // compromise's tags.
    const placeTokens = tags.filter((t) => has(t, PLACE_TAGS)).length;
    if (placeTokens === n) add('place', 3, true);
    else if (placeTokens) add('place', 0.5 * placeTokens, true);
    const orgTokens = tags.filter((t) => t.has('Organization')).length;
    if (orgTokens === n) add('organization', 1.5, true);
    else if (orgTokens) add('organization', 0.5, true);
    if (!articleFirst) {
      const given = n > 1 && (tags[0].has('FirstName') || FIRST_NAMES.has(words[0]));
      if (given) add('person', 3, tags[0].has('FirstName'));
      if (n > 1 && tags[n - 1].has('LastName')) add('person', 1, true);
      if (tags.some((t) => t.has('Person'))) add('person', 1, true);
      // Arabic name particles inside the name: `Salem al-Obeidi`, `Mishal al-Ahmad al-Jaber al-Sabah`, `Osama bin Laden`.
      if (
        n > 1 &&
        !PLACE_FIRST.has(words[0]) &&
        words.slice(1).some((w) => ARTICLE_PREFIX.test(w) || ARABIC_PARTICLES.has(w))
      )
        add('person', 2);
      if (titled) add('person', 4);
    }

    // Context before the name.
    const before = first > 0 && !tt.sentenceStart[first] ? text.slice(tokens[first - 1].end, tokens[first].start) : '';
    const prev = before === ' ' ? word(first - 1) : '';
    if (PERSON_NOUNS.has(prev) && /^\p{Ll}/u.test(tokens[first - 1].text)) add('person', 3);
    if (PLACE_PREPOSITIONS.has(prev)) add('place', STRONG_PLACE_PREPOSITIONS.has(prev) ? 2 : 1.5);
    // Newspapers and agencies are told things: `told Annahar`, `told Reuters`.
    if (prev === 'told') add('organization', 2);
    // `towns like Arsal and Qaa`, `groups such as Hezbollah`: the noun before gives the kind.
    const like = likeKind(ctx, first);
    if (like) add(like, 3);
    if (prev === 'of' && first > 1 && text.slice(tokens[first - 2].end, tokens[first - 1].start) === ' ') {
      const pp = word(first - 2);
      if (PLACE_NOUNS.has(pp)) add('place', 3);
      else if (PLACE_BEFORE_OF.has(pp)) add('place', 2);
    }
    if (REPORTING_VERBS.has(prev)) add('person', 1);
    if (/^\s*,\s*$/.test(before)) {
      const appositive = word(first - 1);
      if (PERSON_NOUNS.has(appositive)) add('person', 3);
      else if (ORG_NOUNS.has(appositive)) add('organization', 3);
      else if (PLACE_NOUNS.has(appositive)) add('place', 3);
    }

    // Context after the name.
    const after = gapAfter(last);
    const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
    if (after === ' ' && next && /^\p{Ll}/u.test(next.text)) {
      const w = lower(next.text);
      if (PLACE_NOUNS.has(w)) add('place', 3);
      else if (REPORTING_VERBS.has(w)) add('person', 1);
    }
    // An appositive, unless the name ends an opening phrase (`In Kfarshouba, the council …`).
    if (/^\s*,\s*$/.test(after) && next && !PREPOSITIONS.has(prev)) {
      const kind = appositiveKind(ctx, last + 1);
      if (kind) add(kind[0], kind[1]);
    }
    if (
      /^\s+in\s+the\s+$/.test(text.slice(tokens[last].end, tokens[Math.min(last + 3, tokens.length - 1)].start)) &&
      COMPASS.has(word(last + 3))
    )
      add('place', 2);

    const key = lower(text.slice(toks[0].start, toks[n - 1].end));
    const weak = n === 1 && !titled && tt.sentenceStart[first] && !isAcronym(toks[0].text);
    occurrences.push({ first, last, key, scores: s, model: m, weak });
  }

  // Pool by name, then let lists carry a decided kind to their undecided members: `in Baalbek and Hermel`.
  const pooled = pool(occurrences);
  const lists = listsOf(ctx, occurrences);
  for (let pass = 0; pass < 2; pass++) {
    const extra = new Map<string, Scores>();
    for (const list of lists) {
      for (const o of list) {
        for (const other of list) {
          const kind = other === o || other.key === o.key ? undefined : decide(pooled.get(other.key)!);
          if (!kind) continue;
          const e = extra.get(o.key) ?? zero();
          e[kind] += 2;
          extra.set(o.key, e);
        }
      }
    }
    for (const [key, e] of extra) {
      const p = pooled.get(key)!;
      for (const k of KINDS) p.scores[k] = p.base[k] + Math.min(e[k], 4);
    }
  }

  // Family names of people named in full, here or by the glossary, are left for `recognize` to resolve.
  const surnames = new Set<string>();
  for (const o of occurrences) {
    if (o.last > o.first && decide(pooled.get(o.key)!) === 'person') surnames.add(familyWord(tokens[o.last].text));
  }
  for (let i = 0; i < tokens.length; i++) {
    // The last word of a glossary name of two words or more: `Aoun` after `Joseph Aoun`.
    const endsRun = i + 1 === tokens.length || !claimed[i + 1] || gapAfter(i) !== ' ';
    if (claimed[i] && endsRun && i > 0 && claimed[i - 1] && gapAfter(i - 1) === ' ')
      surnames.add(familyWord(tokens[i].text));
  }

  // In a block whose capitals prove nothing, only names the rest of the article decided are found again.
  const decided = new Map<string, EntityKind | undefined>();
  for (const [key, p] of pooled) decided.set(key, decide(p, p.allWeak ? THRESHOLD_SENTENCE_START : THRESHOLD));
  occurrences.push(...echoes(ctx, mostlyCaps, decided));

  const proposals: Proposal[] = [];
  for (const o of occurrences) {
    const p = pooled.get(o.key)!;
    const kind = decided.get(o.key);
    if (!kind) continue;
    if (o.first === o.last && surnames.has(familyWord(tokens[o.first].text))) continue;
    if (allClaimed(claimed, o.first, o.last)) continue;
    const score = p.scores[kind];
    proposals.push({
      first: o.first,
      last: o.last,
      kind,
      name: text.slice(tokens[o.first].start, tokens[o.last].end),
      source: p.model[kind] * 2 >= score ? 'model' : 'rule',
      confidence: Math.min(0.9, 0.5 + score / 20),
    });
  }
  return proposals;
}

interface Pooled {
  base: Scores;
  scores: Scores;
  model: Scores;
  allWeak: boolean;
}

function pool(occurrences: Occurrence[]): Map<string, Pooled> {
  const out = new Map<string, Pooled>();
  for (const o of occurrences) {
    let p = out.get(o.key);
    if (!p) out.set(o.key, (p = { base: zero(), scores: zero(), model: zero(), allWeak: true }));
    for (const k of KINDS) {
      p.base[k] += o.scores[k];
      p.scores[k] += o.scores[k];
      p.model[k] += o.model[k];
    }
    p.allWeak &&= o.weak;
  }
  return out;
}

function decide(p: Pooled, threshold = THRESHOLD): EntityKind | undefined {
  let best: EntityKind | undefined;
  for (const k of KINDS) if (p.scores[k] >= threshold && (!best || p.scores[k] > p.scores[best])) best = k;
  return best;
}

/** Occurrences of decided names inside the given blocks, longest first, as whole-token sequences. */
function echoes(ctx: TextContext, blocks: Set<number>, decided: Map<string, EntityKind | undefined>): Occurrence[] {
  const { tokens, norm } = ctx;
  const names = [...decided]
    .filter(([, k]) => k)
    .map(([key]) => key.split(' '))
    .sort((a, b) => b.length - a.length);
  const out: Occurrence[] = [];
  for (const b of blocks) {
    const end = ctx.blockStarts[b + 1] ?? tokens.length;
    for (let i = ctx.blockStarts[b]; i < end; i++) {
      const name = names.find((words) => {
        if (i + words.length > end) return false;
        for (let j = 0; j < words.length; j++) {
          if (lower(tokens[i + j].text) !== words[j]) return false;
          if (j > 0 && norm.text.slice(tokens[i + j - 1].end, tokens[i + j].start) !== ' ') return false;
        }
        return /^\p{Lu}/u.test(tokens[i].text);
      });
      if (!name) continue;
      out.push({
        first: i,
        last: i + name.length - 1,
        key: name.join(' '),
        scores: zero(),
        model: zero(),
        weak: false,
      });
      i += name.length - 1;
    }
  }
  return out;
}

/** The family word of a name's last token, without an Arabic article: `al-Sudani` → `sudani`. */
function familyWord(token: string): string {
  return lower(token.replace(ARTICLE_PREFIX, ''));
}

function allClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!claimed[i]) return false;
  return true;
}

function blockOf(ctx: TextContext, i: number): number {
  let b = 0;
  while (b + 1 < ctx.blockStarts.length && ctx.blockStarts[b + 1] <= i) b++;
  return b;
}

/**
 * Blocks where capitals prove nothing: any block set in capitals, and a headline in Title Case ("Kuwait Fund To
 * Finance Water Networks In Baalbek"). Words under four letters are left out of the count: a Title Case headline may
 * keep `of`, `in`, `to` in lowercase.
 */
function capsBlocks(ctx: TextContext): Set<number> {
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

function isAcronym(t: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t) && !NOT_ACRONYMS.has(lower(t));
}

/** Maximal runs of capitalised tokens within a sentence, joined by name connectors and single spaces only. */
function findRuns(ctx: TextContext, tt: TokenTags, gapAfter: (i: number) => string): Run[] {
  const { tokens } = ctx;
  const cap = (i: number) => i < tokens.length && isCapital(tokens[i].text) && !isCompoundModifier(tokens[i].text);
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!cap(i)) continue;
    let last = i;
    let j = i;
    let sawOf = false;
    const joins = (j: number) =>
      gapAfter(j) === ' ' || (gapAfter(j) === '. ' && ABBREVIATIONS.has(lower(tokens[j].text)));
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
      const ok = NAME_CONNECTORS.has(w) || (w === 'and' && sawOf && orgSoFar && !headAhead(tokens, k + 1, gapAfter));
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

/** True where the capitalised words from `i` on hold an organisation's head: a second name, not a continuation. */
function headAhead(tokens: TextContext['tokens'], i: number, gapAfter: (i: number) => string): boolean {
  for (let j = i; j < tokens.length && /^\p{Lu}/u.test(tokens[j].text); j++) {
    if (ORG_HEADS.has(lower(tokens[j].text))) return true;
    if (gapAfter(j) !== ' ') break;
  }
  return false;
}

/**
 * Cuts what is not the name: a capital that only opens the sentence, and titles (`Field Marshal`, `Central Bank
 * Governor`, `Minister of Finance`). Null where nothing of the run is a name (`Prime Minister`, `Emir`).
 */
function trimRun(
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

/** `X, 58,` `X, who …` `X, an engineer at …` `X, the expo's director`: the kind the appositive after a name gives. */
function appositiveKind(ctx: TextContext, i: number): [EntityKind, number] | undefined {
  const { tokens, norm } = ctx;
  const w = (j: number) => (j < tokens.length ? lower(tokens[j].text) : '');
  if (/^\d{1,3}$/.test(w(i)) && /^\s*,/.test(norm.text.slice(tokens[i].end))) return ['person', 3];
  if (w(i) === 'who') return ['person', 2];
  if (w(i) === 'whose') return ['person', 1];
  for (let j = i; j < i + 5 && j < tokens.length; j++) {
    if (j > i && !/^\s+$|^'s\s+$/.test(norm.text.slice(tokens[j - 1].end, tokens[j].start))) break;
    const x = w(j);
    if (PERSON_NOUNS.has(x) || TITLES.has(x)) return ['person', 2];
    if (ORG_NOUNS.has(x)) return ['organization', 2];
    if (PLACE_NOUNS.has(x)) return ['place', 2];
  }
  return undefined;
}

/** `towns like X`, `groups such as X`: the kind of the noun the name exemplifies. */
function likeKind(ctx: TextContext, first: number): EntityKind | undefined {
  const { tokens, norm } = ctx;
  const w = (j: number) => (j >= 0 ? lower(tokens[j].text) : '');
  const spaced = (j: number) => j >= 0 && norm.text.slice(tokens[j].end, tokens[j + 1].start) === ' ';
  let j = first - 1;
  if (w(j) === 'like' && spaced(j) && spaced(j - 1)) j -= 1;
  else if (w(j) === 'as' && w(j - 1) === 'such' && spaced(j) && spaced(j - 1) && spaced(j - 2)) j -= 2;
  else return undefined;
  const noun = w(j);
  if (PLACE_NOUNS.has(noun) || PLACE_PLURALS.has(noun)) return 'place';
  if (ORG_NOUNS.has(noun) || ORG_PLURALS.has(noun)) return 'organization';
  if (PERSON_PLURALS.has(noun)) return 'person';
  return undefined;
}

/** `Electricite du Liban (EDL)`: the index of the acronym token defined right after the run, if its letters fit. */
function definedAcronym(ctx: TextContext, first: number, last: number): number | undefined {
  const { tokens, norm } = ctx;
  const a = last + 1;
  if (a >= tokens.length || !/^\s*\($/.test(norm.text.slice(tokens[last].end, tokens[a].start))) return undefined;
  if (!/^\)/.test(norm.text.slice(tokens[a].end)) || !isAcronym(tokens[a].text)) return undefined;
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const initials = words
    .map((x) => x[0])
    .join('')
    .toUpperCase();
  const capitals = words
    .filter((x) => /^\p{Lu}/u.test(x))
    .map((x) => x[0])
    .join('');
  const acr = tokens[a].text.toUpperCase();
  return acr === initials || acr === capitals ? a : undefined;
}

/**
 * Names in one list: `Syria, Lebanon, Jordan`, `Baalbek and Hermel`, `Hizbullah and the Amal Movement`. Two names
 * joined by a comma alone are no list (`in Maarab, Geagea said`); three are, and so is any `and` or `or`.
 */
function listsOf(ctx: TextContext, occurrences: Occurrence[]): Occurrence[][] {
  const lists: Occurrence[][] = [];
  let current: Occurrence[] = [];
  let conjunction = false;
  const close = () => {
    if (current.length >= 3 || (current.length === 2 && conjunction)) lists.push(current);
    current = [];
    conjunction = false;
  };
  for (let j = 0; j < occurrences.length; j++) {
    const o = occurrences[j];
    const prev = current[current.length - 1];
    const link =
      prev && o.first > prev.last
        ? ctx.norm.text.slice(ctx.tokens[prev.last].end, ctx.tokens[o.first].start)
        : undefined;
    const comma = link !== undefined && /^\s*,\s*$/.test(link);
    const and = link !== undefined && /^(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?$/.test(link);
    if (prev && (comma || and)) {
      current.push(o);
      conjunction ||= and;
      if (and) close();
    } else {
      close();
      current = [o];
    }
  }
  close();
  return lists;
}

/**
 * compromise alone, as a baseline: its people, places and organisations mapped onto whole tokens the same way
 * (punctuation and possessive outside, leading titles cut), with no glossary and no rules.
 */
export function compromiseRecognizer(nlp: Nlp): Recognizer {
  return (ctx) => {
    if (ctx.lang !== 'en') return [];
    const { tokens, norm } = ctx;
    const view = nlp(norm.text);
    const out: Proposal[] = [];
    const sources: [EntityKind, NlpMatch[]][] = [
      ['person', view.people().json({ offset: true }) as NlpMatch[]],
      ['place', view.places().json({ offset: true }) as NlpMatch[]],
      ['organization', view.organizations().json({ offset: true }) as NlpMatch[]],
    ];
    const taken = new Uint8Array(tokens.length);
    for (const [kind, matches] of sources) {
      for (const m of matches) {
        const start = m.offset.start;
        const end = start + m.offset.length;
        let first = tokens.findIndex((t) => t.end > start);
        let last = first;
        if (first < 0 || tokens[first].start >= end) continue;
        while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
        const honorific = new Set(m.terms.filter((t) => t.tags.includes('Honorific')).map((t) => t.offset.start));
        while (first < last && (TITLES.has(lower(tokens[first].text)) || honorific.has(tokens[first].start))) first++;
        if (TITLES.has(lower(tokens[first].text)) && first === last) continue;
        let free = true;
        for (let i = first; i <= last; i++) if (taken[i]) free = false;
        if (!free) continue;
        taken.fill(1, first, last + 1);
        out.push({
          first,
          last,
          kind,
          name: norm.text.slice(tokens[first].start, tokens[last].end),
          source: 'model',
          confidence: 0.5,
        });
      }
    }
    return out;
  };
}
