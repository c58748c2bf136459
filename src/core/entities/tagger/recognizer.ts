/**
 * The statistical tagger as a recogniser beside the glossary and the rules: it tags each block of the article and
 * proposes the names it finds on tokens nobody has claimed. It finds what the other two cannot, a family name alone
 * (`بوش`, `البارزاني`) or a foreign name with no title or known given name, and leaves every decision between
 * overlapping proposals to `recognize`, where rule proposals come first.
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import { anyClaimed } from '../found-names';
import type { Glossary } from '../glossary';
import { toRaw } from '../../text/normalize';
import type { Token } from '../../text/tokens';
import type { EntityKind } from '../../types';
import { arabicStem, FAMILY, glossaryMarks, type FeatureInput } from './features';
import type { TaggerModel } from './model';
import { Scorer } from './scorer';
import { namesOf, TAG_COUNT } from './tags';
import { posteriors, viterbi } from './viterbi';

/**
 * The least posterior a name's tokens may have for the model to propose it beside the glossary and the rules: below
 * it the model is guessing (`فإن الجانبين`, `تتنافس`), and a guess costs our articles more than it finds. Chosen on
 * the Arabic development part and our development fixtures (see the model card).
 */
export const MIN_CONFIDENCE = 0.6;
/** Perceptron scores are large: read at this temperature their posteriors spread enough for a threshold to choose. */
const TEMPERATURE = 15;

/** A name the model found: token range of the whole text, and the least posterior of its tags over its tokens. */
export interface TaggedName {
  first: number;
  last: number;
  kind: EntityKind;
  confidence: number;
}

/**
 * A function that finds the model's names in tokens `input.first..input.last` (token ranges of the whole text), those
 * `wanted` accepts if it is given. It keeps what it learns of each word (`Scorer`) from one call to the next: make
 * one per model and keep it.
 */
export function spanTagger(
  model: TaggerModel,
): (input: FeatureInput, wanted?: (first: number, last: number) => boolean) => TaggedName[] {
  const scorer = new Scorer(model);
  return (input, wanted) => {
    const n = input.last - input.first + 1;
    const scores = scorer.emissions(input);
    const tags = viterbi(scores, n, model.transitions);
    const names = namesOf(tags)
      .map((e) => ({ ...e, first: e.first + input.first, last: e.last + input.first }))
      .filter((e) => !wanted || wanted(e.first, e.last));
    if (!names.length) return [];
    // Forward-backward only for a block with a name still wanted in it: most blocks have none once the glossary's are
    // set aside.
    const p = posteriors(scores, n, model.transitions, TEMPERATURE);
    return names.map((e) => {
      let confidence = 1;
      for (let i = e.first; i <= e.last; i++) {
        const j = i - input.first;
        confidence = Math.min(confidence, p[j * TAG_COUNT + tags[j]]);
      }
      return { ...e, confidence };
    });
  };
}

/**
 * The model's names in an article, as proposals, those `wanted` accepts where it is given. `glossary` feeds the
 * model's glossary features (the marks the model was trained with); the glossary's own names are proposed by
 * `recognize`, not here. Where the model lives apart from the analysis (the extension's background), this runs there
 * and `foundNames` hands the result to the analysis.
 */
export function modelNames(
  model: TaggerModel,
  glossary?: Glossary,
  minConfidence = MIN_CONFIDENCE,
): (ctx: TextContext, wanted?: (first: number, last: number) => boolean) => Proposal[] {
  const tagSpan = spanTagger(model);
  return (ctx, wantedByCaller) => {
    const { tokens } = ctx;
    const text = ctx.norm.text;
    const marks = glossary && model.families & FAMILY.glossary ? glossaryMarks(glossary, text, tokens) : undefined;
    const out: Proposal[] = [];
    for (let b = 0; b < ctx.blockStarts.length; b++) {
      const first = ctx.blockStarts[b];
      const last = (ctx.blockStarts[b + 1] ?? tokens.length) - 1;
      if (last < first) continue;
      const input = {
        text,
        tokens,
        first,
        last,
        givenNames: ctx.givenNames,
        marks,
        names: model.names,
        clusters: model.clusters,
      };
      const wanted = (f: number, l: number) => (!wantedByCaller || wantedByCaller(f, l)) && !indefinite(ctx, f, l);
      for (const e of tagSpan(input, wanted)) {
        if (e.confidence < minConfidence) continue;
        // Below the rules (0.6 to 0.95) however sure: of the three, a model's name is the least explained.
        out.push({ ...e, name: nameOf(ctx, e.first, e.last), source: 'model', confidence: 0.5 * e.confidence });
      }
    }
    return out;
  };
}

/** The recogniser over a trained model: its names on tokens nobody has claimed. */
export function taggerRecognizer(model: TaggerModel, glossary?: Glossary, minConfidence = MIN_CONFIDENCE): Recognizer {
  const names = modelNames(model, glossary, minConfidence);
  return (ctx, claimed) => names(ctx, (f, l) => !anyClaimed(claimed, f, l));
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
