/**
 * Reporting cues and their speakers. A cue is a reporting verb in any form (`قال`, `وتضيف`, `مشيراً`, `said`), a
 * source preposition (`بحسب`, `وفق`, `نقلاً عن`, `according to`) or a subjectless phrase (`على حد قوله`). Its
 * speaker is the noun phrase after it (Arabic VSO, English `said X`), before it (`X said`, `أن الطرفين أكدا`), the
 * clause's topic (`أما X فيقول`, `وكان X قد قال`), or, where it has none, the last speaker who agrees with it.
 */
import { fold } from '../text/normalize';
import { stripConj } from '../text/tokens';
import type { Speaker } from '../types';
import { CLAUSE_OPENERS, RELATIVES } from '../lexicon/ar/function-words';
import { ISSUED, QUALIFIERS, WITHHELD_IDENTITY, WITHHOLDING_VERBS } from '../lexicon/ar/sources';
import { AFTER_SPEAKER } from '../lexicon/en/function-words';
import {
  Agree,
  AR_ADDRESSEE,
  AR_ADVERBS,
  AR_COMP,
  AR_COMPOUND_FIRST,
  AR_COMPOUND_SECOND,
  AR_CUES,
  AR_FUNCTION,
  AR_GROUP_HEADS,
  AR_INSTITUTION_HEADS,
  AR_KANA,
  AR_MEDIA,
  AR_NAME_PARTICLES,
  AR_OBJECT_SUFFIXES,
  AR_PLURAL_HEADS,
  AR_PREPS,
  AR_QAD,
  AR_ROLE_STEMS,
  AR_ROLES,
  AR_SAYING,
  AR_SOURCE_NEEDS_PREP,
  AR_SOURCE_PREPS,
  AR_SPEECH_NOUNS,
  AR_TOPIC,
  AR_VAGUE_HEADS,
  EN_AUX,
  EN_CLAUSE,
  EN_CUES,
  EN_GROUP_HEADS,
  EN_INSTITUTION_HEADS,
  EN_NAME_PARTICLES,
  EN_NO_INVERSION,
  EN_PRONOUNS,
  EN_TITLES,
  EN_VAGUE_HEADS,
  type CueForm,
  DESCRIBE,
} from './lexicon';
import {
  G_BLOCK,
  G_COLON,
  G_COMMA,
  G_DASH,
  G_GLUED,
  G_MARK,
  G_PAREN,
  G_PUNCT,
  G_STOP,
  slice,
  tokenAt,
  type View,
} from './view';

export const enum Cue {
  None = 0,
  Verb = 1,
  Participle = 2,
  /** `بحسب X`, `according to X`: the speaker follows. */
  Source = 3,
  /** `على حد قوله`, `he said`: a cue that names nobody. */
  Bare = 4,
}

export interface Cues {
  type: Uint8Array;
  agree: Uint8Array;
  lemma: (string | undefined)[];
  /** For a source cue, the first token of its noun phrase. */
  arg: Int32Array;
}

/** A speaker as attribution tracks it: the public fields plus what agreement and anaphora need. */
export interface SpeakerX extends Speaker {
  /** Head word, folded, without the article: `مصادر`, `بيان`, `وزير`, `ministry`. */
  head: string;
  plural: boolean;
  fem: boolean;
  /** The phrase is vague sourcing (`مصادر مطلعة`, `sources familiar with …`). */
  vague?: { start: number; end: number };
}

export type HeadClass = 'vague' | 'group' | 'inst' | 'role' | undefined;

const ARABIC = /[\u0600-\u06ff]/;

const stripArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

/** An Arabic reporting verb form, with a trailing object pronoun tried off. */
export function arabicCue(w: string): CueForm | undefined {
  const f = AR_CUES.get(w);
  if (f) return f;
  for (const suf of AR_OBJECT_SUFFIXES) {
    if (w.length - suf.length >= 3 && w.endsWith(suf)) {
      const g = AR_CUES.get(w.slice(0, -suf.length));
      if (g && !g.participle) return g;
    }
  }
  return undefined;
}

/** Every cue of the article, outside quotes. */
export function findCues(v: View): Cues {
  const type = new Uint8Array(v.n);
  const agree = new Uint8Array(v.n);
  const lemma: (string | undefined)[] = new Array(v.n);
  const arg = new Int32Array(v.n).fill(-1);
  const ar = v.lang === 'ar';
  for (let i = 0; i < v.n; i++) {
    if (v.inQ[i] >= 0 || v.men[i] >= 0) continue;
    const w = v.w[i];
    if (ar) {
      if (AR_SOURCE_PREPS.has(w)) {
        let j = i + 1;
        if (AR_SOURCE_NEEDS_PREP.has(w) && j < v.n && (v.w[j] === 'ل' || v.w[j] === 'عن')) j++;
        type[i] = Cue.Source;
        arg[i] = j;
        lemma[i] = 'بحسب';
        continue;
      }
      if (w === 'لسان' && i > 0 && v.w[i - 1] === 'علي') {
        type[i] = Cue.Source;
        arg[i] = i + 1;
        lemma[i] = 'بحسب';
        continue;
      }
      if (i > 0 && v.w[i - 1] === 'حد' && /^(قول|تعبير)(ه|ها|هم)$/.test(w)) {
        type[i] = Cue.Bare;
        continue;
      }
      const f = arabicCue(w);
      // A participle reports only as an adverb of the clause (`، مشيراً إلى`), not as an adjective (`أوساط متابعة`).
      if (f && f.participle && !(v.gap[i] & (G_COMMA | G_MARK)) && w[0] !== 'و') continue;
      if (f) {
        type[i] = f.participle ? Cue.Participle : Cue.Verb;
        agree[i] = f.agree;
        lemma[i] = f.lemma;
      }
    } else {
      if (w === 'according' && v.w[i + 1] === 'to') {
        type[i] = Cue.Source;
        arg[i] = i + 2;
        lemma[i] = 'according';
        continue;
      }
      if (!EN_CUES.has(w)) continue;
      const next = v.w[i + 1];
      if (w === 'pointed' && next !== 'out') continue;
      if ((w === 'put' || w === 'summed') && next !== 'it' && next !== 'up') continue;
      // `who asked not to be named`, `asked to remain anonymous`: a request, not a statement.
      if ((w === 'asked' || w === 'asks') && (next === 'not' || next === 'to')) continue;
      // `the said`, `say, a …`: a cue word used as a noun or adverb.
      if (i > 0 && (v.w[i - 1] === 'the' || v.w[i - 1] === 'a')) continue;
      type[i] = w === 'saying' ? Cue.Participle : Cue.Verb;
      lemma[i] = w;
    }
  }
  return { type, agree, lemma, arg };
}

/** A clause that says the speaker's name is withheld: what makes someone's words vague sourcing. */
const WITHHELD = /\b(?:not to be (?:named|identified)|anonymity)\b/i;

/**
 * Resolution of speakers over the article: holds the speakers seen so far, for carrying subjectless cues and for
 * anaphora (`المصادر`, `البيان`, `the minister`, a surname alone).
 */
export class Attributor {
  readonly history: SpeakerX[] = [];
  private readonly ar: boolean;

  constructor(
    private readonly v: View,
    private readonly cues: Cues,
    /** True for a top-level quote that is a claim (not a name). */
    private readonly claim: Uint8Array,
    /** Display names of entities (full name), by key. */
    private readonly names: Map<string, string>,
    /** The given names the recogniser knows (folded). */
    private readonly givenNames: ReadonlySet<string>,
  ) {
    this.ar = v.lang === 'ar';
  }

  isClaim(i: number): boolean {
    const q = this.v.inQ[i];
    return q >= 0 && this.claim[q] === 1;
  }

  isNameQ(i: number): boolean {
    const q = this.v.inQ[i];
    return q >= 0 && this.claim[q] === 0;
  }

  /** The explicit speaker of the cue at `i`, or undefined where the cue names nobody. */
  explicit(i: number): SpeakerX | undefined {
    const { v, cues } = this;
    const t = cues.type[i];
    const ss = v.segStart[v.seg[i]];
    const se = v.segEnd[v.seg[i]];
    if (t === Cue.Source) {
      const np = this.ar ? this.npAfterAr(cues.arg[i] - 1, se, true) : this.npAfterEn(cues.arg[i] - 1, se, true);
      if (!np || np === 'pronoun' || this.possessed(np[0], np[1])) return undefined;
      return this.classify(np[0], np[1], i, 0);
    }
    if (t === Cue.Bare) return undefined;
    if (this.ar) {
      if (t === Cue.Verb) {
        // `ونقلت وسائل إعلام عن X قوله`: the one quoted is X.
        if (cues.lemma[i] === 'نقل') {
          // `ونقل بيان صادر عن مكتبه عن السوداني قوله`: of several `عن`, the one before `قوله` names the speaker.
          let from = -1;
          for (let k = i + 1; k < Math.min(se, i + 14); k++) {
            if (this.isClaim(k) || v.gap[k] & (G_COLON | G_STOP)) break;
            if (v.w[k] === 'عن') from = k;
            if (AR_SAYING.has(v.w[k]) || AR_COMP.has(v.w[k])) break;
          }
          if (from >= 0) {
            const np = this.npAfterAr(from, se, true);
            if (np) return this.classify(np[0], np[1], i, cues.agree[i]);
          }
          // Without `عن` it moves things, not words (`أن تُنقل المواد إلى معمل`): no speaker.
          return undefined;
        }
        const w = v.w[i];
        // `وكان X قد زار …، ودعا …`: a verb joined after a comma shares the stated subject
        const topicFirst =
          w[0] === 'ف' || (i > ss && AR_QAD.has(v.w[i - 1])) || (w[0] === 'و' && (v.gap[i] & G_COMMA) !== 0);
        if (topicFirst) {
          const tp = this.topic(i, ss);
          if (tp) return this.classify(tp[0], tp[1], i, cues.agree[i]);
        }
        const after = this.npAfterAr(i, se, false);
        if (after) {
          const sp = this.classify(after[0], after[1], i, cues.agree[i]);
          // `ويقرّ مدير أحد المراكز، سلمان العبيدي، بأن`: the name in apposition after a comma is the speaker
          if (!sp?.entity) {
            let c = after[1];
            while (
              c < se &&
              c - after[1] < 8 &&
              !(v.gap[c] & (G_COMMA | G_STOP | G_COLON)) &&
              !this.isClaim(c) &&
              !cues.type[c]
            )
              c++;
            const apposed = c < se && v.gap[c] & G_COMMA ? v.men[c] : -1;
            if (apposed >= 0 && v.mentions[apposed].kind === 'person')
              return this.fromMention(apposed, !!(cues.agree[i] & Agree.Fem));
          }
          // `ووصف الخطة بأنها "…"`: after a verb of describing, a phrase that names nobody and is followed by `بأن…`
          // is the object described; the describer is the speaker before.
          const described =
            DESCRIBE.has(cues.lemma[i] ?? '') && /^بان/.test(v.w[after[1]] ?? '') && sp?.kind !== 'named';
          if (!described) return sp;
        }
        const before = this.npBeforeAr(i, ss);
        if (before) {
          const sp = this.classify(before[0], before[1], i, cues.agree[i]);
          // `ذكر بيان الجيش … أن الطرفين أكدا "…"`: an unnamed party inside a reported clause yields to the source
          // that reports it
          if (sp && !sp.entity && sp.kind !== 'named' && before[0] > ss && AR_COMP.has(v.w[before[0] - 1])) {
            const outer = this.outer(before[0] - 1, ss);
            if (outer) return outer;
          }
          if (sp) return sp;
        }
        const tp = this.topic(i, ss);
        if (tp) return this.classify(tp[0], tp[1], i, cues.agree[i]);
        // `جال النائب X على المدارس، ودعا إلى «…»`: a verb joined after a comma shares the sentence's subject
        if (topicFirst) return this.sentenceSubject(ss, i);
      }
      return undefined;
    }
    // English: `X said`, then `said X`.
    if (t === Cue.Verb || t === Cue.Participle) {
      const before = t === Cue.Verb ? this.npBeforeEn(i, ss) : undefined;
      if (before === 'pronoun') return undefined;
      if (before) {
        const s = this.classify(before[0], before[1], i, 0);
        if (s) return s;
      }
      // `said X` only right after a quote or a comma: `"…," said Lina Kassab`
      if (t === Cue.Verb && !EN_NO_INVERSION.has(v.w[i]) && i > ss && v.gap[i] & (G_COMMA | G_MARK)) {
        const after = this.npAfterEn(i, se, false);
        if (after && after !== 'pronoun') return this.classify(after[0], after[1], i, 0);
      }
      // `X toured the fair and called on investors to "…"`: the subject of the sentence
      let k = i - 1;
      while (k >= ss && EN_AUX.has(v.w[k])) k--;
      if (k >= ss && v.w[k] === 'and') return this.sentenceSubject(ss, k);
    }
    return undefined;
  }

  /**
   * `according to his media office`, `وفق بيان صادر عن مكتبه`: a source that belongs to someone already named, who
   * is then the speaker.
   */
  private possessed(a: number, b: number): boolean {
    const { v } = this;
    for (let k = a; k < Math.min(b, a + 5); k++) {
      const w = v.w[k];
      if (this.ar) {
        for (const suf of ['ه', 'ها', 'هم']) {
          if (w.endsWith(suf) && AR_INSTITUTION_HEADS.has(w.slice(0, -suf.length))) return true;
        }
      } else if (w === 'his' || w === 'her' || w === 'their' || w === 'its') {
        return true;
      }
    }
    return false;
  }

  /** The last speaker that agrees with the cue at `i` (number and gender), else the last one. */
  carried(i: number): SpeakerX | undefined {
    const h = this.history;
    if (this.ar) {
      // `يأمل صاحب الفندق X أن … «…»، يقول`: a cue with no subject after a sentence that brings someone in, quoting
      // nothing, is that person's
      const seg = this.v.seg[i];
      const prev = seg - 1;
      const ss = this.v.segStart[seg];
      // (not where a cue earlier in the sentence has a speaker: `فقالت أوساط إن "…"، مشيرة إلى أن "…"`)
      let spoken = false;
      for (let k = ss; k < i && !spoken; k++) spoken = this.cues.type[k] !== Cue.None && this.v.inQ[k] < 0;
      if (
        !spoken &&
        !this.sentenceSubject(ss, i) &&
        prev >= 0 &&
        this.v.block[this.v.segStart[prev]] >= this.v.block[i] - 1
      ) {
        const ps = this.v.segStart[prev];
        const pe = this.v.segEnd[prev];
        let quoted = false;
        for (let k = ps; k < pe && !quoted; k++) quoted = this.isClaim(k);
        const p = quoted ? undefined : this.sentenceSubject(ps, pe);
        if (p && p.kind === 'named' && p !== h[h.length - 1]) return p;
      }
    }
    if (!h.length) return undefined;
    const a = this.cues.agree[i];
    let pronoun = '';
    if (!this.ar) {
      // `"…," she said`: the pronoun before (or after) the verb.
      const p =
        this.v.w[i - 1] && EN_PRONOUNS.has(this.v.w[i - 1])
          ? this.v.w[i - 1]
          : this.v.w[i + 1] && EN_PRONOUNS.has(this.v.w[i + 1])
            ? this.v.w[i + 1]
            : '';
      pronoun = p;
    }
    for (let k = h.length - 1; k >= Math.max(0, h.length - 4); k--) {
      const s = h[k];
      if (this.ar) {
        if (
          a & Agree.Plural
            ? s.plural
            : a & Agree.Fem
              ? s.fem || s.plural || s.kind !== 'named'
              : a & Agree.Masc
                ? !s.fem && !(s.plural && s.kind !== 'institution')
                : true
        )
          return s;
      } else if (
        pronoun === 'they'
          ? s.plural || s.kind !== 'named'
          : pronoun === 'he' || pronoun === 'she'
            ? s.kind === 'named'
            : true
      ) {
        return s;
      }
    }
    return h[h.length - 1];
  }

  remember(s: SpeakerX): void {
    const h = this.history;
    if (h.length && h[h.length - 1] === s) return;
    h.push(s);
  }

  // --- Arabic noun phrases -----------------------------------------------------------------------------------

  /** The subject after a verb (VSO), skipping adverbs and addressees (`لـ"النهار"`, `له`); undefined if none. */
  npAfterAr(i: number, se: number, source: boolean): [number, number] | undefined {
    const { v } = this;
    let j = i + 1;
    for (let skips = 0; j < se && skips < 8; skips++) {
      if (this.isClaim(j)) return undefined;
      if (v.gap[j] & (G_COLON | G_STOP | G_PAREN | G_DASH | G_BLOCK)) return undefined;
      if (v.gap[j] & G_COMMA && !source) return undefined;
      const w = v.w[j];
      if (AR_COMP.has(w) || AR_SAYING.has(w)) return undefined;
      if (AR_ADVERBS.has(w)) {
        j++;
        continue;
      }
      if (
        AR_ADDRESSEE.has(w) ||
        (w.startsWith('لل') && v.men[j] < 0 && !source) ||
        (w[0] === 'ل' && AR_MEDIA.has(w.slice(1)))
      ) {
        j++;
        // the outlet itself: a quoted name, or the rest of the media name
        while (j < se && (this.isNameQ(j) || (v.w[j].startsWith('ال') && !(v.gap[j] & G_PUNCT)))) j++;
        continue;
      }
      if (this.isNameQ(j) && v.gap[j] & G_GLUED) {
        j++;
        continue;
      }
      if (AR_PREPS.has(w) && !source) return undefined;
      break;
    }
    if (j >= se || this.isClaim(j)) return undefined;
    const a = j;
    const cls = this.headClass(a);
    let k = a + 1;
    let lastRun = false;
    for (; k < se && k - a < 14; k++) {
      if (this.isClaim(k)) break;
      if (v.gap[k] & (G_COMMA | G_COLON | G_STOP | G_PAREN | G_BLOCK | G_DASH)) break;
      if (this.isNameQ(k)) continue;
      const w = v.w[k];
      if (
        AR_COMP.has(w) ||
        AR_SAYING.has(w) ||
        AR_ADDRESSEE.has(w) ||
        RELATIVES.has(w) ||
        AR_TOPIC.has(w) ||
        AR_QAD.has(w) ||
        AR_SPEECH_NOUNS.has(w)
      )
        break;
      if (this.cues.type[k] === Cue.Verb || this.cues.type[k] === Cue.Participle || this.cues.type[k] === Cue.Source)
        break;
      if (v.men[k] < 0 && (w.startsWith('لل') || (w[0] === 'ل' && AR_MEDIA.has(w.slice(1))))) {
        // `للصحافيين`, `لصحيفة`: an addressee, unless a name or an institution goes on (`مركز … للدراسات`)
        if (cls !== 'inst' && cls !== 'vague' && !(cls === 'role' && !lastRun)) break;
      }
      if (AR_PREPS.has(w)) {
        const prev = v.w[k - 1];
        const allow =
          (cls === 'role' && !lastRun) ||
          ((cls === 'vague' || cls === 'group') && k <= a + 3) ||
          (cls === 'inst' && w === 'عن' && ISSUED.has(prev));
        if (!allow) break;
      }
      lastRun = lastRun || this.nameLike(k);
    }
    return [a, k];
  }

  /** A subject before its verb (`أن الطرفين أكدا`, `الحكومة أعلنت`), bounded by a complementiser or the clause. */
  npBeforeAr(i: number, ss: number): [number, number] | undefined {
    const { v } = this;
    let k = i - 1;
    if (k >= ss && AR_QAD.has(v.w[k])) k--;
    const b = k + 1;
    let ok = false;
    for (; k >= ss && b - k <= 7; k--) {
      if (this.isClaim(k)) break;
      if (v.gap[k + 1] & (G_PUNCT | G_COLON)) {
        ok = true;
        break;
      }
      const w = v.w[k];
      if (AR_COMP.has(w) || AR_KANA.has(w) || AR_TOPIC.has(w) || CLAUSE_OPENERS.has(w)) {
        ok = true;
        break;
      }
      if (AR_PREPS.has(w) || this.cues.type[k]) return undefined;
    }
    if (k < ss) ok = true;
    const a = k + 1;
    if (!ok || a >= b) return undefined;
    if (AR_FUNCTION.has(v.w[a]) && v.w[a] !== 'عدد' && v.w[a] !== 'بعض') return undefined;
    return [a, b];
  }

  /** The explicit speaker of the nearest verb or source cue before token `k` in the sentence. */
  private outer(k: number, ss: number): SpeakerX | undefined {
    for (let j = k - 1; j >= ss; j--) {
      const t = this.cues.type[j];
      if ((t === Cue.Verb || t === Cue.Source) && this.v.inQ[j] < 0) {
        const s = this.explicit(j);
        if (s) return s;
      }
    }
    return undefined;
  }

  /** `أما X فيقول`, `وكان X قد قال`: the topic of the clause before the cue at `i`. */
  topic(i: number, ss: number): [number, number] | undefined {
    const { v } = this;
    for (let t = i - 1; t >= ss && i - t <= 14; t--) {
      const w = v.w[t];
      if (AR_TOPIC.has(w)) {
        // up to the verb with the fa- of the answer: the cue itself (`فيقول`) or a verb before it (`فقالوا`)
        let f = v.w[i][0] === 'ف' ? i : -1;
        for (let k = t + 2; k < i && f < 0; k++)
          if (v.w[k][0] === 'ف' && (this.cues.type[k] || arabicCue(v.w[k].slice(1)))) f = k;
        if (f > t + 1 && !(v.gap[t + 1] & G_COMMA)) return this.trimNp(t + 1, f);
        return undefined;
      }
      if (AR_KANA.has(w)) {
        let q = t + 1;
        while (q < i && !AR_QAD.has(v.w[q])) q++;
        if (q < i && q > t + 1) return this.trimNp(t + 1, q);
        return undefined;
      }
    }
    return undefined;
  }

  /** Cuts a topic phrase at a comma (`أما في مصراتة، فقالت …` has no topic subject). */
  private trimNp(a: number, b: number): [number, number] | undefined {
    const { v } = this;
    if (AR_PREPS.has(v.w[a])) return undefined;
    for (let k = a + 1; k < b; k++) if (v.gap[k] & (G_COMMA | G_PAREN | G_DASH)) return [a, k];
    return [a, b];
  }

  headClass(a: number): HeadClass {
    const w = this.v.w[a];
    if (this.ar) {
      const x = stripConj(w);
      // `أوساطاً اقتصادية`: an indefinite accusative keeps its alif once the tanween is folded away
      const bare = x.length > 4 && x.endsWith('ا') ? x.slice(0, -1) : x;
      for (const h of [w, x, bare]) {
        if (AR_VAGUE_HEADS.has(h)) return 'vague';
        if (AR_GROUP_HEADS.has(h)) return 'group';
        if (AR_INSTITUTION_HEADS.has(h)) return 'inst';
        if (this.isRole(h)) return 'role';
      }
      return undefined;
    }
    if (EN_VAGUE_HEADS.has(w)) return 'vague';
    if (EN_GROUP_HEADS.has(w)) return 'group';
    if (EN_INSTITUTION_HEADS.has(w)) return 'inst';
    if (EN_TITLES.has(w)) return 'role';
    return undefined;
  }

  private isRole(w: string): boolean {
    if (AR_ROLES.has(w)) return true;
    for (const suf of ['ه', 'ها', 'هم', 'هما']) {
      if (w.length - suf.length >= 2 && w.endsWith(suf) && AR_ROLE_STEMS.has(w.slice(0, -suf.length))) return true;
    }
    return false;
  }

  /** Can token `k` be part of an Arabic personal name? */
  nameLike(k: number): boolean {
    const { v } = this;
    const w = v.w[k];
    if (v.inQ[k] >= 0 || w.length < 2 || !ARABIC.test(w)) return false;
    if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person';
    // `المتحدث باسم …`: after a role, a word that is also a given name is the preposition
    if (AR_PREPS.has(w) && k > 0 && this.isRole(v.w[k - 1])) return false;
    if (this.givenNames.has(w)) return true;
    // definite words (`الباحث`, `والبلديات`, `للدراسات`) are descriptions, not given or family names
    if (
      w.startsWith('ال') ||
      w.startsWith('لل') ||
      ((w[0] === 'و' || w[0] === 'ف' || w[0] === 'ب') && w.startsWith('ال', 1))
    )
      return false;
    if (
      AR_FUNCTION.has(w) ||
      AR_PREPS.has(w) ||
      AR_COMP.has(w) ||
      AR_ADVERBS.has(w) ||
      AR_SAYING.has(w) ||
      RELATIVES.has(w)
    )
      return false;
    if (AR_VAGUE_HEADS.has(w) || AR_GROUP_HEADS.has(w) || AR_INSTITUTION_HEADS.has(w) || this.isRole(w)) return false;
    if (this.cues.type[k] || arabicCue(w)) return false;
    return true;
  }

  /**
   * The personal name among tokens `a..b-1`: `عمر أبو سعيدة`, `أحمد المهدوي`, `هالة شمس الدين`. Titles and
   * descriptions come first in Arabic and an object may follow the name (`… عمر أبو سعيدة الزيارة بأنها`), so the
   * first run that is complete (closed by a definite family name) or opens with a known given name wins; else the
   * last run.
   */
  nameRunAr(a: number, b: number): [number, number] | undefined {
    const { v } = this;
    let last: [number, number] | undefined;
    let firstClosed: [number, number] | undefined;
    let k = a;
    while (k < b) {
      const particle = AR_NAME_PARTICLES.has(v.w[k]) && k + 1 < b;
      if (!this.nameLike(k) && !particle) {
        k++;
        continue;
      }
      const start = k;
      let len = 0;
      let closed = false;
      while (k < b) {
        if (k > start && v.gap[k] & G_PUNCT) break;
        const w = v.w[k];
        if (AR_NAME_PARTICLES.has(w) && k + 1 < b && !(v.gap[k + 1] & G_PUNCT)) {
          k += 2;
          len += 2;
          continue;
        }
        if (!this.nameLike(k)) break;
        k++;
        len++;
        // a definite family name closes a short name: أحمد المهدوي, شمس الدين
        if (
          k < b &&
          !(v.gap[k] & G_PUNCT) &&
          v.w[k].startsWith('ال') &&
          ((len === 1 && this.familyLike(k)) || (AR_COMPOUND_FIRST.has(v.w[k - 1]) && AR_COMPOUND_SECOND.has(v.w[k])))
        ) {
          k++;
          len++;
          closed = true;
          break;
        }
      }
      if (!len) continue;
      const run: [number, number] = [start, k];
      // the object of a preposition (`الباحث في شؤون الهجرة …`) is no name
      if (start > a && AR_PREPS.has(v.w[start - 1])) continue;
      if (this.givenNames.has(v.w[start]) || (v.men[start] >= 0 && v.mentions[v.men[start]].kind === 'person'))
        return run;
      if (closed && !firstClosed) firstClosed = run;
      last = run;
    }
    return firstClosed ?? last;
  }

  private familyLike(k: number): boolean {
    const w = this.v.w[k];
    if (
      this.isRole(w) ||
      AR_INSTITUTION_HEADS.has(w) ||
      AR_GROUP_HEADS.has(w) ||
      AR_VAGUE_HEADS.has(w) ||
      AR_FUNCTION.has(w)
    )
      return false;
    // a family name may look like a demonym (`المصري`, `اللبناني`)
    if (this.v.men[k] >= 0)
      return this.v.mentions[this.v.men[k]].kind === 'person' || this.v.mentions[this.v.men[k]].kind === 'demonym';
    return true;
  }

  /** Extent of an anonymous phrase from its head: `مصدر عسكري ليبي`, `أوساط متابعة لملف المخيمات`. */
  anonExtentAr(a: number, b: number): number {
    const { v } = this;
    let k = a + 1;
    let afterParticiple = false;
    let idafa = 0;
    while (k < b) {
      if (v.gap[k] & G_PUNCT || this.isClaim(k)) break;
      const w = v.w[k];
      if (WITHHOLDING_VERBS.has(w)) {
        let end = k + 1;
        while (end < b && end - k < 6 && !WITHHELD_IDENTITY.has(v.w[end])) end++;
        if (end < b && WITHHELD_IDENTITY.has(v.w[end])) k = end + 1;
        break;
      }
      if (isAdjective(w)) {
        afterParticiple = w[0] === 'م' || (w.startsWith('ال') && w[2] === 'م');
        k++;
        continue;
      }
      const freePrep = w === 'في' || w === 'من' || w === 'داخل' || w === 'لدي' || w === 'عن';
      // `متابعة لملف المخيمات`: a glued lam after a participle is its complement
      const gluedL = !freePrep && afterParticiple && w[0] === 'ل' && w.length > 3 && !AR_ADDRESSEE.has(w);
      if ((freePrep && (k === a + 1 || afterParticiple || idafa > 0)) || gluedL) {
        // the object of the preposition: a noun and what qualifies it
        if (freePrep) k++;
        if (k >= b || v.gap[k] & G_PUNCT || this.isClaim(k)) break;
        k++;
        while (k < b && !(v.gap[k] & G_PUNCT) && v.w[k].startsWith('ال') && !this.cues.type[k]) k++;
        afterParticiple = false;
        idafa = 0;
        continue;
      }
      // a genitive right after a group head: سائقو الشاحنات, تجار سوق الصاغة
      if (
        k <= a + 2 &&
        idafa < 2 &&
        !AR_FUNCTION.has(w) &&
        !AR_PREPS.has(w) &&
        !AR_COMP.has(w) &&
        !RELATIVES.has(w) &&
        !this.cues.type[k] &&
        v.w[a] !== 'مصدر' &&
        v.w[a] !== 'مصادر'
      ) {
        if (AR_GROUP_HEADS.has(stripConj(v.w[a])) || idafa > 0) {
          idafa++;
          k++;
          continue;
        }
      }
      break;
    }
    return k;
  }

  // --- English noun phrases ----------------------------------------------------------------------------------

  npBeforeEn(i: number, ss: number): [number, number] | 'pronoun' | undefined {
    return this.npEndingAt(i - 1, ss, 0);
  }

  /**
   * The English subject ending at token `k`: skips auxiliaries (`has said`), a parenthesis (`EDL (EDL) said`), an
   * apposition or a non-restrictive clause between commas (`X, a contractor from Zahle, said`, `X, who runs …,
   * told`) back to the name; keeps a restrictive one (`an official who asked not to be named told`).
   */
  private npEndingAt(k: number, ss: number, depth: number): [number, number] | 'pronoun' | undefined {
    const { v } = this;
    if (depth > 4) return undefined;
    while (k >= ss && EN_AUX.has(v.w[k]) && !(v.gap[k + 1] & G_PUNCT)) k--;
    if (k < ss || this.isClaim(k)) return undefined;
    if (v.gap[k + 1] & G_PAREN && v.text.slice(v.e[k], v.s[k + 1] ?? v.text.length).includes(')')) {
      let p = k;
      while (p > ss && !(v.gap[p] & G_PAREN)) p--;
      return this.npEndingAt(p - 1, ss, depth + 1);
    }
    if (v.gap[k + 1] & (G_COMMA | G_DASH)) {
      let c = k;
      while (c > ss && !(v.gap[c] & G_PUNCT)) c--;
      // `Jordanian Interior Minister Mazen al-Faraya, who …, said`: a demonym may open the phrase
      let n = c;
      while (n < k && v.men[n] >= 0 && v.mentions[v.men[n]].kind === 'demonym') n++;
      if (this.isNameStart(n) && !this.isClaim(n)) {
        const run = this.nameRunEn(n, k + 1);
        if (run && run[1] === k + 1) return run;
        if (n === c && v.men[k] >= 0 && v.mentions[v.men[k]].kind === 'person') return [c, k + 1];
      }
      if (v.gap[c] & (G_COMMA | G_DASH)) return this.npEndingAt(c - 1, ss, depth + 1);
      return undefined;
    }
    if (EN_PRONOUNS.has(v.w[k])) return 'pronoun';
    const b = k + 1;
    for (; k >= ss && b - k <= 10; k--) {
      if (this.isClaim(k)) break;
      if (k < b - 1 && v.gap[k + 1] & G_PUNCT) break;
      const w = v.w[k];
      if (w === 'who' || w === 'which' || w === 'whose') {
        if (v.gap[k] & G_COMMA) return this.npEndingAt(k - 1, ss, depth + 1);
        continue;
      }
      if (EN_CLAUSE.has(w) || this.cues.type[k]) {
        // A verb inside a restrictive relative clause (`a banker who asked not to be named said`) ends nothing: the
        // subject goes on from the clause's `who`.
        const rel = this.relativeBefore(k, Math.max(ss, b - 10));
        if (rel < 0) break;
        k = rel + 1;
      }
    }
    const a = k + 1;
    if (a >= b) return undefined;
    // `Jane Doe, the ministry's spokeswoman who …`: a descriptor after a comma stands for the name before it
    if (!v.cap[a] && (v.w[a] === 'a' || v.w[a] === 'an' || v.w[a] === 'the') && v.gap[a] & G_COMMA && a - 1 >= ss) {
      const before = this.npEndingAt(a - 1, ss, depth + 1);
      if (before && before !== 'pronoun' && v.cap[before[0]]) return before;
    }
    return [a, b];
  }

  /** The `who` or `whom` that opens the relative clause token `k` stands in, with no punctuation between; else -1. */
  private relativeBefore(k: number, from: number): number {
    const { v } = this;
    for (let j = k - 1; j >= from; j--) {
      if (v.gap[j + 1] & G_PUNCT) return -1;
      if (v.w[j] === 'who' || v.w[j] === 'whom') return j;
    }
    return -1;
  }

  /** A token that can open a name (capitalised, not a determiner), or a person mention. */
  private isNameStart(k: number): boolean {
    const { v } = this;
    if (v.men[k] >= 0) return v.mentions[v.men[k]].kind === 'person';
    return v.cap[k] === 1 && v.w[k] !== 'the' && v.w[k] !== 'a' && v.w[k] !== 'an';
  }

  /**
   * The subject a sentence opens with: its first person mention, or its first name run of two words or more
   * (a lone capital opening a sentence is any word). For a pronoun, a coordinated verb, a quote after a colon.
   */
  sentenceSubject(ss: number, before: number): SpeakerX | undefined {
    const { v } = this;
    for (let k = ss; k < before; k++) {
      if (v.inQ[k] >= 0) continue;
      if (v.men[k] >= 0) {
        const m = v.mentions[v.men[k]];
        if (m.kind === 'person') return this.fromMention(v.men[k], false);
        // `The World Food Programme has cut … and said`: a body that opens the sentence is its subject
        if (m.kind === 'organization' && (k === ss || (k === ss + 1 && v.w[ss] === 'the')))
          return this.fromMention(v.men[k], false);
        continue;
      }
      if (this.ar) continue;
      if (!v.cap[k] || EN_TITLES.has(v.w[k])) continue;
      const run = this.nameRunEn(k, Math.min(before, k + 5));
      if (!run || run[0] !== k) continue;
      if (run[1] - run[0] >= 2 || k > ss) {
        if (this.headClassEn(run[0], run[1])) continue;
        return this.named(run[0], run[1], false, before);
      }
    }
    return undefined;
  }

  /** `he said`, `what she called`: the sentence's subject, else the last speaker. */
  pronoun(k: number): SpeakerX | undefined {
    const ss = this.v.segStart[this.v.seg[k]];
    const w = this.v.w[k - 1] && EN_PRONOUNS.has(this.v.w[k - 1]) ? this.v.w[k - 1] : '';
    if (w !== 'they' && w !== 'it') {
      const s = this.sentenceSubject(ss, k);
      if (s) return s;
      // the subject of the sentence before (`Sara Haddad runs the clinic. She told the BBC: "…"`)
      const prev = this.v.seg[k] - 1;
      if (prev >= 0 && this.v.block[this.v.segStart[prev]] >= this.v.block[k] - 1) {
        const p = this.sentenceSubject(this.v.segStart[prev], this.v.segEnd[prev]);
        if (p && p.kind === 'named') return p;
        // or whoever spoke in it, named or not (`A senior banker said banks were merging. "…," he said.`)
        const s = this.reportedSubject(this.v.segStart[prev], this.v.segEnd[prev]);
        if (s && !s.plural) return s;
      }
    }
    return this.carried(k);
  }

  /** The subject of the first reporting verb of an English sentence, named or not, if one stands before it. */
  private reportedSubject(ss: number, se: number): SpeakerX | undefined {
    for (let k = ss + 1; k < se; k++) {
      if (this.cues.type[k] !== Cue.Verb || this.v.inQ[k] >= 0) continue;
      const np = this.npBeforeEn(k, ss);
      return np && np !== 'pronoun' ? this.classify(np[0], np[1], k, 0) : undefined;
    }
    return undefined;
  }

  npAfterEn(i: number, se: number, source: boolean): [number, number] | 'pronoun' | undefined {
    const { v } = this;
    const j = i + 1;
    if (j >= se || this.isClaim(j) || v.gap[j] & (G_STOP | G_COLON | G_BLOCK)) return undefined;
    if (v.gap[j] & G_COMMA && !source) return undefined;
    if (EN_PRONOUNS.has(v.w[j])) return 'pronoun';
    if (v.w[j] === 'that' || v.w[j] === 'in' || v.w[j] === 'on') return undefined;
    let k = j + 1;
    const cls = this.headClassEn(j, Math.min(se, j + 6));
    for (; k < se && k - j < 14; k++) {
      if (this.isClaim(k)) break;
      if (v.gap[k] & (G_STOP | G_COLON | G_PAREN | G_BLOCK | G_DASH)) break;
      if (v.gap[k] & G_COMMA) {
        // `said Jane Doe, a spokeswoman for …`: the apposition belongs to the name
        break;
      }
      const w = v.w[k];
      if (EN_CLAUSE.has(w) || this.cues.type[k]) break;
      if ((w === 'in' || w === 'at' || w === 'from') && cls !== 'vague' && cls !== 'group') break;
      if (AFTER_SPEAKER.has(w)) break;
    }
    return [j, k];
  }

  headClassEn(a: number, b: number): HeadClass {
    // `one official at the crossing`: a vague head anywhere makes the phrase vague sourcing
    for (let k = a; k < b; k++) if (EN_VAGUE_HEADS.has(this.v.w[k])) return 'vague';
    for (let k = a; k < b; k++) {
      const w = this.v.w[k];
      if (EN_GROUP_HEADS.has(w) && (!this.v.cap[k] || k === this.v.segStart[this.v.seg[k]])) return 'group';
      if (EN_INSTITUTION_HEADS.has(w)) return 'inst';
    }
    return undefined;
  }

  /** The last capitalised name run in `a..b-1`, titles left out: `Foreign Minister Jane Doe` → `Jane Doe`. */
  nameRunEn(a: number, b: number): [number, number] | undefined {
    const { v } = this;
    let best: [number, number] | undefined;
    let k = a;
    const nameTok = (k: number) =>
      v.men[k] >= 0
        ? v.mentions[v.men[k]].kind === 'person'
        : (v.cap[k] || /^(al|el|bin|abu)-/.test(v.w[k])) &&
          !EN_TITLES.has(v.w[k]) &&
          !EN_INSTITUTION_HEADS.has(v.w[k]) &&
          !EN_GROUP_HEADS.has(v.w[k]) &&
          !EN_VAGUE_HEADS.has(v.w[k]) &&
          v.w[k] !== 'the';
    while (k < b) {
      if (!nameTok(k)) {
        k++;
        continue;
      }
      const start = k;
      while (
        k < b &&
        (nameTok(k) || (EN_NAME_PARTICLES.has(v.w[k]) && k + 1 < b && nameTok(k + 1))) &&
        (k === start || !(v.gap[k] & G_PUNCT))
      )
        k++;
      best = [start, k];
    }
    return best;
  }

  // --- classification ----------------------------------------------------------------------------------------

  /** What the noun phrase `a..b-1` names, as a speaker of the cue at `cue`. */
  classify(a: number, b: number, cue: number, agree: number): SpeakerX | undefined {
    const { v } = this;
    if (a >= b) return undefined;
    const mentionOf = (kind: string) => {
      let found = -1;
      for (let k = a; k < b; k++) if (v.men[k] >= 0 && v.mentions[v.men[k]].kind === kind) found = v.men[k];
      return found;
    };
    const fem = !!(agree & Agree.Fem) && !(agree & Agree.Plural);
    if (this.ar) {
      const h = a;
      const cls = this.headClass(h);
      const head = stripArticle(stripConj(v.w[h]));
      if (cls === 'vague' || cls === 'group') {
        const definite = v.w[h].startsWith('ال') || stripConj(v.w[h]).startsWith('ال');
        const end = this.anonExtentAr(h, b);
        if (definite && end === h + 1) {
          const prior = this.anaphor(head, 'anonymous');
          if (prior) return prior;
        }
        const plural = AR_PLURAL_HEADS.has(stripConj(v.w[h])) || /(ون|ين)$/.test(head);
        const span = { start: v.s[h], end: v.e[end - 1] };
        return {
          name: v.text.slice(span.start, span.end),
          kind: 'anonymous',
          span,
          head,
          plural,
          fem: fem && !plural,
          vague: cls === 'vague' && !definite ? span : undefined,
        };
      }
      const person = mentionOf('person');
      if (person >= 0 && cls !== 'inst') {
        // a name the recogniser saw only part of (`أبو` in `عمر أبو سعيدة`) is the longer run
        const m = v.mentions[person];
        const run = this.nameRunAr(a, b);
        if (
          !run ||
          (v.s[run[0]] >= m.start && v.e[run[1] - 1] <= m.end) ||
          v.e[run[1] - 1] <= m.start ||
          v.s[run[0]] >= m.end
        )
          return this.fromMention(person, fem);
        return this.named(run[0], run[1], fem, cue, true);
      }
      if (cls === 'inst') {
        if (head === 'بيان') {
          // `بيان صادر عن الجيش`, `بيان للمجلس الرئاسي`: the institution behind the statement
          for (let k = h + 1; k < b; k++) {
            if (v.w[k] === 'عن' && k + 1 < b) return this.institution(k + 1, b, fem);
            if (k === h + 1 && v.w[k].startsWith('ل') && v.w[k].length > 3) return this.institution(k, b, fem, true);
          }
          if (v.w[h].startsWith('ال') && b - h <= 2) {
            const prior = this.anaphor(head, 'institution');
            if (prior) return prior;
          }
          let end = h + 1;
          while (end < b && isAdjective(v.w[end]) && !(v.gap[end] & G_PUNCT)) end++;
          const span = { start: v.s[h], end: v.e[end - 1] };
          return {
            name: v.text.slice(span.start, span.end),
            kind: 'institution',
            span,
            head,
            plural: false,
            fem: false,
          };
        }
        return this.institution(h, b, fem);
      }
      const org = mentionOf('organization');
      if (org >= 0 && v.men[a] === org) return this.fromMention(org, fem);
      const run = this.nameRunAr(a, b);
      if (run) return this.named(run[0], run[1], fem, cue);
      if (cls === 'role') {
        const prior = this.anaphor(head, 'named', cue);
        if (prior) return prior;
        let end = h + 1;
        while (end < b && v.w[end].startsWith('ال') && !(v.gap[end] & G_PUNCT) && end - h < 3) end++;
        const span = { start: v.s[h], end: v.e[end - 1] };
        return { name: v.text.slice(span.start, span.end), kind: 'named', span, head, plural: false, fem };
      }
      if (org >= 0) return this.fromMention(org, fem);
      // a family name alone (`الدباغ`), known from an earlier full name
      if (v.w[a].startsWith('ال') && cls === undefined) {
        const sur = this.surname(a, cue, fem);
        if (sur) return sur;
      }
      // a definite noun phrase (`الأونروا`, `الطرفين`): an institution or side
      if (v.w[a].startsWith('ال') || AR_PLURAL_HEADS.has(v.w[a])) return this.institution(a, b, fem);
      return undefined;
    }

    // English
    let s = a;
    while (s < b && (v.w[s] === 'a' || v.w[s] === 'an' || v.w[s] === 'the' || v.w[s] === 'another')) s++;
    if (s >= b) return undefined;
    const person = mentionOf('person');
    const cls = this.headClassEn(s, b);
    const run = this.nameRunEn(s, b);
    const headIdx = (() => {
      for (let k = s; k < b; k++)
        if (
          EN_VAGUE_HEADS.has(v.w[k]) ||
          (EN_GROUP_HEADS.has(v.w[k]) && (!v.cap[k] || k === v.segStart[v.seg[k]])) ||
          EN_INSTITUTION_HEADS.has(v.w[k])
        )
          return k;
      return -1;
    })();
    const modifier =
      !!run &&
      run[1] === headIdx &&
      run[1] - run[0] === 1 &&
      (v.men[run[0]] < 0 || v.mentions[v.men[run[0]]].kind !== 'person');
    const anonFirst =
      (cls === 'vague' || cls === 'group') &&
      headIdx >= 0 &&
      (person < 0 || v.s[headIdx] < v.mentions[person].start) &&
      (!run || headIdx < run[0] || modifier);
    if (anonFirst) {
      const span = { start: v.s[a], end: v.e[b - 1] };
      const head = v.w[headIdx];
      const plural = head.endsWith('s') || head === 'people';
      const withheld = WITHHELD.test(v.text.slice(span.start, span.end));
      return {
        name: v.text.slice(span.start, span.end),
        kind: 'anonymous',
        span,
        head,
        plural,
        fem: false,
        vague: cls === 'vague' || withheld ? span : undefined,
      };
    }
    // `Sudani's office`: an institution that belongs to a person
    if (cls === 'inst' && headIdx > s && /^['’]s\b/.test(v.text.slice(v.e[headIdx - 1], v.e[headIdx - 1] + 3))) {
      const span = { start: v.s[a], end: v.e[b - 1] };
      return {
        name: v.text.slice(span.start, span.end),
        kind: 'institution',
        span,
        head: v.w[headIdx],
        plural: false,
        fem: false,
      };
    }
    if (person >= 0) return this.fromMention(person, false);
    const org = mentionOf('organization');
    if (run && !(cls === 'inst' && headIdx >= 0 && headIdx >= run[1] - 1) && !(org >= 0 && v.men[run[0]] === org)) {
      // an acronym or a one-word capital after a determiner is an institution (`the UN`)
      const one = run[1] - run[0] === 1 && (s > a || /^[A-Z]{2,}$/.test(slice(v, run[0], run[0])));
      if (!one) return this.named(run[0], run[1], false, cue);
    }
    if (org >= 0) return this.fromMention(org, false);
    if (cls === 'inst' || run) {
      const span = { start: v.s[a], end: v.e[b - 1] };
      const head = headIdx >= 0 ? v.w[headIdx] : v.w[b - 1];
      if (s > a && v.w[a] === 'the' && b - s <= 2) {
        const prior = this.anaphor(head, 'institution');
        if (prior) return prior;
      }
      return { name: v.text.slice(span.start, span.end), kind: 'institution', span, head, plural: false, fem: false };
    }
    if (EN_TITLES.has(v.w[b - 1]) || EN_TITLES.has(v.w[s])) {
      const head = v.w[b - 1];
      const prior = this.anaphor(head, 'named', cue);
      if (prior) return prior;
      const span = { start: v.s[a], end: v.e[b - 1] };
      return { name: v.text.slice(span.start, span.end), kind: 'named', span, head, plural: false, fem: false };
    }
    // `a senior banker (who asked not to be named)`: someone unnamed, described by an indefinite noun phrase; vague
    // sourcing where the clause says the name is withheld
    if (s > a && (v.w[a] === 'a' || v.w[a] === 'an')) {
      let h = s;
      while (h < b && !v.cap[h] && v.w[h] !== 'who' && v.w[h] !== 'whom') h++;
      if (h > s && (h === b || !v.cap[h])) {
        const span = { start: v.s[a], end: v.e[b - 1] };
        const name = v.text.slice(span.start, span.end);
        const withheld = WITHHELD.test(name);
        return {
          name,
          kind: 'anonymous',
          span,
          head: v.w[h - 1],
          plural: false,
          fem: false,
          vague: withheld ? span : undefined,
        };
      }
    }
    return undefined;
  }

  private institution(a: number, b: number, fem: boolean, lPrefixed = false): SpeakerX {
    const { v } = this;
    for (let k = a; k < b; k++)
      if (
        v.men[k] >= 0 &&
        (v.mentions[v.men[k]].kind === 'organization' || (k === a && v.mentions[v.men[k]].kind === 'person'))
      )
        return this.fromMention(v.men[k], fem);
    // cut at a preposition that starts an adjunct (`في بيان`), keep genitives
    let end = a + 1;
    while (
      end < b &&
      !(v.gap[end] & G_PUNCT) &&
      !AR_PREPS.has(v.w[end]) &&
      !AR_COMP.has(v.w[end]) &&
      !RELATIVES.has(v.w[end]) &&
      !this.cues.type[end] &&
      end - a < 8
    )
      end++;
    let start = v.s[a];
    if (lPrefixed) start += v.text.charCodeAt(start) === 0x644 ? 1 : 0;
    const head = stripArticle(lPrefixed ? v.w[a].slice(1) : stripConj(v.w[a]));
    const span = { start, end: v.e[end - 1] };
    if (v.w[a].startsWith('ال') && end === a + 1) {
      const prior = this.anaphor(head, 'institution');
      if (prior) return prior;
    }
    return {
      name: v.text.slice(span.start, span.end),
      kind: 'institution',
      span,
      head,
      plural: AR_PLURAL_HEADS.has(v.w[a]),
      fem: false,
    };
  }

  private fromMention(mi: number, fem: boolean): SpeakerX {
    const m = this.v.mentions[mi];
    const kind = m.kind === 'person' ? 'named' : 'institution';
    const name = this.names.get(m.entity) ?? m.text;
    const head = stripArticle(fold(m.text).split(' ').pop() ?? '');
    return { name, kind, entity: m.entity, span: { start: m.start, end: m.end }, head, plural: false, fem };
  }

  /** A name found by rule: tied to an entity whose mention ends with it (a surname alone), else to a prior speaker. */
  private named(a: number, b: number, fem: boolean, cue: number, ownRun = false): SpeakerX {
    const { v } = this;
    if (!ownRun)
      for (let k = a; k < b; k++)
        if (v.men[k] >= 0 && v.mentions[v.men[k]].kind === 'person') return this.fromMention(v.men[k], fem);
    const span = { start: v.s[a], end: v.e[b - 1] };
    const text = v.text.slice(span.start, span.end);
    const key = v.w.slice(a, b).join(' ');
    // the same name, or its last words, among earlier mentions and speakers: the latest one
    const same = (f: string) => f === key || f.endsWith(' ' + key);
    let bestAt = -1;
    let best: SpeakerX | undefined;
    const limit = v.s[cue] + 200;
    for (let mi = v.mentions.length - 1; mi >= 0; mi--) {
      const m = v.mentions[mi];
      if (m.kind !== 'person' || m.start >= limit || m.start <= bestAt) continue;
      if (same(this.ar ? fold(m.text) : m.text.toLowerCase())) {
        bestAt = m.start;
        best = { ...this.fromMention(mi, fem), span };
        break;
      }
    }
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.kind !== 'named' || !h.span || h.span.start <= bestAt || h.span.start >= limit) continue;
      if (same(this.ar ? fold(h.name) : h.name.toLowerCase())) {
        bestAt = h.span.start;
        best = { ...h, span };
      }
    }
    if (best) return best;
    // a surname alone, named in full earlier in the text (`Mark Lee … Lee added`, `إبراهيم كنعان … وأضاف كنعان`)
    if (b - a === 1) {
      for (let k = a - 1; k > 0 && a - k < 3000; k--) {
        if (v.w[k] !== key || v.gap[k] & G_PUNCT) continue;
        let r = k - 1;
        while (
          r >= 0 &&
          k - r <= 2 &&
          (this.ar ? this.nameLike(r) : v.cap[r] === 1 && !EN_TITLES.has(v.w[r])) &&
          !(v.gap[r + 1] & G_PUNCT)
        )
          r--;
        if (r + 1 < k) {
          const full = { start: v.s[r + 1], end: v.e[k] };
          return {
            name: v.text.slice(full.start, full.end),
            kind: 'named',
            span,
            head: stripArticle(key),
            plural: false,
            fem,
          };
        }
      }
    }
    return { name: text, kind: 'named', span, head: stripArticle(v.w[b - 1]), plural: false, fem };
  }

  /** A definite family name standing alone for a person named in full before the cue. */
  private surname(a: number, cue: number, fem: boolean): SpeakerX | undefined {
    const { v } = this;
    const key = v.w[a];
    const span = { start: v.s[a], end: v.e[a] };
    for (let mi = v.mentions.length - 1; mi >= 0; mi--) {
      const m = v.mentions[mi];
      if (m.kind === 'person' && m.start < v.s[cue] && fold(m.text).endsWith(' ' + key))
        return { ...this.fromMention(mi, fem), span };
    }
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.kind === 'named' && fold(h.name).endsWith(' ' + key)) return { ...h, span };
    }
    return undefined;
  }

  /**
   * A definite head standing for someone named before: `المصادر`, `البيان`, `الأب`, `ابنه`, `the minister`.
   * The latest speaker with that head, else the latest person mention with that word in or just before it.
   */
  private anaphor(head: string, kind: Speaker['kind'], before = -1): SpeakerX | undefined {
    const stem = this.ar ? head.replace(/(ه|ها|هم)$/, '') : head;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.kind === kind && (h.head === head || h.head === stem)) return h;
    }
    if (kind !== 'named' || before < 0) return undefined;
    const { v } = this;
    const at = v.s[before];
    const isHead = (j: number) => {
      const w = v.w[j];
      const x = stripArticle(w);
      return x === head || x === stem || (this.ar && 'ال' + stem === w);
    };
    for (let mi = v.mentions.length - 1; mi >= 0; mi--) {
      const m = v.mentions[mi];
      if (m.kind !== 'person' || m.start >= at) continue;
      // the head among the mention's words, the three words before it, or the word right after it (`… الابن`)
      const k = tokenAt(v, m.start);
      let end = k;
      while (end < v.n && v.s[end] < m.end) end++;
      for (let j = Math.max(0, k - 3); j < end; j++) if (isHead(j)) return this.fromMention(mi, false);
      if (end < v.n && !(v.gap[end] & G_PUNCT) && isHead(end)) {
        const sp = this.fromMention(mi, false);
        const span = { start: m.start, end: v.e[end] };
        return { ...sp, name: v.text.slice(span.start, span.end), span };
      }
    }
    // no mention: a name run right before the same role word (`إيلي معلوف الابن`)
    if (this.ar) {
      for (let j = before - 1; j > 0 && before - j < 3000; j--) {
        if (!isHead(j) || v.gap[j] & G_PUNCT) continue;
        let r = j - 1;
        while (r >= 0 && j - r <= 3 && this.nameLike(r) && !(v.gap[r + 1] & G_PUNCT)) r--;
        if (r + 1 < j) {
          const span = { start: v.s[r + 1], end: v.e[j] };
          return { name: v.text.slice(span.start, span.end), kind: 'named', span, head, plural: false, fem: false };
        }
      }
    }
    return undefined;
  }
}

/** Nisba adjectives and participles that qualify a head: `عسكري`, `الليبية`, `مطلعة`, `متابعة`, `رفيع`. */
export function isAdjective(w: string): boolean {
  const x = w.startsWith('ال') ? w.slice(2) : w;
  if (x.length < 3) return false;
  if (/(ي|يه|يون|يين|يان|يتان)$/.test(x)) return true;
  if (x[0] === 'م' && x.length >= 4 && !AR_GROUP_HEADS.has(x) && !AR_INSTITUTION_HEADS.has(x) && !AR_VAGUE_HEADS.has(x))
    return true;
  return QUALIFIERS.has(x);
}
