/**
 * The Arabic grammar of attribution. A reporting verb mostly comes first and its subject after it (VSO: `وقال
 * الوزير`), past adverbs and addressees; the subject may also stand before it (`أن الطرفين أكدا`) or open the clause
 * as its topic (`أما X فيقول`, `وكان X قد قال`). A verb agrees with its subject in number and gender, which carries a
 * subjectless cue (`وأضافت`) to the last speaker who agrees with it.
 */
import { fold } from '../../text/normalize';
import { stripConj } from '../../text/tokens';
import { QAD } from '../../lexicon/ar/function-words';
import {
  Agree,
  CLAIM_COMPLEMENTISERS,
  COMPLEMENTISERS,
  DESCRIBING_LEMMAS,
  INDIRECT_LEMMAS,
  SAYING,
} from '../../lexicon/ar/saying';
import { INSTITUTION_HEADS, VAGUE_ALWAYS } from '../../lexicon/ar/sources';
import { Cue } from '../cues';
import { G_COLON, G_COMMA, G_PUNCT, G_STOP } from '../view';
import { markArabicCue } from './arabic-cues';
import { headClass, nameLike, nameRun } from './arabic-names';
import { anonExtent, npAfter, npBefore, topic } from './arabic-phrases';
import { classifyArabic } from './arabic-speakers';
import { arabicNameBeforeQuote } from './arabic-quoted-names';
import { stripArticle, type Attribution, type Found, type Grammar, type SpeakerX } from './grammar';

/** A cue's agreement as the speaker it names: feminine singular. */
const femOf = (agree: number) => !!(agree & Agree.Fem) && !(agree & Agree.Plural);

/** The explicit speaker of the reporting verb at `i` (a participle names none of its own). */
function verbSubject(at: Attribution, i: number, ss: number, se: number): SpeakerX | undefined {
  const { v, cues } = at;
  if (cues.type[i] !== Cue.Verb) return undefined;
  // `ونقلت وسائل إعلام عن X قوله`: the one quoted is X.
  if (cues.lemma[i] === 'نقل') return quotedFrom(at, i, se);
  const fem = femOf(cues.agree[i]);
  const w = v.w[i];
  // `وكان X قد زار …، ودعا …`: a verb joined after a comma shares the stated subject
  const topicFirst = w[0] === 'ف' || (i > ss && QAD.has(v.w[i - 1])) || (w[0] === 'و' && (v.gap[i] & G_COMMA) !== 0);
  if (topicFirst) {
    const tp = topic(at, i, ss);
    if (tp) return at.because('subject: the topic before فـ or قد', at.classify(tp[0], tp[1], i, fem), at.why);
  }
  const after = npAfter(at, i, se, false);
  if (after) {
    const sp = at.classify(after[0], after[1], i, fem);
    const why = at.why;
    // `ويقرّ مدير أحد المراكز، سلمان العبيدي، بأن`: the name in apposition after a comma is the speaker
    const apposed = sp?.entity ? -1 : apposedPerson(at, after[1], se);
    if (apposed >= 0)
      return at.because('subject: a person in apposition', at.fromMention(apposed, !!(cues.agree[i] & Agree.Fem)));
    // `ووصف الخطة بأنها "…"`: after a verb of describing, a phrase that names nobody and is followed by `بأن…`
    // is the object described; the describer is the speaker before.
    const described =
      DESCRIBING_LEMMAS.has(cues.lemma[i] ?? '') && /^بان/.test(v.w[after[1]] ?? '') && sp?.kind !== 'named';
    if (!described) return at.because('subject: after the verb', sp, why);
  }
  const before = npBefore(at, i, ss);
  if (before) {
    const sp = at.classify(before[0], before[1], i, fem);
    const why = at.why;
    // `ذكر بيان الجيش … أن الطرفين أكدا "…"`: an unnamed party inside a reported clause yields to the source
    // that reports it
    if (sp && !sp.entity && sp.kind !== 'named' && before[0] > ss && COMPLEMENTISERS.has(v.w[before[0] - 1])) {
      const outer = outerSpeaker(at, before[0] - 1, ss);
      if (outer) return at.because('subject: the source that reports the clause', outer, at.why);
    }
    if (sp) return at.because('subject: before the verb', sp, why);
  }
  const tp = topic(at, i, ss);
  if (tp) return at.because('subject: the topic of the clause', at.classify(tp[0], tp[1], i, fem), at.why);
  // `جال النائب X على المدارس، ودعا إلى «…»`: a verb joined after a comma shares the sentence's subject
  if (topicFirst) return at.because('subject: the sentence subject', at.sentenceSubject(ss, i), at.why);
  return undefined;
}

/**
 * `ونقل بيان صادر عن مكتبه عن السوداني قوله`: of several `عن`, the one before `قوله` names the speaker. Without `عن`
 * the verb moves things, not words (`أن تُنقل المواد إلى معمل`): no speaker.
 */
function quotedFrom(at: Attribution, i: number, se: number): SpeakerX | undefined {
  const { v, cues } = at;
  let from = -1;
  for (let k = i + 1; k < Math.min(se, i + 14); k++) {
    if (at.isClaim(k) || v.gap[k] & (G_COLON | G_STOP)) break;
    if (v.w[k] === 'عن') from = k;
    if (SAYING.has(v.w[k]) || COMPLEMENTISERS.has(v.w[k])) break;
  }
  if (from < 0) return undefined;
  const np = npAfter(at, from, se, true);
  if (!np) return undefined;
  return at.because('subject: the one quoted after نقل عن', at.classify(np[0], np[1], i, femOf(cues.agree[i])), at.why);
}

/** The person mention in apposition after the subject ending at `end` (`مدير أحد المراكز، سلمان العبيدي،`), or -1. */
function apposedPerson(at: Attribution, end: number, se: number): number {
  const { v, cues } = at;
  let c = end;
  while (c < se && c - end < 8 && !(v.gap[c] & (G_COMMA | G_STOP | G_COLON)) && !at.isClaim(c) && !cues.type[c]) c++;
  const apposed = c < se && v.gap[c] & G_COMMA ? v.men[c] : -1;
  return apposed >= 0 && v.mentions[apposed].kind === 'person' ? apposed : -1;
}

/** The explicit speaker of the nearest verb or source cue before token `k` in the sentence. */
function outerSpeaker(at: Attribution, k: number, ss: number): SpeakerX | undefined {
  for (let j = k - 1; j >= ss; j--) {
    const t = at.cues.type[j];
    if ((t === Cue.Verb || t === Cue.Source) && at.v.inQ[j] < 0) {
      const s = at.explicit(j);
      if (s) return s;
    }
  }
  return undefined;
}

/**
 * `يأمل صاحب الفندق X أن … «…»، يقول`: a cue with no subject after a sentence that brings someone in, quoting nothing,
 * is that person's (not where a cue earlier in the sentence has a speaker: `فقالت أوساط إن "…"، مشيرة إلى أن "…"`).
 */
function carriedFirst(at: Attribution, i: number): SpeakerX | undefined {
  const { v, cues, history: h } = at;
  const seg = v.seg[i];
  const prev = seg - 1;
  const ss = v.segStart[seg];
  let spoken = false;
  for (let k = ss; k < i && !spoken; k++) spoken = cues.type[k] !== Cue.None && v.inQ[k] < 0;
  if (spoken || at.sentenceSubject(ss, i) || prev < 0 || v.block[v.segStart[prev]] < v.block[i] - 1) return undefined;
  const ps = v.segStart[prev];
  const pe = v.segEnd[prev];
  let quoted = false;
  for (let k = ps; k < pe && !quoted; k++) quoted = at.isClaim(k);
  const p = quoted ? undefined : at.sentenceSubject(ps, pe);
  return p && p.kind === 'named' && p !== h[h.length - 1] ? p : undefined;
}

/** Number and gender: a plural verb wants a plural speaker; a feminine one a woman, a plural or a body. */
function agrees(at: Attribution, i: number, s: SpeakerX): boolean {
  const a = at.cues.agree[i];
  if (a & Agree.Plural) return s.plural;
  if (a & Agree.Fem) return s.fem || s.plural || s.kind !== 'named';
  if (a & Agree.Masc) return !s.fem && !(s.plural && s.kind !== 'institution');
  return true;
}

/** `وفق بيان صادر عن مكتبه`: a source whose head carries a possessive suffix belongs to someone named. */
function possessed(at: Attribution, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, a + 5); k++) {
    const w = at.v.w[k];
    for (const suf of ['ه', 'ها', 'هم'])
      if (w.endsWith(suf) && INSTITUTION_HEADS.has(w.slice(0, -suf.length))) return true;
  }
  return false;
}

/** `"…"، قال X`, `"…"، بحسب X`: a verb (not one joined by `و`, which opens a new clause) or a source. */
function cueAfterQuote(at: Attribution, t: number): Found | undefined {
  const ty = at.cues.type[t];
  if ((ty === Cue.Verb && at.v.w[t][0] !== 'و') || ty === Cue.Source) {
    const s = at.explicit(t);
    if (s) return { s, cue: t, why: at.why };
  }
  return undefined;
}

/** A name run right before the same role word: `إيلي معلوف الابن`. */
function nameBeforeHead(
  at: Attribution,
  isHead: (j: number) => boolean,
  head: string,
  before: number,
): SpeakerX | undefined {
  const { v } = at;
  for (let j = before - 1; j > 0 && before - j < 3000; j--) {
    if (!isHead(j) || v.gap[j] & G_PUNCT) continue;
    let r = j - 1;
    while (r >= 0 && j - r <= 3 && nameLike(at, r) && !(v.gap[r + 1] & G_PUNCT)) r--;
    if (r + 1 < j) {
      const span = { start: v.s[r + 1], end: v.e[j] };
      return { name: v.text.slice(span.start, span.end), kind: 'named', span, head, plural: false, fem: false };
    }
  }
  return undefined;
}

/** Vague sourcing that is nobody's subject: a plural anonymous head (`مصادر`, `أوساط`) with its qualifiers. */
function standaloneVague(at: Attribution, out: { start: number; end: number }[]): void {
  const { v } = at;
  for (let i = 0; i < v.n; i++) {
    if (v.inQ[i] >= 0) continue;
    const w = v.w[i];
    if (!VAGUE_ALWAYS.has(stripConj(w))) continue;
    const end = anonExtent(at, i, Math.min(v.n, i + 10));
    if (end - i < 2 || v.block[end - 1] !== v.block[i]) continue;
    out.push({ start: v.s[i], end: v.e[end - 1] });
    i = end - 1;
  }
}

export const arabic: Grammar = {
  markCue: markArabicCue,
  npAfter,
  npBefore,
  nameRun,
  headClass: (at, a) => headClass(at, a),
  possessed,
  verbSubject,
  classify: classifyArabic,
  nameWord: nameLike,
  nameKey: fold,
  agrees,
  carriedFirst,
  sentenceName: () => undefined,
  stem: (head) => head.replace(/(ه|ها|هم)$/, ''),
  isHead: (w, head, stem) => {
    const x = stripArticle(w);
    return x === head || x === stem || 'ال' + stem === w;
  },
  nameBeforeHead,
  standaloneVague,
  cueAfterQuote,
  subjectlessCue: () => undefined,
  sentenceAfterQuote: () => undefined,
  indirectLemmas: INDIRECT_LEMMAS,
  isClaimComplementiser: (w) => CLAIM_COMPLEMENTISERS.has(w),
  nameBeforeQuote: arabicNameBeforeQuote,
  isQuotedTitle: () => false,
};
