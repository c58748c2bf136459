/**
 * `npm run glossary:check`: every source entry valid — schema, unique ids, both languages, no name claimed by two
 * entries unless both mark it ambiguous, valid dates, related ids that exist, descriptions under 200 characters.
 * Prints each error with its file and id; the last line is JSON with the counts. Exits 1 on any error.
 */
import { fold } from '../core/text/normalize';
import { ENTITY_KINDS } from '../core/types';
import { readSources } from './load-node';
import type { GlossaryEntry, LocalNames } from './schema';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const KINDS: readonly string[] = ENTITY_KINDS;

export interface CheckResult {
  entries: number;
  person: number;
  place: number;
  organization: number;
  errors: string[];
}

export function checkGlossary(sources: { file: string; entries: GlossaryEntry[] }[]): CheckResult {
  const errors: string[] = [];
  const ids = new Map<string, string>();
  const all = sources.flatMap((s) =>
    Array.isArray(s.entries)
      ? s.entries.map((e) => ({ file: s.file, e }))
      : (errors.push(`${s.file}: not an array`), []),
  );
  for (const { file, e } of all) checkEntry(e, `${file}: ${e?.id ?? '(no id)'}`, ids, file, errors);
  for (const { file, e } of all) {
    for (const id of [...(e?.related ?? []), ...(e?.parent ? [e.parent] : [])])
      if (!ids.has(id)) errors.push(`${file}: ${e.id}: related id ${id} has no entry`);
  }
  // A full name or alias claimed by two entries must be marked ambiguous on both.
  const owners = new Map<string, GlossaryEntry[]>();
  for (const { e } of all) {
    for (const lang of ['ar', 'en'] as const) {
      const names = e?.[lang];
      if (!names) continue;
      for (const n of new Set(
        [names.name, ...(names.aliases ?? []), ...(names.titled ?? [])].map((x) =>
          lang === 'en' ? fold(x).toLowerCase() : fold(x),
        ),
      )) {
        owners.set(n, [...(owners.get(n) ?? []), e]);
      }
    }
  }
  for (const [name, es] of owners) {
    if (es.length < 2) continue;
    const unmarked = es.filter(
      (e) => !e.ambiguous?.some((a) => fold(a.name).toLowerCase() === name.toLowerCase() && a.resolution?.trim()),
    );
    if (unmarked.length)
      errors.push(
        `name "${name}" is claimed by ${es.map((e) => e.id).join(', ')}; unmarked in ${unmarked.map((e) => e.id).join(', ')}`,
      );
  }
  const count = (k: string) => all.filter(({ e }) => e?.kind === k).length;
  return {
    entries: all.length,
    person: count('person'),
    place: count('place'),
    organization: count('organization'),
    errors,
  };
}

function checkNames(n: LocalNames | undefined, lang: 'ar' | 'en', at: string, errors: string[]): void {
  if (!n || typeof n.name !== 'string' || !n.name.trim()) return void errors.push(`${at}: ${lang}.name is missing`);
  const script = lang === 'ar' ? /[\u0600-\u06ff]/ : /[A-Za-z]/;
  if (!script.test(n.name))
    errors.push(`${at}: ${lang}.name "${n.name}" is not in ${lang === 'ar' ? 'Arabic' : 'Latin'} script`);
  const d = n.description;
  if (typeof d !== 'string' || !d.trim()) errors.push(`${at}: ${lang}.description is missing`);
  else if (d.length >= 200) errors.push(`${at}: ${lang}.description is ${d.length} characters (under 200)`);
  for (const f of ['aliases', 'short', 'titled', 'wordlike'] as const) {
    const v = n[f];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())))
      errors.push(`${at}: ${lang}.${f} must be a list of names`);
  }
  for (const w of n.wordlike ?? [])
    if (w !== n.name && !n.aliases?.includes(w))
      errors.push(`${at}: ${lang}.wordlike "${w}" is neither the name nor an alias`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkGlossary(readSources());
  for (const e of result.errors) console.error(e);
  console.log(
    `${result.entries} entries: ${result.person} people, ${result.place} places, ${result.organization} organisations; ${result.errors.length} errors`,
  );
  console.log(
    JSON.stringify({
      entries: result.entries,
      person: result.person,
      place: result.place,
      organization: result.organization,
      errors: result.errors.length,
    }),
  );
  process.exit(result.errors.length ? 1 : 0);
}
/** One entry's own fields: its id (unique), kind, names, date, sources, country, roles and links. */
function checkEntry(e: GlossaryEntry, at: string, ids: Map<string, string>, file: string, errors: string[]): void {
  if (typeof e?.id !== 'string' || !ID.test(e.id)) errors.push(`${at}: id must be a lowercase ASCII slug`);
  else if (ids.has(e.id)) errors.push(`${at}: id also used in ${ids.get(e.id)}`);
  else ids.set(e.id, file);
  if (!KINDS.includes(e?.kind)) errors.push(`${at}: kind must be one of ${KINDS.join(', ')}`);
  for (const lang of ['ar', 'en'] as const) checkNames(e?.[lang], lang, at, errors);
  if (typeof e?.asOf !== 'string' || !DATE.test(e.asOf))
    errors.push(`${at}: asOf must be a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (!Array.isArray(e?.sources) || e.sources.length === 0 || e.sources.some((s) => typeof s !== 'string' || !s.trim()))
    errors.push(`${at}: sources must list what the facts were checked against`);
  if (e?.country !== undefined && !/^[A-Z]{2}$/.test(e.country))
    errors.push(`${at}: country must be an ISO 3166-1 alpha-2 code`);
  checkRoles(e?.roles ?? [], at, errors);
  for (const link of e?.links ?? []) if (!/^https:\/\//.test(link)) errors.push(`${at}: link ${link} is not https`);
}
/** A role names itself in both languages, and its dates are dates in order. */
function checkRoles(roles: NonNullable<GlossaryEntry['roles']>, at: string, errors: string[]): void {
  for (const r of roles) {
    if (!r.ar?.trim() || !r.en?.trim()) errors.push(`${at}: a role needs both languages`);
    for (const d of [r.start, r.end])
      if (d !== undefined && !DATE.test(d)) errors.push(`${at}: role date ${d} is not a date`);
    if (r.start && r.end && r.end < r.start) errors.push(`${at}: role ends before it starts`);
  }
}
