/**
 * The statistical tagger as a recogniser beside the glossary and the rules: it tags each block of the article and
 * proposes the names it finds on tokens nobody has claimed. It finds what the other two cannot, a family name alone
 * (`بوش`, `البارزاني`) or a foreign name with no title or known given name, and leaves every decision between
 * overlapping proposals to `recognize`, where rule proposals come first.
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import type { Glossary } from '../glossary';
import type { Token } from '../../text/tokens';
import type { EntityKind } from '../../types';
import { arabicStem, extractFeatures, FAMILY, glossaryMarks, type FeatureInput } from './features';
import { emissions, type TaggerModel } from './model';
import { namesOf } from './tags';
import { viterbi } from './viterbi';

/** How far a model's name is trusted beside a glossary entry (1) and the rules (0.6 to 0.95). */
const CONFIDENCE = 0.6;

/** The names the model finds in tokens `input.first..input.last`, as token ranges of the whole text. */
export function tagSpan(model: TaggerModel, input: FeatureInput): { first: number; last: number; kind: EntityKind }[] {
  const features = extractFeatures(input, model.families);
  const n = input.last - input.first + 1;
  const tags = viterbi(emissions(model, features), n, model.transitions);
  return namesOf(tags).map((e) => ({ ...e, first: e.first + input.first, last: e.last + input.first }));
}

/**
 * The recogniser over a trained model. `glossary` feeds the model's glossary features (the marks the model was
 * trained with); the glossary's own names are proposed by `recognize`, not here.
 */
export function taggerRecognizer(model: TaggerModel, glossary?: Glossary): Recognizer {
  return (ctx, claimed) => {
    const { tokens } = ctx;
    const text = ctx.norm.text;
    const marks = glossary && model.families & FAMILY.glossary ? glossaryMarks(glossary, text, tokens) : undefined;
    const out: Proposal[] = [];
    for (let b = 0; b < ctx.blockStarts.length; b++) {
      const first = ctx.blockStarts[b];
      const last = (ctx.blockStarts[b + 1] ?? tokens.length) - 1;
      if (last < first) continue;
      for (const e of tagSpan(model, { text, tokens, first, last, givenNames: ctx.givenNames, marks })) {
        if (anyClaimed(claimed, e.first, e.last)) continue;
        out.push({ ...e, name: nameOf(ctx, e.first, e.last), source: 'model', confidence: CONFIDENCE });
      }
    }
    return out;
  };
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

function anyClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (claimed[i]) return true;
  return false;
}
