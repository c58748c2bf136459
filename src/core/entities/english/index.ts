/**
 * The English recogniser: compromise's tags and a few rules of English news copy, over the article's tokens.
 *
 * 1. Capitalised runs are the candidates (`Kuwait Fund for Arab Economic Development`, `Salem al-Obeidi`), joined
 *    across name connectors (`of`, `du`, `al`) but never across punctuation, so trailing commas and quotes and the
 *    possessive `'s` (left outside the token by the tokenizer) are never in a span.
 * 2. Titles are cut off (`Iraqi Prime Minister Mohammed Shia al-Sudani` → `Mohammed Shia al-Sudani`) and a capital
 *    that only opens a sentence is not taken for a name (`Economist Nadine Sfeir`).
 * 3. Each candidate collects evidence for person, place and organisation from the named rules of `evidence.ts`:
 *    compromise's tags, heads of organisation and place names, given names, Arabic name particles, titles,
 *    prepositions, appositives (`X, an engineer`, `a local association, X`), ages, acronyms and their definitions.
 *    Evidence is pooled over every occurrence of the same name in the article, so one telling context decides them
 *    all, and lists add theirs (`in Baalbek and Hermel`).
 * 4. A lone word that is the family name of a person named in full is left to `recognize`, which gives it to that
 *    person (or to the glossary's entry) rather than making a new entity of it.
 * 5. In a block whose capitals prove nothing (a Title Case headline, a paragraph in capitals) only names the rest of
 *    the article decided are found again.
 *
 * The glossary runs first: tokens it claimed are never proposed, and its transliteration variants come in through
 * its aliases, not through rules here.
 */
import { blockOf, type Proposal, type Recognizer, type TextContext } from '../context';
import { NOT_NAMES } from '../../lexicon/en/function-words';
import { ARTICLE_PREFIX } from '../../lexicon/en/names';
import { ORG_HEADS } from '../../lexicon/en/organisations';
import { PERSON_NOUNS, TITLES } from '../../lexicon/en/titles';
import { candidateAt } from './candidate';
import { weigh } from './evidence';
import { DATE_TAGS, hasTag, lexiconOf, tagTokens, type Nlp, type TokenTags } from './nlp';
import { decide, decideAll, echoes, pool, spreadAcrossLists, type Occurrence, type Pooled } from './pool';
import { capsBlocks, commonCapital, findRuns, isAcronym, lower, trimRun } from './runs';

export type { Nlp } from './nlp';
export { compromiseRecognizer } from './compromise';

/**
 * A recogniser for English articles over a compromise instance (its default export). Proposes people, places and
 * organisations as whole-token ranges; never proposes over tokens the glossary claimed.
 */
export function englishRecognizer(nlp: Nlp): Recognizer {
  const lexicon = lexiconOf(nlp);
  return (ctx, claimed) =>
    ctx.lang === 'en' && ctx.tokens.length ? recognizeEnglish(ctx, claimed, tagTokens(nlp, ctx), lexicon) : [];
}

/** Candidates weighed, pooled by name, spread across lists, decided, and proposed where the glossary left room. */
function recognizeEnglish(
  ctx: TextContext,
  claimed: Uint8Array,
  tt: TokenTags,
  lexicon: Record<string, unknown>,
): Proposal[] {
  const mostlyCaps = capsBlocks(ctx);
  const occurrences = occurrencesOf(ctx, tt, lexicon, mostlyCaps);
  const pooled = pool(occurrences);
  spreadAcrossLists(ctx, occurrences, pooled);
  const surnames = surnamesOf(ctx, claimed, occurrences, pooled);
  const decided = decideAll(pooled);
  occurrences.push(...echoes(ctx, mostlyCaps, decided));
  const proposals: Proposal[] = [];
  const { tokens } = ctx;
  for (const o of occurrences) {
    const p = pooled.get(o.key)!;
    const kind = decided.get(o.key);
    if (!kind) continue;
    if (o.first === o.last && surnames.has(familyWord(tokens[o.first].text))) continue;
    if (allClaimed(claimed, o.first, o.last)) continue;
    proposals.push(proposalOf(ctx, o, kind, p));
  }
  return proposals;
}

/**
 * Every candidate the capitalised runs hold, weighed by the evidence table. Dates, a lone demonym or number, a lone
 * title or head, a month, weekday or disease, and names in blocks whose capitals prove nothing are no candidates.
 */
function occurrencesOf(
  ctx: TextContext,
  tt: TokenTags,
  lexicon: Record<string, unknown>,
  mostlyCaps: Set<number>,
): Occurrence[] {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  const gapAfter = (i: number) => (i + 1 < tokens.length ? text.slice(tokens[i].end, tokens[i + 1].start) : '');
  const isCommon = commonCapital(ctx, tt, lexicon);
  const occurrences: Occurrence[] = [];
  const acronymOrgs = new Set<number>();
  for (const run of findRuns(ctx, tt, gapAfter)) {
    const trimmed = trimRun(ctx, tt, run, isCommon);
    if (!trimmed) continue;
    const { first, last, titled } = trimmed;
    const n = last - first + 1;
    const w0 = lower(tokens[first].text);
    const tags = tt.tags.slice(first, last + 1);
    if (tags.some((t) => hasTag(t, DATE_TAGS))) continue;
    if (n === 1 && (tags[0].has('Demonym') || /^\d/.test(w0))) continue;
    if (n === 1 && (TITLES.has(w0) || ORG_HEADS.has(w0) || PERSON_NOUNS.has(w0) || NOT_NAMES.has(w0))) continue;
    if (mostlyCaps.has(blockOf(ctx, run.first))) continue;
    const candidate = candidateAt(ctx, tt, trimmed, acronymOrgs);
    if (candidate.defines !== undefined) acronymOrgs.add(candidate.defines);
    const { scores, model, fired } = weigh(candidate);
    const key = lower(text.slice(tokens[first].start, tokens[last].end));
    const weak = n === 1 && !titled && tt.sentenceStart[first] && !isAcronym(tokens[first].text);
    occurrences.push({ first, last, key, scores, model, weak, fired });
  }
  return occurrences;
}

/**
 * The family words of people named in full, here or by the glossary (`Aoun` after `Joseph Aoun`): a lone one is
 * left for `recognize` to give to that person rather than made a new name here.
 */
function surnamesOf(
  ctx: TextContext,
  claimed: Uint8Array,
  occurrences: Occurrence[],
  pooled: Map<string, Pooled>,
): Set<string> {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  const gapAfter = (i: number) => (i + 1 < tokens.length ? text.slice(tokens[i].end, tokens[i + 1].start) : '');
  const surnames = new Set<string>();
  for (const o of occurrences) {
    if (o.last > o.first && decide(pooled.get(o.key)!) === 'person') surnames.add(familyWord(tokens[o.last].text));
  }
  for (let i = 0; i < tokens.length; i++) {
    // The last word of a glossary name of two words or more.
    const endsRun = i + 1 === tokens.length || !claimed[i + 1] || gapAfter(i) !== ' ';
    if (claimed[i] && endsRun && i > 0 && claimed[i - 1] && gapAfter(i - 1) === ' ')
      surnames.add(familyWord(tokens[i].text));
  }
  return surnames;
}

/** The proposal of one occurrence: its `source` is the model where compromise's tags gave half its evidence or more. */
function proposalOf(ctx: TextContext, o: Occurrence, kind: Proposal['kind'], p: Pooled): Proposal {
  const { tokens } = ctx;
  const score = p.scores[kind];
  return {
    first: o.first,
    last: o.last,
    kind,
    name: ctx.norm.text.slice(tokens[o.first].start, tokens[o.last].end),
    source: p.model[kind] * 2 >= score ? 'model' : 'rule',
    confidence: Math.min(0.9, 0.5 + score / 20),
    rules: [...p.rules],
  };
}

/** The family word of a name's last token, without an Arabic article: `al-Sudani` → `sudani`. */
function familyWord(token: string): string {
  return lower(token.replace(ARTICLE_PREFIX, ''));
}

function allClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!claimed[i]) return false;
  return true;
}
