/**
 * compromise alone, as the baseline the English evaluation sets beside the recogniser.
 */
import type { Proposal, Recognizer } from '../context';
import type { EntityKind } from '../../types';
import { TITLES } from '../../lexicon/en/titles';
import type { Nlp, NlpMatch } from './nlp';
import { lower } from './runs';

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
