/**
 * From names found to mentions and entities. Glossary names and rule proposals are merged here, short forms are
 * given to the entity the article names in full, namesakes are told apart by context, and nothing ambiguous is
 * silently merged: a short form that fits no named entity is dropped rather than guessed.
 */
import { FORM_CONTEXT, FORM_DEMONYM, FORM_NAME, FORM_SHORT, FORM_TITLED } from '../glossary-index';
import { adjacent, NameMatcher } from '../match/name-matcher';
import { fold, toRaw } from '../text/normalize';
import { inSetWithConj } from '../text/tokens';
import { PLACE_CONTEXT, SURNAME_TITLES } from '../text/titles';
import type { Entity, EntityKind, Mention, MentionKind, MentionSource } from '../types';
import type { Proposal, Recognizer, TextContext } from './context';
import type { FormRef, Glossary } from './glossary';

interface Found {
  first: number;
  last: number;
  kind: MentionKind;
  key: string;
  source: MentionSource;
  confidence: number;
}

/** Words after a family name that say which generation is meant: `حفتر الابن`, `الأسد الأب`. */
const SON = new Set(['الابن', 'jr']);
const FATHER = new Set(['الاب', 'sr']);

/** `son` or `father` where the token after `i` says which generation a name means. */
function generationAfter(text: string, tokens: TextContext['tokens'], i: number): 'son' | 'father' | undefined {
  const next = tokens[i + 1];
  if (!next || text.slice(tokens[i].end, next.start) !== ' ') return undefined;
  const w = next.text.toLowerCase();
  return SON.has(w) ? 'son' : FATHER.has(w) ? 'father' : undefined;
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
  return inSetWithConj(SURNAME_TITLES, before.text.toLowerCase());
}

/** True where the word before tokens `first..last` says a place is meant and no definite word follows in construct. */
function placeMeant(text: string, tokens: TextContext['tokens'], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!before || !adjacent(text, before, tokens[first])) return false;
  if (after && after.arabic && after.text.startsWith('ال') && adjacent(text, tokens[last], after)) return false;
  return inSetWithConj(PLACE_CONTEXT, before.text);
}

/** True where `بن`, `ابن` or `بنت` stands right before token `i`: what follows is a father's name. */
function patronym(text: string, tokens: TextContext['tokens'], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && ['بن', 'ابن', 'بنت'].includes(before.text) && adjacent(text, before, tokens[i]);
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

export const ruleKey = (kind: EntityKind, name: string) => `${kind}:${fold(name)}`;

export function recognize(
  ctx: TextContext,
  glossary: Glossary,
  recognizers: Recognizer[],
): { mentions: Mention[]; entities: Entity[] } {
  const { norm, tokens } = ctx;
  const text = norm.text;
  const claimed = new Uint8Array(tokens.length);
  const full: Found[] = [];
  /**
   * `person`: the one person a short form names where its context says a person is meant, a title before it (`الرئيس
   * بري`) or a rule that found a person in it (`وقال بري إن`), with or without the full name in the article; a family
   * name several share (`الحريري`) still needs the full name.
   */
  const shorts: { first: number; last: number; refs: FormRef[]; person?: string }[] = [];
  const demonyms: Found[] = [];

  let covered = -1;
  for (let hit of glossary.matcher.matchAll(text, tokens)) {
    if (hit.first <= covered) continue;
    // English names are capitalised word by word; a lowercase word that spells a name is a common noun ("turkey",
    // "district"), though the small words inside a name are not ("Bank of Lebanon", "al-Sharaa").
    if (!tokens[hit.first].arabic && !capitalised(tokens, hit.first, hit.last)) continue;
    let names = hit.values.filter((v) => v.form === FORM_NAME);
    const titled = hit.values.filter((v) => v.form === FORM_TITLED);
    // `في صور` is Tyre, `صور الأقمار` pictures: a name that is also a word needs the words around it to say so, or a
    // place it is joined to (`بحمدون وعاليه`).
    const context = names.length || titled.length ? [] : hit.values.filter((v) => v.form === FORM_CONTEXT);
    if (context.length) {
      const prev = full[full.length - 1];
      const joined =
        !!prev && prev.kind === 'place' && prev.last === hit.first - 1 && /^و/.test(tokens[hit.first].text);
      if (joined || placeMeant(text, tokens, hit.first, hit.last)) names = context;
    }
    if (!names.length && titled.length) {
      // `Sheikh Mishal al-Ahmad al-Jaber al-Sabah`: the full name after the title reaches further than the titled form.
      const inner = glossary.matcher.matchAt(text, tokens, hit.first + titled[0].skip);
      const innerNames = inner?.values.filter((v) => v.form === FORM_NAME) ?? [];
      if (inner && inner.last > hit.last && innerNames.length) {
        hit = inner;
        names = innerNames;
      }
    }
    const dems = hit.values.filter((v) => v.form === FORM_DEMONYM);
    if (names.length || titled.length) {
      const refs = names.length ? names : titled;
      const entry = chooseNamesake(glossary, refs, full);
      // `أحمد بن محمد بن راشد`: a name after بن is the father's; the person is the son, whom the rules name whole.
      if (glossary.entries[entry].kind === 'person' && patronym(text, tokens, hit.first)) continue;
      // A titled form (King Salman) is matched whole and highlighted without its title.
      const first = hit.first + (names.length ? 0 : titled[0].skip);
      full.push(
        found(
          first,
          hit.last,
          glossary.entries[entry].kind,
          glossary.entries[entry].id,
          'glossary',
          refs.length > 1 ? 0.8 : 1,
        ),
      );
      claimed.fill(1, first, hit.last + 1);
      covered = hit.last;
    } else if (dems.length) {
      // Not claimed yet: a nisba is also a family name (`وسيم المصري`), which a person rule may take.
      demonyms.push(found(hit.first, hit.last, 'demonym', glossary.entries[dems[0].entry].id, 'glossary', 0.9));
    } else {
      const refs = hit.values.filter((v) => v.form === FORM_SHORT);
      if (refs.length) shorts.push({ first: hit.first, last: hit.last, refs });
    }
  }

  // The family names of the glossary people named in full, once each: for the demonym one may spell and for naming
  // them again further on. `السوداني` after `محمد شياع السوداني` is the man again, not the demonym of Sudan; after a
  // definite noun it agrees with it as an adjective (`الجانب السوداني`) and stays the demonym.
  const families = new Map<string, { ar: string[]; en: string[] }>();
  for (const f of full) {
    if (f.kind !== 'person' || families.has(f.key)) continue;
    const e = glossary.entries[glossary.byId.get(f.key)!];
    families.set(f.key, { ar: familyForms(e.ar), en: familyForms(e.en) });
  }
  const familyNames = new Set([...families.values()].flatMap((f) => f.ar));
  const adjective = (i: number) => i > 0 && /^(?:[وفبك]?ال|لل)/.test(tokens[i - 1].text);
  for (const d of [...demonyms])
    if (d.first === d.last && familyNames.has(tokens[d.first].text) && !adjective(d.first))
      demonyms.splice(demonyms.indexOf(d), 1);

  // A short form of an entity the article names in full (`منير` after `عاصم منير`) outranks a statistical guess over
  // the same words (`منير التزام`) and a lone word a rule found by its context (`وأضاف حفتر أنه`); rule proposals of
  // more words, which rest on a title or a given name, still come first.
  const shortOfNamed = new Uint8Array(tokens.length);
  const fullKeys = new Set(full.map((f) => f.key));
  const raw = recognizers.flatMap((r) => r(ctx, claimed));
  // Only a rule's person vouches for a short form: a model's guess over one word would hand it to a glossary namesake.
  const people = raw.filter((p) => p.kind === 'person' && p.source === 'rule');
  for (const s of shorts) {
    // A rule's longer name over the short form (`السيد محمود علي يوسف`) is someone else.
    const longer = people.some((p) => p.first <= s.first && p.last >= s.last && p.last - p.first > s.last - s.first);
    const exact = people.some((p) => p.first === s.first && p.last === s.last);
    // After a title a definite word is an adjective (`الوزير الضيف`, the visiting minister), not a family name.
    const titled =
      titleBefore(text, tokens, s.first) && !(tokens[s.first].arabic && tokens[s.first].text.startsWith('ال'));
    if (!longer && (exact || titled)) s.person = onePerson(glossary, s.refs);
    if (s.person || s.refs.some((r) => fullKeys.has(glossary.entries[r.entry].id)))
      shortOfNamed.fill(1, s.first, s.last + 1);
  }
  // An organisation named after a place (American University of Beirut, Central Bank of Iraq) is one name: it takes
  // the place and demonym hits inside it, never a person's or another organisation's.
  for (const p of raw) {
    if (p.kind !== 'organization') continue;
    const inside = (f: Found) => f.first >= p.first && f.last <= p.last && (f.first > p.first || f.last < p.last);
    const overlaps = (f: Found) => f.first <= p.last && f.last >= p.first;
    const hits = [...full, ...demonyms].filter(overlaps);
    if (!hits.length || !hits.every((f) => inside(f) && (f.kind === 'place' || f.kind === 'demonym'))) continue;
    for (const f of hits) {
      claimed.fill(0, f.first, f.last + 1);
      const list = f.kind === 'demonym' ? demonyms : full;
      list.splice(list.indexOf(f), 1);
    }
  }
  const demonymAt = new Uint8Array(tokens.length);
  for (const d of demonyms) demonymAt.fill(1, d.first, d.last + 1);
  const proposals = raw.filter(
    (p) =>
      !isClaimed(claimed, p.first, p.last) &&
      !((p.source === 'model' || p.first === p.last) && isClaimed(shortOfNamed, p.first, p.last)) &&
      // A nisba may be a family name after a given name (`وسيم المصري`); alone it is the demonym.
      ((p.kind === 'person' && p.first < p.last) || !isClaimed(demonymAt, p.first, p.last)),
  );
  const rules: Found[] = [];
  const ruleNames = new Map<string, Proposal>();
  // Rule proposals before a model's, wherever they overlap: a rule rests on a title, a given name or a verb of saying,
  // and keeps the words it fired on; the model only adds names on tokens the rules left alone.
  const byModel = (p: Proposal) => (p.source === 'model' ? 1 : 0);
  for (const p of proposals.sort((a, b) => byModel(a) - byModel(b) || a.first - b.first || b.last - a.last)) {
    if (isClaimed(claimed, p.first, p.last)) continue;
    const key = ruleKey(p.kind, p.name);
    ruleNames.set(key, p);
    rules.push(found(p.first, p.last, p.kind, key, p.source, p.confidence));
    claimed.fill(1, p.first, p.last + 1);
  }
  for (const d of [...demonyms]) {
    if (isClaimed(claimed, d.first, d.last)) demonyms.splice(demonyms.indexOf(d), 1);
    else claimed.fill(1, d.first, d.last + 1);
  }
  // `إيلي معلوف الابن`: the word for son or father belongs to the name it follows; so does the house a name is often
  // written without (`تميم بن حمد آل ثاني`).
  for (const f of [...full, ...rules]) {
    if (f.kind !== 'person') continue;
    const more = generationAfter(text, tokens, f.last) ? 1 : houseAfter(text, tokens, f.last) ? 2 : 0;
    if (!more || isClaimed(claimed, f.last + 1, f.last + more)) continue;
    claimed.fill(1, f.last + 1, f.last + more + 1);
    f.last += more;
  }

  // Short forms: only entities the article names in full, the nearest full mention before winning.
  const named = [...full, ...rules];
  const resolved: Found[] = [];
  for (const s of shorts) {
    if (isClaimed(claimed, s.first, s.last)) continue;
    const candidates = s.refs.map((r) => glossary.entries[r.entry].id).filter((id) => named.some((f) => f.key === id));
    let last = s.last;
    const generation = generationAfter(text, tokens, s.last);
    let pick: string | undefined;
    if (candidates.length > 1 && generation) {
      pick = pickGeneration(glossary, candidates, generation === 'son');
      if (pick) last = s.last + 1;
    }
    pick ??=
      nearest(
        named.filter((f) => candidates.includes(f.key)),
        s.first,
      ) ?? s.person;
    if (!pick) continue;
    const kind = glossary.entries[glossary.byId.get(pick)!].kind;
    resolved.push(found(s.first, last, kind, pick, 'glossary', candidates.length > 1 ? 0.7 : 0.85));
    claimed.fill(1, s.first, last + 1);
  }

  // A person named in full is named again by the family name alone (`أبو سعيدة`, `المهدوي`, `كرامي` after `ريما
  // كرامي`), whether a rule found them or the glossary knows them without listing that short form.
  const local = new NameMatcher<string>();
  for (const [key, p] of ruleNames) if (p.kind === 'person') for (const f of familyForms(p.name)) local.add(f, key);
  for (const [key, { ar, en }] of families) for (const form of [...ar, ...en]) local.add(form, key);
  // A rule name that is only the family name of someone named before (`عبد الله` after `قاسم عبد الله`) is them.
  for (const f of rules) {
    const hit = f.kind === 'person' ? local.matchAt(text, tokens, f.first) : undefined;
    if (!hit || hit.last !== f.last) continue;
    const key = nearest(
      named.filter((r) => r.first < f.first && r.key !== f.key && hit.values.includes(r.key)),
      f.first,
    );
    if (!key) continue;
    f.key = key;
    if (glossary.byId.has(key)) f.source = 'glossary';
  }
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const hit = local.matchAt(text, tokens, i);
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
    resolved.push(
      p
        ? found(hit.first, hit.last, p.kind, key, p.source, p.confidence * 0.8)
        : found(hit.first, hit.last, 'person', key, 'glossary', 0.75),
    );
    claimed.fill(1, hit.first, hit.last + 1);
    i = hit.last;
  }

  const all = [...full, ...rules, ...resolved, ...demonyms].sort((a, b) => a.first - b.first);
  const mentions = all.map((f): Mention => {
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
  });
  return { mentions, entities: entitiesOf(all, ctx, glossary, ruleNames) };
}

function found(
  first: number,
  last: number,
  kind: MentionKind,
  key: string,
  source: MentionSource,
  confidence: number,
): Found {
  return { first, last, kind, key, source, confidence };
}

/** Words that stay lowercase inside an English name. */
const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'on',
  'in',
  'to',
]);
/** The lowercase particles a name may open with (`bin Laden`, `von der Leyen`). */
const OPENERS = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'de', 'du', 'da', 'di', 'la', 'le']);

/** True where an English match is written as a name: capitalised words, joined or opened by lowercase particles. */
function capitalised(tokens: TextContext['tokens'], first: number, last: number): boolean {
  let capital = false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text;
    if (/^[\p{Lu}\p{N}]/u.test(w) || /^(al|el)-\p{Lu}/u.test(w)) capital = true;
    else if (!(i > first ? CONNECTORS : OPENERS).has(w.toLowerCase())) return false;
  }
  return capital;
}

function isClaimed(claimed: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (claimed[i]) return true;
  return false;
}

/** Between namesakes (طرابلس in Lebanon or Libya), the one whose country or region the article names. */
function chooseNamesake(glossary: Glossary, refs: FormRef[], named: Found[]): number {
  if (refs.length === 1) return refs[0].entry;
  const present = new Set(named.map((f) => f.key));
  const score = (r: FormRef) => {
    const e = glossary.entries[r.entry];
    return (e.related ?? []).filter((id) => present.has(id)).length;
  };
  return refs.reduce((best, r) => (score(r) > score(best) ? r : best)).entry;
}

/** `X الابن` is the candidate whose parent is also a candidate; `X الأب` is that parent. */
function pickGeneration(glossary: Glossary, ids: string[], son: boolean): string | undefined {
  const parentOf = (id: string) => glossary.entries[glossary.byId.get(id)!].parent;
  if (son) return ids.find((id) => ids.includes(parentOf(id) ?? ''));
  return ids.find((id) => ids.some((other) => parentOf(other) === id));
}

function nearest(candidates: Found[], at: number): string | undefined {
  const before = candidates.filter((f) => f.last < at).sort((a, b) => b.last - a.last)[0];
  return (before ?? candidates.filter((f) => f.first > at).sort((a, b) => a.first - b.first)[0])?.key;
}

/** The forms a person's family name takes alone: the last word, or `أبو X` / `ابن X` / `al-X` as a unit. */
function familyForms(name: string): string[] {
  const words = fold(name).split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (['ابو', 'ابن', 'بن', 'بو', 'عبد', 'abu', 'ibn', 'bin', 'el', 'al'].includes(before.toLowerCase()))
    return [`${before} ${last}`];
  // `al-Sudani` is also written `Sudani` alone ("Sudani's office").
  const bare = /^(al|el)-(.{3,})$/i.exec(last)?.[2];
  return last.length >= 3 ? [last, ...(bare ? [bare[0].toUpperCase() + bare.slice(1)] : [])] : [];
}

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
