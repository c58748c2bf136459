/**
 * The statistical tagger as a recogniser beside the glossary and the rules: it tags each block of the article and
 * proposes every name it reads, with its confidence. It finds what the other two cannot, a family name alone
 * (`بوش`, `البارزاني`) or a foreign name with no title or known given name, and leaves every decision between
 * overlapping proposals to `recognize`, where rule proposals come first.
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import type { Glossary } from '../glossary';
import { toRaw } from '../../text/normalize';
import type { Token } from '../../text/tokens';
import type { EntityKind, Lang } from '../../types';
import type { Nlp } from '../english/nlp';
import { documentBits, documentDisagreements } from './article-reading';
import { arabicStem, FAMILY, glossaryMarks, nlpTagsOf, stemOf, type FeatureInput } from './features';
import type { TaggerModel } from './model';
import { Scorer } from './scorer';
import { namesOf, TAG_COUNT } from './tags';
import { posteriors, viterbi } from './viterbi';

/**
 * The least posterior a name's tokens may have for `recognize` to add the model's name beside the glossary and the
 * rules, per language and kind: below it the model is guessing (`فإن الجانبين`, `تتنافس`), and a guess costs our
 * articles more than it finds. Chosen on the development parts and our development fixtures (see the model card).
 *
 * Arabic: 0.6 (a person of two words or more 0.5, `AR_LONGER_PERSON`), but an organisation may be less sure: the glossary and the rules find few organisations on newswire
 * (recall 34 % on ANERcorp's development part) and the model's less sure ones are mostly right there: 0.4 takes
 * organisation F1 from 50.5 to 53.0 on ANERcorp's development part and from 63.0 to 66.7 on NewsFANE's unseen
 * sentences, and changes nothing on our fixtures; 0.3 gains no more, 0.5 less.
 *
 * English, for the model that reads compromise's tags, with the English fusion (see the model card): a person or a
 * place from 0.5, an organisation from 0.6 (third round), chosen on EWT's and GUM's development parts together (fused
 * micro F1 71.8 / 72.7 at 0.4, 0.5, 0.4; 72.4 / 73.1 at 0.5, 0.5, 0.6; 72.3 / 72.7 at 0.5, 0.5, 0.5; 72.1 / 73.0 at
 * 0.6, 0.5, 0.6); our fixtures do not change. With the first English model a person from 0.4 had been worth 66.0 → 67.4
 * and 65.8 → 69.4: compromise and the rules miss people the model reads unsure. Re-tuned for the model that reads
 * punctuation (fourth round): an organisation from 0.5 (EWT / GUM 72.4 / 73.4 at 0.5, 0.5, 0.6; 72.5 / 73.9 at 0.5,
 * 0.5, 0.5; 72.8 / 73.5 at 0.5, 0.5, 0.4; 72.7 / 73.5 at 0.5, 0.5, 0.3; 72.3 / 74.1 at 0.6, 0.5, 0.5; people and places
 * at 0.4 or 0.6 lose), organisation F1 58.0 → 59.3 and 45.6 → 49.3; our fixtures' figures do not change, though one
 * false organisation comes back there (`a career Army officer`).
 */
const MIN_CONFIDENCE: Record<Lang, Record<EntityKind, number>> = {
  ar: { person: 0.6, place: 0.6, organization: 0.4 },
  en: { person: 0.5, place: 0.5, organization: 0.5 },
};
/** Of the three, a model's name is the least explained: its confidence is its posterior at this share, below the rules' (0.6 to 0.95). */
const MODEL_SHARE = 0.5;
/** Perceptron scores are large: read at this temperature their posteriors spread enough for a threshold to choose. */
const TEMPERATURE = 15;
/** A name the model found: token range of the whole text, and the least posterior of its tags over its tokens. */
export interface TaggedName {
  first: number;
  last: number;
  kind: EntityKind;
  confidence: number;
}

/** One pass's reading of a block: its scores, its best tags, and the transitions they were decoded with. */
interface Reading {
  scores: Float32Array;
  tags: Uint8Array;
  transitions: Float32Array;
  /** Where this is the second pass's reading: the first's, and the tokens where the article disagreed with it. */
  before?: Reading;
  focus?: Uint8Array;
}

/**
 * A function that reads an article's blocks and finds the model's names in each (token ranges of the text), those
 * `wanted` accepts if it is given. Where the model has a second pass, it reads again the blocks where the first pass's
 * reading of the same stems elsewhere in the article disagrees with its own (`article-reading.ts`) at a token `open`
 * leaves open (by default every token); elsewhere the second pass could only repeat the first. It keeps what it learns
 * of each word (`Scorer`, and each word's stem) from one call to the next: make one per model and keep it.
 */
export function spanTagger(
  model: TaggerModel,
): (
  blocks: FeatureInput[],
  wanted?: (name: Omit<TaggedName, 'confidence'>) => boolean,
  open?: (i: number) => boolean,
) => TaggedName[][] {
  const first = new Scorer(model);
  const second = model.second && { model: model.second, scorer: new Scorer(model.second), stems: new Map() };
  return (blocks, wanted, open) => {
    const readings = blocks.map((input) => read(model, first, input));
    if (second) readAgain(blocks, readings, second, open);
    return blocks.map((input, b) => namesIn(input, readings[b], wanted));
  };
}

function read(model: TaggerModel, scorer: Scorer, input: FeatureInput): Reading {
  const scores = scorer.emissions(input);
  const tags = viterbi(scores, input.last - input.first + 1, model.transitions);
  return { scores, tags, transitions: model.transitions };
}

/** Distinct words whose stems are kept before the cache starts again, as the scorer's. */
const MAX_STEMS = 10_000;

/** The second pass over the blocks where the article's other mentions say otherwise than the first pass. */
function readAgain(
  blocks: FeatureInput[],
  readings: Reading[],
  second: { model: TaggerModel; scorer: Scorer; stems: Map<string, string> },
  open?: (i: number) => boolean,
): void {
  const { model, scorer, stems: cache } = second;
  if (cache.size > MAX_STEMS) cache.clear();
  const stems: string[] = [];
  const tags: number[] = [];
  blocks.forEach((input, b) => {
    for (let i = input.first; i <= input.last; i++) {
      const token = input.tokens[i];
      let stem = cache.get(token.text);
      if (stem === undefined) cache.set(token.text, (stem = stemOf(token)));
      stems.push(stem);
    }
    for (const t of readings[b].tags) tags.push(t);
  });
  const bits = documentBits(stems, tags);
  // The features read the bits by token of the block's text; blocks of one article share its tokens.
  const docs = new Map<Token[], Uint16Array>();
  let at = 0;
  blocks.forEach((input, b) => {
    const n = input.last - input.first + 1;
    const own = bits.subarray(at, (at += n));
    let doc = docs.get(input.tokens);
    if (!doc) docs.set(input.tokens, (doc = new Uint16Array(input.tokens.length)));
    doc.set(own, input.first);
    const openHere = open && ((j: number) => open(input.first + j));
    const focus = documentDisagreements(own, readings[b].tags, openHere);
    if (focus) readings[b] = { ...read(model, scorer, { ...input, doc }), before: readings[b], focus };
  });
}

/** The names of a block's reading that `wanted` accepts, each with the least posterior of its tags. */
function namesIn(
  input: FeatureInput,
  reading: Reading,
  wanted?: (name: Omit<TaggedName, 'confidence'>) => boolean,
): TaggedName[] {
  const names = scored(
    input,
    reading,
    inText(input, reading).filter((e) => !wanted || wanted(e)),
  );
  const { before, focus } = reading;
  if (!before || !focus || !names.length) return names;
  // Away from the tokens the article disagreed at, the second pass knows nothing the first did not: a name both read
  // there is no surer than the first pass was (`منطقة تتنافس`, a verb, read as a place at 0.53, then at 0.62).
  const touches = (e: { first: number; last: number }) => {
    for (let i = e.first; i <= e.last; i++) if (focus[i - input.first]) return true;
    return false;
  };
  const sameAs = (e: TaggedName) => (f: Omit<TaggedName, 'confidence'>) =>
    f.first === e.first && f.last === e.last && f.kind === e.kind;
  const away = names.filter((e) => !touches(e));
  const both = inText(input, before).filter((f) => away.some((e) => sameAs(e)(f)));
  // Forward-backward over the first reading only where a name of both readings needs its confidence.
  const first = scored(input, before, both);
  return names.map((e) => {
    const same = touches(e) ? undefined : first.find(sameAs(e));
    return same ? { ...e, confidence: Math.min(e.confidence, same.confidence) } : e;
  });
}

/** A reading's names as token ranges of the whole text. */
const inText = (input: FeatureInput, reading: Reading) =>
  namesOf(reading.tags).map((e) => ({ ...e, first: e.first + input.first, last: e.last + input.first }));

/** Names of a reading (token ranges of the text) with the least posterior of their tags. */
function scored(
  input: FeatureInput,
  reading: Reading,
  names: { first: number; last: number; kind: EntityKind }[],
): TaggedName[] {
  if (!names.length) return [];
  const { scores, tags, transitions } = reading;
  // Forward-backward only for a block with a name still wanted in it: most blocks have none once the glossary's are
  // set aside.
  const p = posteriors(scores, tags.length, transitions, TEMPERATURE);
  return names.map((e) => {
    let confidence = 1;
    for (let i = e.first; i <= e.last; i++) {
      const j = i - input.first;
      confidence = Math.min(confidence, p[j * TAG_COUNT + tags[j]]);
    }
    return { ...e, confidence };
  });
}

/**
 * The recognisers made over a trained model: `recognize` learns from them that a model read the article even where it
 * proposes no name, for a model's silence over a rule's name is an opinion too.
 */
const TAGGERS = new WeakSet<Recognizer>();

/** True where the recogniser is a trained tagger's. */
export const isTagger = (r: Recognizer): boolean => TAGGERS.has(r);

/**
 * The recogniser over a trained model: every name of the model's reading, however unsure, each with its confidence;
 * on claimed tokens, its organisations. `recognize` adds the sure ones on free tokens (`sureName`), lets a sure organisation take
 * the glossary's places inside it (`دينامو كييف`, `مصرف قطر المركزي`), and reads the rest as the model's opinion of
 * what the rules found. `glossary` feeds the model's glossary features (the marks it was trained with); the
 * glossary's own names are proposed by `recognize`, not here. `nlp`, compromise, feeds the English model's tag
 * features: the English model is trained with them and finds little without (EWT's development part 13.4 micro F1
 * alone, against 69.2 with them); compromise runs once per article for this and the English recogniser.
 */
export function taggerRecognizer(model: TaggerModel, glossary?: Glossary, nlp?: Nlp): Recognizer {
  const tagSpan = spanTagger(model);
  const recognizer: Recognizer = (ctx, claimed) => {
    const { tokens } = ctx;
    // A name wholly on claimed tokens serves nothing, unless it is an organisation that may take the places inside it;
    // setting the others aside spares forward-backward in most blocks.
    const wanted = (e: Omit<TaggedName, 'confidence'>) =>
      (e.kind === 'organization' || !wholly(claimed, e.first, e.last)) && !indefinite(ctx, e.first, e.last);
    const text = ctx.norm.text;
    const marks = glossary && model.families & FAMILY.glossary ? glossaryMarks(glossary, text, tokens) : undefined;
    const nlpTags = nlp && ctx.lang === 'en' ? nlpTagsOf(nlp, ctx) : undefined;
    const blocks: FeatureInput[] = [];
    for (let b = 0; b < ctx.blockStarts.length; b++) {
      const first = ctx.blockStarts[b];
      const last = (ctx.blockStarts[b + 1] ?? tokens.length) - 1;
      if (last < first) continue;
      blocks.push({
        text,
        tokens,
        first,
        last,
        givenNames: ctx.givenNames,
        marks,
        names: model.names,
        clusters: model.clusters,
        nlpTags,
      });
    }
    const out: Proposal[] = [];
    // The glossary's names are the glossary's: a second reading there would be set aside.
    for (const found of tagSpan(blocks, wanted, (i) => !claimed[i]))
      for (const e of found)
        out.push({ ...e, name: nameOf(ctx, e.first, e.last), source: 'model', confidence: MODEL_SHARE * e.confidence });
    return out;
  };
  TAGGERS.add(recognizer);
  return recognizer;
}

/**
 * An Arabic person of two words or more may be less sure than one of a word: with the second pass the model's longer
 * people are mostly right at 0.5, its lone words there mostly common words that are also names (`طريق بري`). Fifth
 * round, the default model: ANERcorp's development part 74.1 → 74.4 each sentence alone and 75.2 → 75.3 read 20
 * sentences a piece, NewsFANE's unseen sentences 77.2 → 77.6, our fixtures unchanged; at 0.45, 0.4 and 0.3 ANERcorp
 * read as articles gains more (75.7, 75.9, 76.2) but a phrase comes in as a person on our development fixtures
 * (`وحسن الجوار`, 93.4 → 93.2); every person from 0.5 or 0.55 brings in `بري` and `الأيوبي` as well.
 */
const AR_LONGER_PERSON = 0.5;

/** True where a model's proposal is sure enough to be added as a name (its least posterior over the threshold). */
export function sureName(p: Proposal, lang: Lang): boolean {
  const longerPerson = lang === 'ar' && p.kind === 'person' && p.last > p.first;
  return p.confidence >= MODEL_SHARE * (longerPerson ? AR_LONGER_PERSON : MIN_CONFIDENCE[lang][p.kind]);
}

/**
 * The least posterior of a model's person that ranks with the rules' names over the same words: the rules' people on
 * newswire often end a word early or late (a given name before a common word, a title before a phrase), and a person
 * the model is this sure of is right more often. On ANERcorp's development part micro F1 goes from 66.4 to 67.5
 * (person 63.6 to 67.2; at 0.9 66.8, at 0.8 and 0.6 67.4), English EWT and GUM development from 63.5 to 63.9 and 63.9
 * to 64.3; NewsFANE's unseen sentences and our fixtures do not change. Ranked before the rules, or other kinds with
 * them, it loses names and speakers on our held-out fixtures.
 */
const PERSON_FIRST_CONFIDENCE = 0.7;

/** True where a model's person is sure enough to rank with a rule's name over the same words. */
export function personFirst(p: Proposal): boolean {
  return p.source === 'model' && p.kind === 'person' && p.confidence >= MODEL_SHARE * PERSON_FIRST_CONFIDENCE;
}

/** The name without the proclitics of its first word, keeping the article a name carries (`وبالعراق` → `العراق`). */
export function nameOf(ctx: TextContext, first: number, last: number): string {
  const tokens: Token[] = ctx.tokens;
  const whole = ctx.norm.text.slice(tokens[first].start, tokens[last].end);
  if (!tokens[first].arabic) return whole;
  const { clitics } = arabicStem(tokens[first].text);
  // `لل` is ل and the article fused: the name is a suffix of the text, so it starts after them both.
  const cut = clitics.endsWith('ال') ? clitics.length - 2 : clitics.length;
  return whole.slice(cut);
}

/** True where every token from `first` to `last` is claimed. */
function wholly(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!claimed[i]) return false;
  return true;
}

/** Tanween, which the normalised text drops: the mark of an indefinite noun. */
const TANWEEN = /[\u064B-\u064D]/;

/**
 * True where a word of the name was written with tanween (`فتح باباً`, opened a door): an indefinite common noun, never
 * a name in newswire, though without its marks it may spell one (`بابا`, the Pope).
 */
function indefinite(ctx: TextContext, first: number, last: number): boolean {
  const { start, end } = toRaw(ctx.norm, ctx.tokens[first].start, ctx.tokens[last].end);
  return TANWEEN.test(ctx.norm.raw.slice(start, end));
}
