/**
 * The Arabic recogniser: rules and lexicons, then a guard that drops what is a description rather than a name
 * (`الجيش الباكستاني`, a lone `الليبية`).
 */
import type { Proposal, Recognizer, TextContext } from '../context';
import { readings as readingsOf } from './readings';
import { inSetWithConj } from '../../text/tokens';
import type { EntityKind } from '../../types';
import { ARMED, ORG_HEADS } from '../../lexicon/ar/organisations';
import { PLACES } from '../../lexicon/ar/places';
import { VERBS } from './speech';
import { arabicRules } from './rules';
import { isNisba } from './view';

export { arabicRules } from './rules';

/**
 * A description, not a name: armed forces or an institution with nisba adjectives alone (`القوات الليبية`,
 * `المؤسسة العسكرية الليبية`), or a lone nisba (`الليبية`) that no lexicon holds as a place.
 */
export function isDescription(ctx: TextContext, first: number, last: number, kind: EntityKind): boolean {
  const words = ctx.tokens.slice(first, last + 1).map((t) => t.text);
  if (kind === 'place' && words.length === 1 && isNisba(words[0]) && /^(?:[وف]?(?:ال|بال|لل))/.test(words[0])) {
    return !readingsOf(words[0]).some((r) => PLACES.has(r));
  }
  if (kind === 'organization' && words.length >= 2 && words.slice(1).every(isNisba)) {
    const head = readingsOf(words[0]);
    const definiteHead = head.some(
      (h) => h.startsWith('ال') && (ORG_HEADS.has(h.slice(2)) || ARMED.has(h.slice(2)) || ARMED.has(h)),
    );
    return definiteHead || head.some((h) => ARMED.has(h));
  }
  return false;
}

/** The Arabic recogniser: the rules, less what is a description rather than a name. */
export const arabicRecognizer: Recognizer = guarded(arabicRules);

/** A name never begins with a verb of saying or a function word (`ويضيف`, `وقال`). */
function startsWithVerb(ctx: TextContext, p: Proposal): boolean {
  const w = ctx.tokens[p.first].text;
  return inSetWithConj(VERBS, w);
}

function guarded(recognizer: Recognizer): Recognizer {
  return (ctx, claimed) =>
    recognizer(ctx, claimed).filter((p) => !isDescription(ctx, p.first, p.last, p.kind) && !startsWithVerb(ctx, p));
}
