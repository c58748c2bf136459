/**
 * Reported claims without quotation marks: `أكد أن …`, `said that …` in a sentence that quotes nothing. The claim is
 * the clause after the complementiser, up to the next cue after a comma (`، مشيراً إلى …`) or the sentence's end.
 */
import type { Quote, Speaker } from '../types';
import type { Attributor } from './attributor';
import { Cue } from './cues';
import type { SpeakerX } from './grammar/grammar';
import { G_COMMA } from './view';

/** The public face of a speaker: its name, kind, entity and span, nothing attribution keeps for itself. */
export function publicSpeaker(s: SpeakerX): Speaker {
  const out: Speaker = { name: s.name, kind: s.kind };
  if (s.entity) out.entity = s.entity;
  if (s.span) out.span = { start: s.span.start, end: s.span.end };
  return out;
}

/**
 * The first reported claim of the sentence `ss..se-1` (`direct: false`), with the reasons behind its speaker, or
 * undefined. Only a verb that carries a claim (`أكد`, `said`, not `دعا`), with a speaker of its own, reports one.
 */
export function indirectClaim(
  at: Attributor,
  explicit: (SpeakerX | undefined)[],
  explicitWhy: string[][],
  ss: number,
  se: number,
): { quote: Quote; why: string[] } | undefined {
  const { v, cues, g } = at;
  for (let i = ss; i < se; i++) {
    if (cues.type[i] !== Cue.Verb || v.inQ[i] >= 0) continue;
    const lemma = cues.lemma[i];
    if (!lemma || !g.indirectLemmas.has(lemma)) continue;
    const speaker = explicit[i];
    if (!speaker) continue;
    // the complementiser after the subject
    let c = i + 1;
    const limit = Math.min(se, i + 16);
    while (c < limit && !g.isClaimComplementiser(v.w[c])) c++;
    if (c >= limit) continue;
    const start = c + 1;
    let end = se - 1;
    // the claim runs to the next reporting participle or cue (`، مشيراً إلى …`) or the sentence end
    for (let k = start + 1; k < se; k++) {
      if (cues.type[k] && v.gap[k] & G_COMMA) {
        end = k - 1;
        break;
      }
    }
    if (end - start < 2) continue;
    const quote: Quote = {
      start: v.s[start],
      end: v.e[end],
      text: v.text.slice(v.s[start], v.e[end]),
      speaker: publicSpeaker(speaker),
      cue: { start: v.s[i], end: v.e[i] },
      direct: false,
    };
    return { quote, why: ['indirect: a verb that reports a claim, then its complementiser', ...explicitWhy[i]] };
  }
  return undefined;
}
