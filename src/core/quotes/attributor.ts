/**
 * Resolution of speakers over the article, language-neutral: holds the speakers seen so far, for carrying
 * subjectless cues and for anaphora (`المصادر`, `البيان`, `the minister`, a surname alone), and makes speakers of
 * mentions and names. What a phrase is, and where a cue's subject stands, it asks the article's `Grammar`.
 */
import { fold } from '../text/normalize';
import type { Speaker } from '../types';
import { Cue, type Cues } from './cues';
import { stripArticle, type Attribution, type Grammar, type SpeakerX } from './grammar/grammar';
import { G_PUNCT, tokenAt, type View } from './view';

export class Attributor implements Attribution {
  readonly history: SpeakerX[] = [];
  why: string[] = [];

  constructor(
    readonly v: View,
    readonly cues: Cues,
    readonly g: Grammar,
    /** True for a top-level quote that is a claim (not a name). */
    private readonly claim: Uint8Array,
    /** Display names of entities (full name), by key. */
    private readonly names: Map<string, string>,
    readonly givenNames: ReadonlySet<string>,
  ) {}

  isClaim(i: number): boolean {
    const q = this.v.inQ[i];
    return q >= 0 && this.claim[q] === 1;
  }

  isNameQ(i: number): boolean {
    const q = this.v.inQ[i];
    return q >= 0 && this.claim[q] === 0;
  }

  because(rule: string, s: SpeakerX | undefined, after: readonly string[] = []): SpeakerX | undefined {
    if (s) this.why = [rule, ...after];
    return s;
  }

  /** The explicit speaker of the cue at `i`, or undefined where the cue names nobody. */
  explicit(i: number): SpeakerX | undefined {
    const { v, cues, g } = this;
    const t = cues.type[i];
    const ss = v.segStart[v.seg[i]];
    const se = v.segEnd[v.seg[i]];
    if (t === Cue.Source) {
      const np = g.npAfter(this, cues.arg[i] - 1, se, true);
      if (!np || np === 'pronoun' || g.possessed(this, np[0], np[1])) return undefined;
      return this.because('source: the noun phrase after it', this.classify(np[0], np[1], i, false), this.why);
    }
    if (t === Cue.Bare) return undefined;
    return g.verbSubject(this, i, ss, se);
  }

  /** The last speaker that agrees with the cue at `i` (number and gender), else the last one. */
  carried(i: number): SpeakerX | undefined {
    const h = this.history;
    const first = this.g.carriedFirst(this, i);
    if (first) return this.because('carried: the person the sentence before brings in', first, this.why);
    if (!h.length) return undefined;
    for (let k = h.length - 1; k >= Math.max(0, h.length - 4); k--)
      if (this.g.agrees(this, i, h[k])) return this.because('carried: the last speaker who agrees', h[k]);
    return this.because('carried: the last speaker', h[h.length - 1]);
  }

  remember(s: SpeakerX): void {
    const h = this.history;
    if (h.length && h[h.length - 1] === s) return;
    h.push(s);
  }

  /**
   * The subject a sentence opens with: its first person mention, a body that opens it, or (where the grammar finds
   * one) a name run. For a pronoun, a coordinated verb, a quote after a colon.
   */
  sentenceSubject(ss: number, before: number): SpeakerX | undefined {
    const { v } = this;
    for (let k = ss; k < before; k++) {
      if (v.inQ[k] >= 0) continue;
      if (v.men[k] >= 0) {
        const m = v.mentions[v.men[k]];
        if (m.kind === 'person')
          return this.because('sentence subject: a person mention', this.fromMention(v.men[k], false));
        // `The World Food Programme has cut … and said`: a body that opens the sentence is its subject
        if (m.kind === 'organization' && (k === ss || (k === ss + 1 && v.w[ss] === 'the')))
          return this.because('sentence subject: a body opening it', this.fromMention(v.men[k], false));
        continue;
      }
      const s = this.g.sentenceName(this, k, ss, before);
      if (s) return this.because('sentence subject: a name run', s);
    }
    return undefined;
  }

  classify(a: number, b: number, cue: number, fem: boolean): SpeakerX | undefined {
    if (a >= b) return undefined;
    return this.g.classify(this, a, b, cue, fem);
  }

  fromMention(mi: number, fem: boolean): SpeakerX {
    const m = this.v.mentions[mi];
    const kind = m.kind === 'person' ? 'named' : 'institution';
    const name = this.names.get(m.entity) ?? m.text;
    const head = stripArticle(fold(m.text).split(' ').pop() ?? '');
    return { name, kind, entity: m.entity, span: { start: m.start, end: m.end }, head, plural: false, fem };
  }

  /** A name found by rule: tied to an entity whose mention ends with it (a surname alone), else to a prior speaker. */
  named(a: number, b: number, fem: boolean, cue: number, ownRun = false): SpeakerX {
    const { v } = this;
    if (!ownRun)
      for (let k = a; k < b; k++)
        if (v.men[k] >= 0 && v.mentions[v.men[k]].kind === 'person') return this.fromMention(v.men[k], fem);
    const span = { start: v.s[a], end: v.e[b - 1] };
    const key = v.w.slice(a, b).join(' ');
    const prior = this.namedBefore(key, span, fem, v.s[cue] + 200);
    if (prior) return prior;
    // a surname alone, named in full earlier in the text (`Mark Lee … Lee added`, `إبراهيم كنعان … وأضاف كنعان`)
    if (b - a === 1) {
      const full = this.fullNameBefore(a, key);
      if (full)
        return {
          name: v.text.slice(full.start, full.end),
          kind: 'named',
          span,
          head: stripArticle(key),
          plural: false,
          fem,
        };
    }
    return {
      name: v.text.slice(span.start, span.end),
      kind: 'named',
      span,
      head: stripArticle(v.w[b - 1]),
      plural: false,
      fem,
    };
  }

  /** The same name, or its last words, among mentions and speakers before `limit`: the latest one, at `span`. */
  private namedBefore(
    key: string,
    span: { start: number; end: number },
    fem: boolean,
    limit: number,
  ): SpeakerX | undefined {
    const { v, g } = this;
    const same = (f: string) => f === key || f.endsWith(' ' + key);
    let bestAt = -1;
    let best: SpeakerX | undefined;
    for (let mi = v.mentions.length - 1; mi >= 0; mi--) {
      const m = v.mentions[mi];
      if (m.kind !== 'person' || m.start >= limit || m.start <= bestAt) continue;
      if (same(g.nameKey(m.text))) {
        bestAt = m.start;
        best = { ...this.fromMention(mi, fem), span };
        break;
      }
    }
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.kind !== 'named' || !h.span || h.span.start <= bestAt || h.span.start >= limit) continue;
      if (same(g.nameKey(h.name))) {
        bestAt = h.span.start;
        best = { ...h, span };
      }
    }
    return best;
  }

  /** The full name that ends with the one word `key` before token `a`, within 3,000 tokens. */
  private fullNameBefore(a: number, key: string): { start: number; end: number } | undefined {
    const { v } = this;
    for (let k = a - 1; k > 0 && a - k < 3000; k--) {
      if (v.w[k] !== key || v.gap[k] & G_PUNCT) continue;
      let r = k - 1;
      while (r >= 0 && k - r <= 2 && this.g.nameWord(this, r) && !(v.gap[r + 1] & G_PUNCT)) r--;
      if (r + 1 < k) return { start: v.s[r + 1], end: v.e[k] };
    }
    return undefined;
  }

  /**
   * A definite head standing for someone named before: `المصادر`, `البيان`, `الأب`, `ابنه`, `the minister`.
   * The latest speaker with that head, else the latest person mention with that word in or just before it.
   */
  anaphor(head: string, kind: Speaker['kind'], before = -1): SpeakerX | undefined {
    const { g } = this;
    const stem = g.stem(head);
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.kind === kind && (h.head === head || h.head === stem)) return h;
    }
    if (kind !== 'named' || before < 0) return undefined;
    const isHead = (j: number) => g.isHead(this.v.w[j], head, stem);
    return this.mentionWithHead(isHead, before) ?? g.nameBeforeHead(this, isHead, head, before);
  }

  /** The latest person mention before token `before` with a head word among its words or the three before it. */
  private mentionWithHead(isHead: (j: number) => boolean, before: number): SpeakerX | undefined {
    const { v } = this;
    const at = v.s[before];
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
    return undefined;
  }
}
