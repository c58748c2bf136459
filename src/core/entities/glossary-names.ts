/**
 * The glossary's names in the article: full names and titled forms, places that are also everyday words where the
 * words around them say a place is meant, demonyms, and the short forms left for `short-forms.ts` to resolve.
 */
import { FORM_CONTEXT, FORM_DEMONYM, FORM_NAME, FORM_SHORT, FORM_TITLED } from '../glossary-index';
import { adjacent } from '../match/name-matcher';
import { inSetWithConj } from '../text/tokens';
import { writtenLast } from '../text/normalize';
import { PATRONYMIC } from '../lexicon/ar/names';
import { PLACE_CONTEXT } from '../lexicon/ar/places';
import { GLOSSARY_CONNECTORS, NAME_OPENERS } from '../lexicon/en/names';
import { placeInPhrase, prayerHour } from './arabic/place-words';
import type { TextContext } from './context';
import { found, type Found } from './found';
import type { FormRef, Glossary } from './glossary';

/**
 * A short form of one or more glossary entries (`باسيل`, `الحريري`). `person` is the one person it names where its
 * context says a person is meant, a title before it (`الرئيس بري`) or a rule that found a person in it (`وقال بري
 * إن`), with or without the full name in the article; a family name several share (`الحريري`) still needs the full
 * name.
 */
export interface Short {
  first: number;
  last: number;
  refs: FormRef[];
  person?: string;
}

type Hit = NonNullable<ReturnType<Glossary['matcher']['matchAt']>>;

/** Every glossary hit, left to right: full names are claimed; demonyms and short forms wait for the rules. */
export function glossaryNames(
  ctx: TextContext,
  glossary: Glossary,
  claimed: Uint8Array,
): { full: Found[]; shorts: Short[]; demonyms: Found[] } {
  const { tokens } = ctx;
  const text = ctx.norm.text;
  const full: Found[] = [];
  const shorts: Short[] = [];
  const demonyms: Found[] = [];
  let covered = -1;
  for (let hit of glossary.matcher.matchAll(text, tokens)) {
    if (hit.first <= covered) continue;
    // English names are capitalised word by word; a lowercase word that spells a name is a common noun ("turkey",
    // "district"), though the small words inside a name are not ("Bank of Lebanon", "al-Sharaa").
    if (!tokens[hit.first].arabic && !capitalised(tokens, hit.first, hit.last)) continue;
    let names = hit.values.filter((v) => v.form === FORM_NAME);
    const titled = hit.values.filter((v) => v.form === FORM_TITLED);
    const plain = names.length > 0;
    if (!names.length && !titled.length) names = inContext(ctx, hit, full);
    if (names.length && notTheName(ctx, glossary, hit, names)) {
      // A word, not the name it spells: no other pass may read a name there either.
      claimed.fill(1, hit.first, hit.last + 1);
      covered = hit.last;
      continue;
    }
    if (!names.length && titled.length) [hit, names] = longerAfterTitle(ctx, glossary, hit, titled[0].skip);
    const dems = hit.values.filter((v) => v.form === FORM_DEMONYM);
    if (names.length || titled.length) {
      const refs = names.length ? names : titled;
      const entry = chooseNamesake(glossary, refs, full);
      // `أحمد بن محمد بن راشد`: a name after بن is the father's; the person is the son, whom the rules name whole.
      if (glossary.entries[entry].kind === 'person' && patronym(text, tokens, hit.first)) continue;
      // A titled form (King Salman) is matched whole and highlighted without its title.
      const first = hit.first + (names.length ? 0 : titled[0].skip);
      const { kind, id } = glossary.entries[entry];
      // Not claimed: the phrase the place's word belongs to (`ديلي ميل`) is left for the rules to name.
      if (kind === 'place' && tokens[first].arabic && placeInPhrase(text, tokens, first, hit.last)) continue;
      const why = [plain ? 'glossary' : titled.length ? 'glossary-titled' : 'glossary-in-context'];
      if (refs.length > 1) why.push('namesakes');
      full.push(found(first, hit.last, kind, id, 'glossary', refs.length > 1 ? 0.8 : 1, why));
      claimed.fill(1, first, hit.last + 1);
      covered = hit.last;
    } else if (dems.length) {
      // Not claimed yet: a nisba is also a family name (`وسيم المصري`), which a person rule may take.
      const id = glossary.entries[dems[0].entry].id;
      demonyms.push(found(hit.first, hit.last, 'demonym', id, 'glossary', 0.9, ['glossary-demonym']));
    } else {
      const refs = hit.values.filter((v) => v.form === FORM_SHORT);
      if (refs.length) shorts.push({ first: hit.first, last: hit.last, refs });
    }
  }
  return { full, shorts, demonyms };
}

/**
 * `في صور` is Tyre, `صور الأقمار` pictures: a name that is also a word counts where the words around it say so, or
 * where it is joined to a place (`بحمدون وعاليه`). The hit's word-like forms where it counts, else none.
 */
function inContext(ctx: TextContext, hit: Hit, full: Found[]): FormRef[] {
  const { tokens } = ctx;
  const context = hit.values.filter((v) => v.form === FORM_CONTEXT);
  if (!context.length) return [];
  const prev = full[full.length - 1];
  const joined = !!prev && prev.kind === 'place' && prev.last === hit.first - 1 && /^و/.test(tokens[hit.first].text);
  return joined || placeMeant(ctx.norm.text, tokens, hit.first, hit.last) ? context : [];
}

/**
 * `Sheikh Mishal al-Ahmad al-Jaber al-Sabah`: the full name after a titled form's title reaches further than the
 * titled form. That longer hit and its names, else the titled hit and none.
 */
function longerAfterTitle(ctx: TextContext, glossary: Glossary, hit: Hit, skip: number): [Hit, FormRef[]] {
  const inner = glossary.matcher.matchAt(ctx.norm.text, ctx.tokens, hit.first + skip);
  const innerNames = inner?.values.filter((v) => v.form === FORM_NAME) ?? [];
  return inner && inner.last > hit.last && innerNames.length ? [inner, innerNames] : [hit, []];
}

/** True where an English match is written as a name: capitalised words, joined or opened by lowercase particles. */
function capitalised(tokens: TextContext['tokens'], first: number, last: number): boolean {
  let capital = false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text;
    if (/^[\p{Lu}\p{N}]/u.test(w) || /^(al|el)-\p{Lu}/u.test(w)) capital = true;
    else if (!(i > first ? GLOSSARY_CONNECTORS : NAME_OPENERS).has(w.toLowerCase())) return false;
  }
  return capital;
}

/** True where the word before tokens `first..last` says a place is meant and no definite word follows in construct. */
function placeMeant(text: string, tokens: TextContext['tokens'], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!before || !adjacent(text, before, tokens[first])) return false;
  if (after && after.arabic && after.text.startsWith('ال') && adjacent(text, tokens[last], after)) return false;
  return inSetWithConj(PLACE_CONTEXT, before.text);
}

/**
 * `وجده` (found him) and `جده` (his grandfather) spell Jeddah but for the last letter, which the page wrote as ha where
 * the name has ta marbuta: the press writes the name's own letter, so such a word is a word with its pronoun, not the
 * place, unless the words around it say a place is meant (`في جده`). After a prayer or its call the word is the hour
 * (`صلاة المغرب`, not Morocco).
 */
function notTheName(ctx: TextContext, glossary: Glossary, hit: Hit, names: FormRef[]): boolean {
  const last = ctx.tokens[hit.last];
  if (!last.arabic) return false;
  if (prayerHour(ctx.norm.text, ctx.tokens, hit.first)) return true;
  if (writtenLast(ctx.norm, last) !== 'ه') return false;
  const placeWithTaMarbuta = (r: FormRef) => {
    const e = glossary.entries[r.entry];
    return e.kind === 'place' && e.ar.endsWith('ة');
  };
  return names.every(placeWithTaMarbuta) && !placeMeant(ctx.norm.text, ctx.tokens, hit.first, hit.last);
}

/** True where `بن`, `ابن` or `بنت` stands right before token `i`: what follows is a father's name. */
function patronym(text: string, tokens: TextContext['tokens'], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && PATRONYMIC.has(before.text) && adjacent(text, before, tokens[i]);
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
