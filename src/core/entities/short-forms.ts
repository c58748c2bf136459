/**
 * Short forms (`باسيل`, `Aoun`, `حفتر الابن`): given to the entity the article names in full, the nearest full
 * mention before winning, or to the one person a title or a rule says is meant. A short form that fits no named
 * entity is dropped rather than guessed.
 */
import { adjacent } from '../match/name-matcher';
import { inSetWithConj } from '../text/tokens';
import { FATHER as AR_FATHER, SON as AR_SON } from '../lexicon/ar/names';
import { SURNAME_TITLES as AR_SURNAME_TITLES } from '../lexicon/ar/titles';
import { FATHER as EN_FATHER, SON as EN_SON } from '../lexicon/en/names';
import { SURNAME_TITLES as EN_SURNAME_TITLES } from '../lexicon/en/titles';
import type { Proposal, TextContext } from './context';
import { found, isClaimed, nearest, type Found } from './found';
import type { FormRef, Glossary } from './glossary';
import type { Short } from './glossary-names';

/**
 * Gives each short form its one person where a title or a rule says a person is meant, and marks the tokens of short
 * forms of entities the article names: there a short form outranks a statistical guess over the same words (`منير
 * التزام`) and a lone word a rule found by its context (`وأضاف حفتر أنه`).
 */
export function markShortForms(
  ctx: TextContext,
  glossary: Glossary,
  shorts: Short[],
  people: Proposal[],
  full: Found[],
): Uint8Array {
  const { tokens } = ctx;
  const shortOfNamed = new Uint8Array(tokens.length);
  const fullKeys = new Set(full.map((f) => f.key));
  for (const s of shorts) {
    // A rule's longer name over the short form (`السيد محمود علي يوسف`) is someone else.
    const longer = people.some((p) => p.first <= s.first && p.last >= s.last && p.last - p.first > s.last - s.first);
    const exact = people.some((p) => p.first === s.first && p.last === s.last);
    // After a title a definite word is an adjective (`الوزير الضيف`, the visiting minister), not a family name.
    const titled =
      titleBefore(ctx.norm.text, tokens, s.first) && !(tokens[s.first].arabic && tokens[s.first].text.startsWith('ال'));
    if (!longer && (exact || titled)) s.person = onePerson(glossary, s.refs);
    if (s.person || s.refs.some((r) => fullKeys.has(glossary.entries[r.entry].id)))
      shortOfNamed.fill(1, s.first, s.last + 1);
  }
  return shortOfNamed;
}

/** The short forms still free, each given to the entity it names (`X الابن` to the son), else dropped. */
export function resolveShortForms(
  ctx: TextContext,
  glossary: Glossary,
  shorts: Short[],
  named: Found[],
  claimed: Uint8Array,
): Found[] {
  const resolved: Found[] = [];
  for (const s of shorts) {
    if (isClaimed(claimed, s.first, s.last)) continue;
    const candidates = s.refs.map((r) => glossary.entries[r.entry].id).filter((id) => named.some((f) => f.key === id));
    let last = s.last;
    const generation = generationAfter(ctx.norm.text, ctx.tokens, s.last);
    let pick: string | undefined;
    const why = ['short-form'];
    if (candidates.length > 1 && generation) {
      pick = pickGeneration(glossary, candidates, generation === 'son');
      if (pick) {
        last = s.last + 1;
        why.push('generation');
      }
    }
    pick ??=
      nearest(
        named.filter((f) => candidates.includes(f.key)),
        s.first,
      ) ?? s.person;
    if (!pick) continue;
    const kind = glossary.entries[glossary.byId.get(pick)!].kind;
    resolved.push(found(s.first, last, kind, pick, 'glossary', candidates.length > 1 ? 0.7 : 0.85, why));
    claimed.fill(1, s.first, last + 1);
  }
  return resolved;
}

/** `son` or `father` where the token after `i` says which generation a name means. */
export function generationAfter(text: string, tokens: TextContext['tokens'], i: number): 'son' | 'father' | undefined {
  const next = tokens[i + 1];
  if (!next || text.slice(tokens[i].end, next.start) !== ' ') return undefined;
  const w = next.text.toLowerCase();
  if (AR_SON.has(w) || EN_SON.has(w)) return 'son';
  return AR_FATHER.has(w) || EN_FATHER.has(w) ? 'father' : undefined;
}

/** The id of the one person among a short form's entries, or undefined where it names none or several. */
function onePerson(glossary: Glossary, refs: FormRef[]): string | undefined {
  const people = new Set(refs.map((r) => r.entry).filter((e) => glossary.entries[e].kind === 'person'));
  return people.size === 1 ? glossary.entries[[...people][0]].id : undefined;
}

/** True where a title stands right before token `i` (`الرئيس بري`, `والرئيس`, `President Aoun`). */
function titleBefore(text: string, tokens: TextContext['tokens'], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !adjacent(text, before, tokens[i])) return false;
  const w = before.text.toLowerCase();
  return inSetWithConj(AR_SURNAME_TITLES, w) || inSetWithConj(EN_SURNAME_TITLES, w);
}

/** `X الابن` is the candidate whose parent is also a candidate; `X الأب` is that parent. */
function pickGeneration(glossary: Glossary, ids: string[], son: boolean): string | undefined {
  const parentOf = (id: string) => glossary.entries[glossary.byId.get(id)!].parent;
  if (son) return ids.find((id) => ids.includes(parentOf(id) ?? ''));
  return ids.find((id) => ids.some((other) => parentOf(other) === id));
}
