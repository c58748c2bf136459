/**
 * Arabic noun phrases around a cue: the subject after a verb (VSO, past adverbs and addressees), the subject before
 * it (`أن الطرفين أكدا`), the topic of the clause (`أما X فيقول`, `وكان X قد قال`), and how far an anonymous phrase
 * runs from its head (`مصدر عسكري ليبي`, `أوساط متابعة لملف المخيمات`).
 */
import { stripConj } from '../../text/tokens';
import {
  ADVERBS,
  CLAUSE_OPENERS,
  KANA,
  NOT_IN_NAMES,
  PREPOSITIONS,
  QAD,
  QUALIFYING_PREPOSITIONS,
  RELATIVES,
  TOPIC,
} from '../../lexicon/ar/function-words';
import { ADDRESSEES, COMPLEMENTISERS, SAYING, SPEECH_NOUNS } from '../../lexicon/ar/saying';
import {
  GROUP_HEADS,
  INSTITUTION_HEADS,
  ISSUED,
  MEDIA,
  QUALIFIERS,
  VAGUE_HEADS,
  WITHHELD_IDENTITY,
  WITHHOLDING_VERBS,
} from '../../lexicon/ar/sources';
import { Cue } from '../cues';
import { G_BLOCK, G_COLON, G_COMMA, G_DASH, G_GLUED, G_PAREN, G_PUNCT, G_STOP } from '../view';
import { arabicCue } from './arabic-cues';
import { headClass, nameLike } from './arabic-names';
import type { Attribution, Np } from './grammar';

/** The subject after a verb (VSO), skipping adverbs and addressees (`لـ"النهار"`, `له`); undefined if none. */
export function npAfter(at: Attribution, i: number, se: number, source: boolean): Np | undefined {
  const a = subjectStart(at, i, se, source);
  if (a < 0) return undefined;
  return [a, subjectEnd(at, a, se)];
}

/** Where the subject after the verb at `i` opens, past adverbs and addressees; -1 where a clause or claim opens. */
function subjectStart(at: Attribution, i: number, se: number, source: boolean): number {
  const { v } = at;
  let j = i + 1;
  for (let skips = 0; j < se && skips < 8; skips++) {
    if (at.isClaim(j)) return -1;
    if (v.gap[j] & (G_COLON | G_STOP | G_PAREN | G_DASH | G_BLOCK)) return -1;
    if (v.gap[j] & G_COMMA && !source) return -1;
    const w = v.w[j];
    if (COMPLEMENTISERS.has(w) || SAYING.has(w)) return -1;
    if (ADVERBS.has(w)) {
      j++;
      continue;
    }
    if (
      ADDRESSEES.has(w) ||
      (w.startsWith('لل') && v.men[j] < 0 && !source) ||
      (w[0] === 'ل' && MEDIA.has(w.slice(1)))
    ) {
      j++;
      // the outlet itself: a quoted name, or the rest of the media name
      while (j < se && (at.isNameQ(j) || (v.w[j].startsWith('ال') && !(v.gap[j] & G_PUNCT)))) j++;
      continue;
    }
    if (at.isNameQ(j) && v.gap[j] & G_GLUED) {
      j++;
      continue;
    }
    if (PREPOSITIONS.has(w) && !source) return -1;
    break;
  }
  return j >= se || at.isClaim(j) ? -1 : j;
}

/** Where the subject opening at `a` ends: at punctuation, a clause, a cue, or an adjunct its head does not take. */
function subjectEnd(at: Attribution, a: number, se: number): number {
  const { v, cues } = at;
  const cls = headClass(at, a);
  let k = a + 1;
  let lastRun = false;
  for (; k < se && k - a < 14; k++) {
    if (at.isClaim(k)) break;
    if (v.gap[k] & (G_COMMA | G_COLON | G_STOP | G_PAREN | G_BLOCK | G_DASH)) break;
    if (at.isNameQ(k)) continue;
    const w = v.w[k];
    if (ENDS_SUBJECT.some((list) => list.has(w))) break;
    if (cues.type[k] === Cue.Verb || cues.type[k] === Cue.Participle || cues.type[k] === Cue.Source) break;
    if (v.men[k] < 0 && (w.startsWith('لل') || (w[0] === 'ل' && MEDIA.has(w.slice(1))))) {
      // `للصحافيين`, `لصحيفة`: an addressee, unless a name or an institution goes on (`مركز … للدراسات`)
      if (cls !== 'inst' && cls !== 'vague' && !(cls === 'role' && !lastRun)) break;
    }
    if (PREPOSITIONS.has(w)) {
      const prev = v.w[k - 1];
      const allow =
        (cls === 'role' && !lastRun) ||
        ((cls === 'vague' || cls === 'group') && k <= a + 3) ||
        (cls === 'inst' && w === 'عن' && ISSUED.has(prev));
      if (!allow) break;
    }
    lastRun = lastRun || nameLike(at, k);
  }
  return k;
}

/** Words that end a subject after its verb: the reported clause, an addressee, a relative, another clause. */
const ENDS_SUBJECT = [COMPLEMENTISERS, SAYING, ADDRESSEES, RELATIVES, TOPIC, QAD, SPEECH_NOUNS];

/** A subject before its verb (`أن الطرفين أكدا`, `الحكومة أعلنت`), bounded by a complementiser or the clause. */
export function npBefore(at: Attribution, i: number, ss: number): Np | undefined {
  const { v } = at;
  let k = i - 1;
  if (k >= ss && QAD.has(v.w[k])) k--;
  const b = k + 1;
  let ok = false;
  for (; k >= ss && b - k <= 7; k--) {
    if (at.isClaim(k)) break;
    if (v.gap[k + 1] & (G_PUNCT | G_COLON)) {
      ok = true;
      break;
    }
    const w = v.w[k];
    if (COMPLEMENTISERS.has(w) || KANA.has(w) || TOPIC.has(w) || CLAUSE_OPENERS.has(w)) {
      ok = true;
      break;
    }
    if (PREPOSITIONS.has(w) || at.cues.type[k]) return undefined;
  }
  if (k < ss) ok = true;
  const a = k + 1;
  if (!ok || a >= b) return undefined;
  if (NOT_IN_NAMES.has(v.w[a]) && v.w[a] !== 'عدد' && v.w[a] !== 'بعض') return undefined;
  return [a, b];
}

/** `أما X فيقول`, `وكان X قد قال`: the topic of the clause before the cue at `i`. */
export function topic(at: Attribution, i: number, ss: number): Np | undefined {
  const { v } = at;
  for (let t = i - 1; t >= ss && i - t <= 14; t--) {
    const w = v.w[t];
    if (TOPIC.has(w)) {
      // up to the verb with the fa- of the answer: the cue itself (`فيقول`) or a verb before it (`فقالوا`)
      let f = v.w[i][0] === 'ف' ? i : -1;
      for (let k = t + 2; k < i && f < 0; k++)
        if (v.w[k][0] === 'ف' && (at.cues.type[k] || arabicCue(v.w[k].slice(1)))) f = k;
      if (f > t + 1 && !(v.gap[t + 1] & G_COMMA)) return trimNp(at, t + 1, f);
      return undefined;
    }
    if (KANA.has(w)) {
      let q = t + 1;
      while (q < i && !QAD.has(v.w[q])) q++;
      if (q < i && q > t + 1) return trimNp(at, t + 1, q);
      return undefined;
    }
  }
  return undefined;
}

/** Cuts a topic phrase at a comma (`أما في مصراتة، فقالت …` has no topic subject). */
function trimNp(at: Attribution, a: number, b: number): Np | undefined {
  const { v } = at;
  if (PREPOSITIONS.has(v.w[a])) return undefined;
  for (let k = a + 1; k < b; k++) if (v.gap[k] & (G_COMMA | G_PAREN | G_DASH)) return [a, k];
  return [a, b];
}

/** Extent of an anonymous phrase from its head: `مصدر عسكري ليبي`, `أوساط متابعة لملف المخيمات`. */
export function anonExtent(at: Attribution, a: number, b: number): number {
  const { v } = at;
  let k = a + 1;
  let afterParticiple = false;
  let idafa = 0;
  while (k < b) {
    if (v.gap[k] & G_PUNCT || at.isClaim(k)) break;
    const w = v.w[k];
    if (WITHHOLDING_VERBS.has(w)) return withheldEnd(at, k, b);
    if (isAdjective(w)) {
      afterParticiple = w[0] === 'م' || (w.startsWith('ال') && w[2] === 'م');
      k++;
      continue;
    }
    const freePrep = QUALIFYING_PREPOSITIONS.has(w);
    // `متابعة لملف المخيمات`: a glued lam after a participle is its complement
    const gluedL = !freePrep && afterParticiple && w[0] === 'ل' && w.length > 3 && !ADDRESSEES.has(w);
    if ((freePrep && (k === a + 1 || afterParticiple || idafa > 0)) || gluedL) {
      // the object of the preposition: a noun and what qualifies it
      if (freePrep) k++;
      if (k >= b || v.gap[k] & G_PUNCT || at.isClaim(k)) break;
      k = definiteRun(at, k + 1, b);
      afterParticiple = false;
      idafa = 0;
      continue;
    }
    // a genitive right after a group head: سائقو الشاحنات, تجار سوق الصاغة
    if (k <= a + 2 && idafa < 2 && isGenitive(at, k, a) && (GROUP_HEADS.has(stripConj(v.w[a])) || idafa > 0)) {
      idafa++;
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** The end of the definite words from `k` that qualify a noun (`ملف المخيمات الفلسطينية`), short of a cue. */
function definiteRun(at: Attribution, k: number, b: number): number {
  const { v } = at;
  while (k < b && !(v.gap[k] & G_PUNCT) && v.w[k].startsWith('ال') && !at.cues.type[k]) k++;
  return k;
}

/** `رفض الكشف عن اسمه`: the clause at `k` runs to the withheld name, within six words; else the phrase ends at `k`. */
function withheldEnd(at: Attribution, k: number, b: number): number {
  let end = k + 1;
  while (end < b && end - k < 6 && !WITHHELD_IDENTITY.has(at.v.w[end])) end++;
  return end < b && WITHHELD_IDENTITY.has(at.v.w[end]) ? end + 1 : k;
}

/** Whether token `k` can be a genitive after the head at `a`: a content word, and the head is no `مصدر`. */
function isGenitive(at: Attribution, k: number, a: number): boolean {
  const { v } = at;
  const w = v.w[k];
  return (
    !NOT_IN_NAMES.has(w) &&
    !PREPOSITIONS.has(w) &&
    !COMPLEMENTISERS.has(w) &&
    !RELATIVES.has(w) &&
    !at.cues.type[k] &&
    v.w[a] !== 'مصدر' &&
    v.w[a] !== 'مصادر'
  );
}

/** Nisba adjectives and participles that qualify a head: `عسكري`, `الليبية`, `مطلعة`, `متابعة`, `رفيع`. */
export function isAdjective(w: string): boolean {
  const x = w.startsWith('ال') ? w.slice(2) : w;
  if (x.length < 3) return false;
  if (/(ي|يه|يون|يين|يان|يتان)$/.test(x)) return true;
  if (x[0] === 'م' && x.length >= 4 && !GROUP_HEADS.has(x) && !INSTITUTION_HEADS.has(x) && !VAGUE_HEADS.has(x))
    return true;
  return QUALIFIERS.has(x);
}
