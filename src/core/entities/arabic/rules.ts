/**
 * Arabic names no glossary holds, found by rule. Each rule looks for a cue the press always gives (a title before a
 * person, a trigger noun before a place or an organisation, a known place) and takes the name after it, stopping at
 * function words; titles and trigger nouns stay outside the name unless they belong to it (`حزب الله`). Each kind is
 * a pass of its own: persons.ts, places.ts, organisations.ts, speakers.ts, over the tokens as view.ts reads them.
 */
import type { Proposal, Recognizer } from '../context';
import { organisations } from './organisations';
import { persons } from './persons';
import { placesOf } from './places';
import { speakers } from './speakers';
import { View } from './view';

export { isNisba } from './view';

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
