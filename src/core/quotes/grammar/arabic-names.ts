/**
 * Arabic heads and names: the class of a phrase's head (vague, group, institution, role), and the personal name in
 * a phrase (`عمر أبو سعيدة`, `أحمد المهدوي`, `هالة شمس الدين`), where titles and descriptions come first.
 */
import { stripConj } from '../../text/tokens';
import { COMPOUND_FIRST, COMPOUND_SECOND, NAME_RUN_PARTICLES } from '../../lexicon/ar/names';
import { ADVERBS, NOT_IN_NAMES, PREPOSITIONS, RELATIVES } from '../../lexicon/ar/function-words';
import { ROLE_STEMS, ROLES } from '../../lexicon/ar/roles';
import { COMPLEMENTISERS, SAYING } from '../../lexicon/ar/saying';
import { BEFORE_HEAD, GROUP_HEADS, INSTITUTION_HEADS, VAGUE_HEADS } from '../../lexicon/ar/sources';
import { G_PUNCT } from '../view';
import { arabicCue } from './arabic-cues';
import type { Attribution, HeadClass, Np } from './grammar';

const ARABIC = /[\u0600-\u06ff]/;

/** The class of the head at token `a` (with a conjunction or an accusative alif taken off). */
export function headClass(at: Attribution, a: number): HeadClass {
  if (BEFORE_HEAD.has(at.v.w[a]) && a + 1 < at.v.n && !(at.v.gap[a + 1] & G_PUNCT)) return headClass(at, a + 1);
  const w = at.v.w[a];
  const x = stripConj(w);
  // `أوساطاً اقتصادية`: an indefinite accusative keeps its alif once the tanween is folded away
  const bare = x.length > 4 && x.endsWith('ا') ? x.slice(0, -1) : x;
  for (const h of [w, x, bare]) {
    if (VAGUE_HEADS.has(h)) return 'vague';
    if (GROUP_HEADS.has(h)) return 'group';
    if (INSTITUTION_HEADS.has(h)) return 'inst';
    if (isRole(h)) return 'role';
  }
  return undefined;
}

/** A role or title, or a kin or role word with a possessive suffix (`ابنه`, `رئيسه`). */
export function isRole(w: string): boolean {
  if (ROLES.has(w)) return true;
  for (const suf of ['ه', 'ها', 'هم', 'هما']) {
    if (w.length - suf.length >= 2 && w.endsWith(suf) && ROLE_STEMS.has(w.slice(0, -suf.length))) return true;
  }
  return false;
}

/** Can token `k` be part of an Arabic personal name? */
export function nameLike(at: Attribution, k: number): boolean {
  const { v } = at;
  const w = v.w[k];
  if (v.inQ[k] >= 0 || w.length < 2 || !ARABIC.test(w)) return false;
  if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person';
  // `المتحدث باسم …`: after a role, a word that is also a given name is the preposition
  if (PREPOSITIONS.has(w) && k > 0 && isRole(v.w[k - 1])) return false;
  if (at.givenNames.has(w)) return !roleInConstruct(at, k);
  // definite words (`الباحث`, `والبلديات`, `للدراسات`) are descriptions, not given or family names
  if (
    w.startsWith('ال') ||
    w.startsWith('لل') ||
    ((w[0] === 'و' || w[0] === 'ف' || w[0] === 'ب') && w.startsWith('ال', 1))
  )
    return false;
  if (functionWord(w)) return false;
  if (VAGUE_HEADS.has(w) || GROUP_HEADS.has(w) || INSTITUTION_HEADS.has(w) || isRole(w)) return false;
  if (at.cues.type[k] || arabicCue(w)) return false;
  return true;
}

/** `أمين المجلس`: a given name that is also a role, in construct with a definite word, is the role. */
function roleInConstruct(at: Attribution, k: number): boolean {
  const { v } = at;
  return isRole(v.w[k]) && k + 1 < v.n && !(v.gap[k + 1] & G_PUNCT) && v.w[k + 1].startsWith('ال');
}

/** A function word, alone or with a conjunction (`فقد` is ف + `قد`), or a word before a head (`آخر`). */
function functionWord(w: string): boolean {
  const bare = stripConj(w);
  return (
    NOT_IN_NAMES.has(w) ||
    (bare !== w && NOT_IN_NAMES.has(bare)) ||
    BEFORE_HEAD.has(w) ||
    PREPOSITIONS.has(w) ||
    COMPLEMENTISERS.has(w) ||
    ADVERBS.has(w) ||
    SAYING.has(w) ||
    RELATIVES.has(w)
  );
}

/**
 * The personal name among tokens `a..b-1`: `عمر أبو سعيدة`, `أحمد المهدوي`, `هالة شمس الدين`. Titles and
 * descriptions come first in Arabic and an object may follow the name (`… عمر أبو سعيدة الزيارة بأنها`), so the
 * first run that is complete (closed by a definite family name) or opens with a known given name wins; else the
 * last run.
 */
export function nameRun(at: Attribution, a: number, b: number): Np | undefined {
  const { v } = at;
  let last: Np | undefined;
  let firstClosed: Np | undefined;
  let k = a;
  while (k < b) {
    const particle = NAME_RUN_PARTICLES.has(v.w[k]) && k + 1 < b;
    if (!nameLike(at, k) && !particle) {
      k++;
      continue;
    }
    const start = k;
    const run = runFrom(at, start, b);
    // a particle that neither joins a name nor is one (`أم` before a comma) is passed over like any other word
    k = run.len ? run.end : start + 1;
    if (!run.len) continue;
    const np: Np = [start, k];
    // the object of a preposition (`الباحث في شؤون الهجرة …`) is no name
    if (start > a && PREPOSITIONS.has(v.w[start - 1])) continue;
    if (at.givenNames.has(v.w[start]) || (v.men[start] >= 0 && v.mentions[v.men[start]].kind === 'person')) return np;
    if (run.closed && !firstClosed) firstClosed = np;
    last = np;
  }
  return firstClosed ?? last;
}

/** The name run that opens at `start`: its end, its length in words, and whether a definite family name closed it. */
function runFrom(at: Attribution, start: number, b: number): { end: number; len: number; closed: boolean } {
  const { v } = at;
  let k = start;
  let len = 0;
  while (k < b) {
    if (k > start && v.gap[k] & G_PUNCT) break;
    const w = v.w[k];
    if (NAME_RUN_PARTICLES.has(w) && k + 1 < b && !(v.gap[k + 1] & G_PUNCT)) {
      k += 2;
      len += 2;
      continue;
    }
    if (!nameLike(at, k)) break;
    k++;
    len++;
    // a definite family name closes a short name: أحمد المهدوي, شمس الدين
    if (
      k < b &&
      !(v.gap[k] & G_PUNCT) &&
      v.w[k].startsWith('ال') &&
      ((len === 1 && familyLike(at, k)) || (COMPOUND_FIRST.has(v.w[k - 1]) && COMPOUND_SECOND.has(v.w[k])))
    )
      return { end: k + 1, len: len + 1, closed: true };
  }
  return { end: k, len, closed: false };
}

/** A definite word that can be a family name: no role, head or function word; a demonym may be one (`المصري`). */
function familyLike(at: Attribution, k: number): boolean {
  const { v } = at;
  const w = v.w[k];
  if (isRole(w) || INSTITUTION_HEADS.has(w) || GROUP_HEADS.has(w) || VAGUE_HEADS.has(w) || NOT_IN_NAMES.has(w))
    return false;
  if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person' || v.mentions[v.men[k]].kind === 'demonym';
  return true;
}
