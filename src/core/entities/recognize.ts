/**
 * From names found to mentions and entities. Glossary names and rule proposals are merged here, short forms are
 * given to the entity the article names in full, namesakes are told apart by context, and nothing ambiguous is
 * silently merged: a short form that fits no named entity is dropped rather than guessed. Each step is a pass of its
 * own, in the order `findNames` runs them.
 */
import { adjacent } from '../match/name-matcher';
import { fold, toRaw } from '../text/normalize';
import type { Entity, EntityKind, Mention } from '../types';
import type { Proposal, Recognizer, TextContext } from './context';
import { dropFamilyDemonyms, familyMatcher, familyNamesAgain, glossaryFamilies, relinkFamilyNames } from './families';
import { found, isClaimed, type Found } from './found';
import type { Glossary } from './glossary';
import { glossaryNames } from './glossary-names';
import { generationAfter, markShortForms, resolveShortForms } from './short-forms';
import { isTagger, personFirst, sureName } from './tagger/recognizer';

/**
 * Rules whose names stand only where the model, when it has read the article, also reads a name over them (of any kind
 * and however unsure): a place noun before a word (`ar-place-noun`) and a title before a foreign-looking word
 * (`ar-title-foreign-name`) were right for 1 of 4 and 1 of 5 of their names on ANERcorp's development part. Other
 * Arabic rules stand alone: the model's doubt over an organisation head (`وزارة الدفاع`) is its corpus's convention,
 * and seconding it loses names on our held-out fixtures.
 */
const SECONDED_RULES: ReadonlySet<string> = new Set(['ar-place-noun', 'ar-title-foreign-name']);

/**
 * In English, the names the model must second: every organisation, and a place that rests on compromise's tags (its
 * `source` is the model's). Where the model reads no name over them, the English recogniser's organisations were right
 * for 9 of 93 on EWT's development part and 2 of 24 on GUM's (an acronym, `LOL`, `ISP`, or a capitalised common word),
 * compromise's places for 0 of 9 and 0 of 6; its people and the rules' places are right more often and stand alone.
 */
const secondedInEnglish = (p: Proposal) => p.kind === 'organization' || (p.kind === 'place' && p.source === 'model');

/**
 * How the model's reading joins the rules' in a language: which proposals need the model to read a name over them,
 * and when the rules stand alone all the same. In Arabic they stand where the model found no name at all (or there is
 * no tagger); in English only where there is no tagger: a model that read the article and found nothing seconds
 * nothing (sentence by sentence, where the model often finds none, this took EWT's development part from 64.3 to 66.0
 * and GUM's from 64.8 to 65.8 when only acronyms were seconded).
 */
const FUSION: Record<
  TextContext['lang'],
  { needsSecond: (p: Proposal) => boolean; standAlone: (modelRead: boolean, found: number) => boolean }
> = {
  ar: { needsSecond: (p) => !!p.rules?.some((r) => SECONDED_RULES.has(r)), standAlone: (_, found) => found === 0 },
  en: { needsSecond: secondedInEnglish, standAlone: (modelRead) => !modelRead },
};

export const ruleKey = (kind: EntityKind, name: string) => `${kind}:${fold(name)}`;

/** The article's mentions, in text order, and its entities by salience. */
export function recognize(
  ctx: TextContext,
  glossary: Glossary,
  recognizers: Recognizer[],
): { mentions: Mention[]; entities: Entity[] } {
  const { all, ruleNames } = findNames(ctx, glossary, recognizers);
  return { mentions: all.map((f) => mentionOf(ctx, f)), entities: entitiesOf(all, ctx, glossary, ruleNames) };
}

/** A mention and the passes and rules that made it: what `annotate --explain` prints. */
export interface ExplainedMention {
  mention: Mention;
  /** Pass and rule names, in the order they applied: `glossary`, `short-form`, `ar-titled-person`, `org-head`, … */
  why: string[];
}

/** The mentions `recognize` finds, each with why it was found: for `annotate --explain`, never in the annotations. */
export function explainEntities(ctx: TextContext, glossary: Glossary, recognizers: Recognizer[]): ExplainedMention[] {
  return findNames(ctx, glossary, recognizers).all.map((f) => ({ mention: mentionOf(ctx, f), why: f.why }));
}

/** Every pass in order: each claims the tokens it names, so a later pass never takes them again. */
function findNames(
  ctx: TextContext,
  glossary: Glossary,
  recognizers: Recognizer[],
): { all: Found[]; ruleNames: Map<string, Proposal> } {
  const claimed = new Uint8Array(ctx.tokens.length);
  const { full, shorts, demonyms } = glossaryNames(ctx, glossary, claimed);
  const families = glossaryFamilies(glossary, full);
  dropFamilyDemonyms(ctx, demonyms, families);
  const raw = fuseModel(
    ctx.lang,
    recognizers.flatMap((r) => r(ctx, claimed)),
    recognizers.some(isTagger),
  );
  const shortOfNamed = markShortForms(
    ctx,
    glossary,
    shorts,
    // Only a rule's person vouches for a short form: a model's guess over one word would hand it to a glossary namesake.
    raw.filter((p) => p.kind === 'person' && p.source === 'rule'),
    full,
  );
  organisationsTakePlaces(ctx.lang, raw, full, demonyms, claimed);
  if (ctx.lang === 'ar') peopleTakePlaces(raw, full, claimed);
  const { rules, ruleNames } = acceptProposals(ctx, raw, claimed, shortOfNamed, demonyms);
  claimDemonyms(demonyms, claimed);
  extendPeople(ctx, [...full, ...rules], claimed);
  const named = [...full, ...rules];
  const resolved = resolveShortForms(ctx, glossary, shorts, named, claimed);
  const local = familyMatcher(ruleNames, families);
  relinkFamilyNames(ctx, glossary, rules, local, named);
  resolved.push(...familyNamesAgain(ctx, local, named, ruleNames, claimed));
  const all = [...full, ...rules, ...resolved, ...demonyms].sort((a, b) => a.first - b.first);
  return { all, ruleNames };
}

/**
 * The proposals to accept: the model's sure names, and the rules' names but those the language's fusion has the model
 * second and it does not. The model's unsure names are its opinion only. `modelRead` says a tagger ran.
 */
function fuseModel(lang: TextContext['lang'], proposals: Proposal[], modelRead: boolean): Proposal[] {
  const reading = proposals.filter(isReading);
  const { needsSecond, standAlone } = FUSION[lang];
  const seconded = (p: Proposal) =>
    standAlone(modelRead, reading.length) ||
    !needsSecond(p) ||
    reading.some((m) => m.first <= p.last && m.last >= p.first);
  return proposals.filter((p) => (isReading(p) ? sureName(p, lang) : seconded(p)));
}

/** The tagger's names: compromise's, which the English recogniser also gives as the model's, carry the rules that weighed them. */
const isReading = (p: Proposal) => p.source === 'model' && !p.rules;

/** Arabic rules whose organisation is a place's very words: a paper (`« الشرق الأوسط »`), a club (`ليون الفرنسي`). */
const BY_PLACE_RULES: ReadonlySet<string> = new Set(['ar-quoted-place', 'ar-club-place']);

/**
 * An organisation named after a place (American University of Beirut, Central Bank of Iraq) is one name: it takes
 * the place and demonym hits inside it, never a person's or another organisation's. A model's organisation that a
 * rule's name overlaps takes nothing: the rule's name wins (`Lebanon's General Security` is a place and a body). In
 * Arabic a model's organisation also takes a place of the very same words: a club or a paper named by its city
 * (`أنقذ برشلونة`, `« الشرق الأوسط »`), which the model reads from the words around it (ANERcorp's development part
 * 67.5 → 68.1, NewsFANE's unseen sentences 76.2 → 76.6, our fixtures unchanged; in English it loses, EWT 63.9 → 63.6).
 * So does the rule's paper named by a region in quotation marks (`لـ«الشرق الأوسط»`, `ar-quoted-place`), and its club
 * named by a city (`ليون الفرنسي`, `ar-club-place`).
 */
function organisationsTakePlaces(
  lang: TextContext['lang'],
  raw: Proposal[],
  full: Found[],
  demonyms: Found[],
  claimed: Uint8Array,
): void {
  for (const p of raw) {
    if (p.kind !== 'organization') continue;
    const same = lang === 'ar' && (p.source === 'model' || !!p.rules?.some((r) => BY_PLACE_RULES.has(r)));
    const inside = (f: Found) =>
      f.first >= p.first && f.last <= p.last && (f.first > p.first || f.last < p.last || same);
    const overlaps = (f: Found | Proposal) => f.first <= p.last && f.last >= p.first;
    if (p.source === 'model' && raw.some((r) => r.source !== 'model' && overlaps(r))) continue;
    const hits = [...full, ...demonyms].filter(overlaps);
    if (!hits.length || !hits.every((f) => inside(f) && (f.kind === 'place' || f.kind === 'demonym'))) continue;
    for (const f of hits) {
      claimed.fill(0, f.first, f.last + 1);
      const list = f.kind === 'demonym' ? demonyms : full;
      list.splice(list.indexOf(f), 1);
    }
  }
}

/**
 * In Arabic a person the model is very sure of, of two words or more, takes a glossary place of one word inside it
 * where no rule's name overlaps it: the place's word is a name's (`كلاوس ايبرمان`, `أحمد أبو غزة`, `إسماعيل بن
 * الخليل`). Over the whole ANERcorp file such places were wrong all 6 times and the model's person right each time.
 */
function peopleTakePlaces(raw: Proposal[], full: Found[], claimed: Uint8Array): void {
  for (const p of raw) {
    if (!isReading(p) || !personFirst(p) || p.last === p.first) continue;
    const overlaps = (f: Found | Proposal) => f.first <= p.last && f.last >= p.first;
    if (raw.some((r) => r.source !== 'model' && overlaps(r))) continue;
    const hits = full.filter(overlaps);
    if (
      !hits.length ||
      !hits.every((f) => f.kind === 'place' && f.first === f.last && f.first >= p.first && f.last <= p.last)
    )
      continue;
    for (const f of hits) {
      claimed[f.first] = 0;
      full.splice(full.indexOf(f), 1);
    }
  }
}

/**
 * The recognisers' proposals over free tokens, the longest first where two start together. A short form of an entity
 * the article names outranks a model's guess and a lone word a rule found by its context; rule proposals of more
 * words, which rest on a title or a given name, still come first. A nisba may be a family name after a given name
 * (`وسيم المصري`); alone it is the demonym.
 */
function acceptProposals(
  ctx: TextContext,
  raw: Proposal[],
  claimed: Uint8Array,
  shortOfNamed: Uint8Array,
  demonyms: Found[],
): { rules: Found[]; ruleNames: Map<string, Proposal> } {
  const demonymAt = new Uint8Array(ctx.tokens.length);
  for (const d of demonyms) demonymAt.fill(1, d.first, d.last + 1);
  const proposals = raw.filter(
    (p) =>
      !isClaimed(claimed, p.first, p.last) &&
      !((p.source === 'model' || p.first === p.last) && isClaimed(shortOfNamed, p.first, p.last)) &&
      ((p.kind === 'person' && p.first < p.last) || !isClaimed(demonymAt, p.first, p.last)),
  );
  const rules: Found[] = [];
  const ruleNames = new Map<string, Proposal>();
  // Rule proposals before a model's, wherever they overlap: a rule rests on a title, a given name or a verb of saying,
  // and keeps the words it fired on; the model only adds names on tokens the rules left alone. A person the model is
  // very sure of ranks with the rules (`personFirst`): of two, the name that starts first, then the longer, wins. In
  // English it ranks before them: where it overlaps compromise's person of other words, the model's is right for 18 of
  // 22 on EWT's and GUM's development parts, compromise's for 2 of 14 (fused EWT 71.4 → 71.7, GUM 72.0 → 72.7).
  const rank = (p: Proposal) =>
    isReading(p) && personFirst(p) && ctx.lang === 'en' ? -1 : p.source === 'model' && !personFirst(p) ? 1 : 0;
  // In Arabic, of a rule's person and such a model's person of two words or more that start together but end apart,
  // the model's wins: where it ends sooner, the rule took a common word for the family name (`طلعت زكريا حلمه`). Over
  // the same words the rule's stands: it reads the name as written (`فاطمة`, not ف and `اطمة`).
  const knows = (p: Proposal) => (ctx.lang === 'ar' && personFirst(p) && p.last > p.first ? 1 : 0);
  const order = (a: Proposal, b: Proposal) =>
    rank(a) - rank(b) || a.first - b.first || (a.last !== b.last && knows(b) - knows(a)) || b.last - a.last;
  for (const p of proposals.sort(order)) {
    if (isClaimed(claimed, p.first, p.last)) continue;
    const key = ruleKey(p.kind, p.name);
    ruleNames.set(key, p);
    rules.push(found(p.first, p.last, p.kind, key, p.source, p.confidence, [...(p.rules ?? [p.source])]));
    claimed.fill(1, p.first, p.last + 1);
  }
  return { rules, ruleNames };
}

/** The demonyms no name took: claimed now, so that no later pass takes their tokens. */
function claimDemonyms(demonyms: Found[], claimed: Uint8Array): void {
  for (const d of [...demonyms]) {
    if (isClaimed(claimed, d.first, d.last)) demonyms.splice(demonyms.indexOf(d), 1);
    else claimed.fill(1, d.first, d.last + 1);
  }
}

/**
 * `إيلي معلوف الابن`: the word for son or father belongs to the name it follows; so does the house a name is often
 * written without (`تميم بن حمد آل ثاني`).
 */
function extendPeople(ctx: TextContext, people: Found[], claimed: Uint8Array): void {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  for (const f of people) {
    if (f.kind !== 'person') continue;
    const generation = generationAfter(text, tokens, f.last);
    const more = generation ? 1 : houseAfter(text, tokens, f.last) ? 2 : 0;
    if (!more || isClaimed(claimed, f.last + 1, f.last + more)) continue;
    claimed.fill(1, f.last + 1, f.last + more + 1);
    f.last += more;
    f.why.push(generation ? 'generation' : 'house');
  }
}

/** True where `آل` and a family word follow token `i` (`آل ثاني`, `آل سعود`): the house is part of the name. */
function houseAfter(text: string, tokens: TextContext['tokens'], i: number): boolean {
  const house = tokens[i + 1];
  const family = tokens[i + 2];
  return (
    !!family &&
    house.text === 'ال' &&
    family.arabic &&
    family.text.length >= 3 &&
    adjacent(text, tokens[i], house) &&
    adjacent(text, house, family)
  );
}

/** A found name as a mention over the raw text. */
function mentionOf(ctx: TextContext, f: Found): Mention {
  const { norm, tokens } = ctx;
  const { start, end } = toRaw(norm, tokens[f.first].start, tokens[f.last].end);
  return {
    start,
    end,
    text: norm.raw.slice(start, end),
    kind: f.kind,
    entity: f.key,
    source: f.source,
    confidence: f.confidence,
  };
}

/** The entities of the mentions: glossary cards or rule names, with mention counts and salience. */
function entitiesOf(all: Found[], ctx: TextContext, glossary: Glossary, ruleNames: Map<string, Proposal>): Entity[] {
  const byKey = new Map<string, Entity>();
  const titleEnd = ctx.blockStarts[1] ?? ctx.tokens.length;
  const raw = new Map<string, number>();
  for (const f of all) {
    let e = byKey.get(f.key);
    if (!e) {
      const g = glossary.byId.get(f.key);
      const entry = g === undefined ? undefined : glossary.entries[g];
      const rule = ruleNames.get(f.key);
      e = {
        key: f.key,
        kind: entry?.kind ?? (f.kind as EntityKind),
        names: entry ? { ar: entry.ar, en: entry.en } : { [ctx.lang]: rule && displayName(ctx, rule) },
        glossary: !!entry,
        mentions: 0,
        demonyms: 0,
        salience: 0,
      };
      byKey.set(f.key, e);
    }
    if (f.kind === 'demonym') e.demonyms++;
    else e.mentions++;
    // Salience: every mention counts, the headline and the opening count more.
    const weight = f.kind === 'demonym' ? 0.5 : 1;
    const position = f.first < titleEnd ? 2 : f.first < ctx.tokens.length * 0.2 ? 1.5 : 1;
    raw.set(f.key, (raw.get(f.key) ?? 0) + weight * position);
  }
  const top = Math.max(1, ...raw.values());
  for (const e of byKey.values()) e.salience = Math.round((raw.get(e.key)! / top) * 1000) / 1000;
  // A place named only through its demonyms stays, with no mentions: the UIs show cards for mentioned entities only.
  return [...byKey.values()].sort((a, b) => b.salience - a.salience);
}

/** A rule name as the page writes it (hamza, ta marbuta and all), without the proclitics the span carries. */
function displayName(ctx: TextContext, p: Proposal): string {
  const end = ctx.tokens[p.last].end;
  const span = toRaw(ctx.norm, end - p.name.length, end);
  return ctx.norm.raw.slice(span.start, span.end);
}
