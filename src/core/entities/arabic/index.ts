/**
 * Arabic names no glossary holds, found by rule: a title or role, then a given name and its family name.
 */
import type { Proposal, Recognizer } from '../context';
import { adjacent } from '../../match/name-matcher';
import { proclitics } from '../../text/tokens';
import { GIVEN_NAMES, TITLES } from './lexicon';
import type { ArabicModel } from './model';

export function arabicRecognizer(model?: ArabicModel): Recognizer {
  void model;
  return arabicRules;
}

const PARTICLES = new Set(['ابو', 'بن', 'ابن', 'عبد', 'بو', 'ال']);
/** Function words that end a name. */
const STOP = new Set(['ان', 'إن', 'انه', 'انها', 'في', 'من', 'الي', 'علي', 'عن', 'مع', 'الذي', 'التي', 'قال', 'يقول', 'و']);

const isGiven = (t: string) => proclitics(t).some((f) => GIVEN_NAMES.has(f));

/** Given name with an optional second given name or particle group, then one family word. */
export const arabicRules: Recognizer = (ctx, claimed) => {
  const { tokens, norm } = ctx;
  const out: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].arabic || !isGiven(tokens[i].text)) continue;
    // A title, a role or a describing phrase must stand within the six words before the name.
    let titled = false;
    for (let k = i - 1; k >= Math.max(0, i - 6) && !titled; k--) titled = proclitics(tokens[k].text).some((f) => TITLES.has(f));
    if (!titled) continue;
    let last = i;
    const next = (j: number) => j < tokens.length && !claimed[j] && tokens[j].arabic && adjacent(norm.text, tokens[j - 1], tokens[j]) && !STOP.has(tokens[j].text);
    if (next(last + 1) && PARTICLES.has(tokens[last + 1].text) && next(last + 2)) last += 2;
    else if (next(last + 1)) last += 1;
    if (last === i) continue;
    const name = norm.text.slice(tokens[i].start, tokens[last].end);
    const head = proclitics(tokens[i].text).find((f) => GIVEN_NAMES.has(f))!;
    out.push({ first: i, last, kind: 'person', name: head + name.slice(tokens[i].text.length), source: 'rule', confidence: 0.7 });
    i = last;
  }
  return out;
};
