/**
 * Family names: a person named in full is named again by the family name alone (`أبو سعيدة`, `المهدوي`, `كرامي`
 * after `ريما كرامي`, `Sudani` after `Mohammed Shia al-Sudani`), whether a rule found them or the glossary knows them
 * without listing that short form.
 */
import { NameMatcher } from '../match/name-matcher';
import { fold } from '../text/normalize';
import { FAMILY_PARTICLES as AR_FAMILY_PARTICLES } from '../lexicon/ar/names';
import { FAMILY_PARTICLES as EN_FAMILY_PARTICLES } from '../lexicon/en/names';
import type { Proposal, TextContext } from './context';
import { found, isClaimed, nearest, type Found } from './found';
import type { Glossary } from './glossary';

/** The family forms of each glossary person named in full, by the person's id: worked out once per article. */
export type Families = Map<string, { ar: string[]; en: string[] }>;

/** The family forms of the glossary people named in full, once each. */
export function glossaryFamilies(glossary: Glossary, full: Found[]): Families {
  const families: Families = new Map();
  for (const f of full) {
    if (f.kind !== 'person' || families.has(f.key)) continue;
    const e = glossary.entries[glossary.byId.get(f.key)!];
    families.set(f.key, { ar: familyForms(e.ar), en: familyForms(e.en) });
  }
  return families;
}

/**
 * `السوداني` after `محمد شياع السوداني` is the man again, not the demonym of Sudan: a lone demonym that spells the
 * family name of a person named in full is dropped, unless a definite noun before it makes it an adjective that
 * agrees with it (`الجانب السوداني`).
 */
export function dropFamilyDemonyms(ctx: TextContext, demonyms: Found[], families: Families): void {
  const { tokens } = ctx;
  const familyNames = new Set([...families.values()].flatMap((f) => f.ar));
  const adjective = (i: number) => i > 0 && /^(?:[وفبك]?ال|لل)/.test(tokens[i - 1].text);
  for (const d of [...demonyms])
    if (d.first === d.last && familyNames.has(tokens[d.first].text) && !adjective(d.first))
      demonyms.splice(demonyms.indexOf(d), 1);
}

/** A matcher of the family forms of every person named in full, by rule (`ruleNames`) or by the glossary. */
export function familyMatcher(ruleNames: Map<string, Proposal>, families: Families): NameMatcher<string> {
  const local = new NameMatcher<string>();
  for (const [key, p] of ruleNames) if (p.kind === 'person') for (const f of familyForms(p.name)) local.add(f, key);
  for (const [key, { ar, en }] of families) for (const form of [...ar, ...en]) local.add(form, key);
  return local;
}

/** A rule name that is only the family name of someone named before (`عبد الله` after `قاسم عبد الله`) is them. */
export function relinkFamilyNames(
  ctx: TextContext,
  glossary: Glossary,
  rules: Found[],
  local: NameMatcher<string>,
  named: Found[],
): void {
  for (const f of rules) {
    const hit = f.kind === 'person' ? local.matchAt(ctx.norm.text, ctx.tokens, f.first) : undefined;
    if (!hit || hit.last !== f.last) continue;
    const key = nearest(
      named.filter((r) => r.first < f.first && r.key !== f.key && hit.values.includes(r.key)),
      f.first,
    );
    if (!key) continue;
    f.key = key;
    f.why.push('family-name');
    if (glossary.byId.has(key)) f.source = 'glossary';
  }
}

/** The family names still free in the article, each given to the person it names (the nearest before of two). */
export function familyNamesAgain(
  ctx: TextContext,
  local: NameMatcher<string>,
  named: Found[],
  ruleNames: Map<string, Proposal>,
  claimed: Uint8Array,
): Found[] {
  const { tokens } = ctx;
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const hit = local.matchAt(ctx.norm.text, tokens, i);
    if (!hit || isClaimed(claimed, hit.first, hit.last)) continue;
    // Two people of one family: the one named nearest before.
    const key =
      hit.values.length === 1
        ? hit.values[0]
        : nearest(
            named.filter((f) => hit.values.includes(f.key)),
            hit.first,
          );
    // Not right after that person's own name, which it only ends (`Mishal al-Ahmad al-Jaber al-Sabah`).
    if (!key || (hit.first > 0 && named.some((f) => f.key === key && f.last === hit.first - 1))) continue;
    const p = ruleNames.get(key);
    out.push(
      p
        ? found(hit.first, hit.last, p.kind, key, p.source, p.confidence * 0.8, ['family-name'])
        : found(hit.first, hit.last, 'person', key, 'glossary', 0.75, ['family-name']),
    );
    claimed.fill(1, hit.first, hit.last + 1);
    i = hit.last;
  }
  return out;
}

/** The forms a person's family name takes alone: the last word, or `أبو X` / `ابن X` / `al-X` as a unit. */
function familyForms(name: string): string[] {
  const words = fold(name).split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  const particle = before.toLowerCase();
  if (AR_FAMILY_PARTICLES.has(particle) || EN_FAMILY_PARTICLES.has(particle)) return [`${before} ${last}`];
  // `al-Sudani` is also written `Sudani` alone ("Sudani's office").
  const bare = /^(al|el)-(.{3,})$/i.exec(last)?.[2];
  return last.length >= 3 ? [last, ...(bare ? [bare[0].toUpperCase() + bare.slice(1)] : [])] : [];
}
