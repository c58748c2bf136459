/**
 * What attribution needs from a language, behind one interface: which words are cues, the noun phrases before and
 * after a cue, name runs, head classes, the subject of a reporting verb, and the rules that say what a phrase names.
 * The attributor and the quote finder are language-neutral and take a `Grammar`; `arabic.ts` and `english.ts` are
 * the two there are. Adding a language is a word list per class in `lexicon/` and one grammar here.
 */
import type { Speaker } from '../../types';
import type { CueMarker, Cues } from '../cues';
import type { View } from '../view';

/** Tokens `a..b-1` of the view: a noun phrase or a name run. */
export type Np = [number, number];

/** The class of a noun phrase's head: anonymous sourcing, an unnamed group, an institution, or a role or title. */
export type HeadClass = 'vague' | 'group' | 'inst' | 'role' | undefined;

/** A speaker as attribution tracks it: the public fields plus what agreement and anaphora need. */
export interface SpeakerX extends Speaker {
  /** Head word, folded, without the article: `مصادر`, `بيان`, `وزير`, `ministry`. */
  head: string;
  plural: boolean;
  fem: boolean;
  /** The phrase is vague sourcing (`مصادر مطلعة`, `sources familiar with …`). */
  vague?: { start: number; end: number };
}

/** The speaker a rule found for a quote, the cue that names it, and the rules that chose it (for `--explain`). */
export interface Found {
  s?: SpeakerX;
  cue?: number;
  why: string[];
}

/**
 * A rule with a name, and its reason in the comment above its entry: one entry of a table that is tried in order, the
 * first that answers wins. The name is what `--explain` prints; the reason stays out of the shipped script.
 */
export interface Rule<P> {
  name: string;
  pick(p: P): SpeakerX | undefined;
}

/**
 * What a grammar may ask of the attribution it serves: the article, its cues and claims, the speakers met so far,
 * and the language-neutral ways of making a speaker.
 */
export interface Attribution {
  readonly v: View;
  readonly cues: Cues;
  readonly g: Grammar;
  /** The given names the recogniser knows (folded). */
  readonly givenNames: ReadonlySet<string>;
  /** Speakers in the order they spoke, for carrying subjectless cues and for anaphora. */
  readonly history: readonly SpeakerX[];
  /** The rules behind the speaker the last call of `classify`, `explicit`, `carried` or `sentenceSubject` returned. */
  why: string[];
  /** Token `i` is inside a quote that is a claim. */
  isClaim(i: number): boolean;
  /** Token `i` is inside a quoted name or term. */
  isNameQ(i: number): boolean;
  /** The speaker the cue at `i` names itself, or undefined. */
  explicit(i: number): SpeakerX | undefined;
  /** The last speaker who agrees with the cue at `i`. */
  carried(i: number): SpeakerX | undefined;
  /** The person or body a sentence opens with. */
  sentenceSubject(ss: number, before: number): SpeakerX | undefined;
  /** What the noun phrase `a..b-1` names, as the speaker of the cue at `cue`, by the grammar's speaker rules. */
  classify(a: number, b: number, cue: number, fem: boolean): SpeakerX | undefined;
  /** The speaker a mention is: a person named, anything else an institution, by its entity's display name. */
  fromMention(mi: number, fem: boolean): SpeakerX;
  /** A name found by rule (`a..b-1`), tied to an earlier mention or speaker it ends (a surname alone). */
  named(a: number, b: number, fem: boolean, cue: number, ownRun?: boolean): SpeakerX;
  /** The speaker met before whose head a definite head stands for (`المصادر`, `the minister`). */
  anaphor(head: string, kind: Speaker['kind'], before?: number): SpeakerX | undefined;
  /** Records that `rule` chose `s` (where there is one), on top of `after`: the reasons of the call that found it. */
  because(rule: string, s: SpeakerX | undefined, after?: readonly string[]): SpeakerX | undefined;
}

/**
 * A language's grammar of attribution. Stateless: one object per language, whose functions read the article through
 * the `Attribution` they are given, so the same grammar serves every article and the tests call it directly.
 */
export interface Grammar {
  /** Which words are cues, and of what kind. */
  markCue: CueMarker;
  /** The noun phrase after the cue at `i` (its subject, or a source's noun phrase), bounded by `se`. */
  npAfter(at: Attribution, i: number, se: number, source: boolean): Np | 'pronoun' | undefined;
  /** The noun phrase that ends right before the cue at `i`: its subject where it comes first. */
  npBefore(at: Attribution, i: number, ss: number): Np | 'pronoun' | undefined;
  /** The personal name among tokens `a..b-1`. */
  nameRun(at: Attribution, a: number, b: number): Np | undefined;
  /** The class of the head of the phrase `a..b-1`. */
  headClass(at: Attribution, a: number, b: number): HeadClass;
  /** A source that belongs to someone already named (`according to his office`): the speaker is that someone. */
  possessed(at: Attribution, a: number, b: number): boolean;
  /** The explicit speaker of the reporting verb or participle at `i` in the sentence `ss..se`. */
  verbSubject(at: Attribution, i: number, ss: number, se: number): SpeakerX | undefined;
  /** What the noun phrase `a..b-1` names: the grammar's speaker rules, tried in order. */
  classify(at: Attribution, a: number, b: number, cue: number, fem: boolean): SpeakerX | undefined;
  /** A word that may stand in a full name before a surname (`Mark Lee … Lee`). */
  nameWord(at: Attribution, k: number): boolean;
  /** A name as names are compared: folded (Arabic) or lower-cased (English). */
  nameKey(name: string): string;
  /** Whether the speaker `s` agrees with the subjectless cue at `i`, for carrying it. */
  agrees(at: Attribution, i: number, s: SpeakerX): boolean;
  /** Before carrying: a speaker the language reads off the sentences around a subjectless cue, or undefined. */
  carriedFirst(at: Attribution, i: number): SpeakerX | undefined;
  /** A name run at token `k` that opens the sentence `ss..before` as its subject (no mention covers it). */
  sentenceName(at: Attribution, k: number, ss: number, before: number): SpeakerX | undefined;
  /** A head without its possessive suffix (`ابنه` → `ابن`), for anaphora. */
  stem(head: string): string;
  /** Whether word `w` is the head `head` (or its stem), for anaphora. */
  isHead(w: string, head: string, stem: string): boolean;
  /** Where no mention has the head: a name run right before the same role word (`إيلي معلوف الابن`). */
  nameBeforeHead(at: Attribution, isHead: (j: number) => boolean, head: string, before: number): SpeakerX | undefined;
  /** Vague sourcing that is nobody's subject (`أوساط متابعة`, `officials familiar with …`), appended to `out`. */
  standaloneVague(at: Attribution, out: { start: number; end: number }[]): void;
  /** The speaker a cue at token `t`, right after a quote, names (`"…"، قال X`, `"…," Smith said`). */
  cueAfterQuote(at: Attribution, t: number, se: number): Found | undefined;
  /** Who speaks for a cue before a quote that names nobody, before the last speaker is carried (`he said: "…"`). */
  subjectlessCue(at: Attribution, near: number, ss: number): Found | undefined;
  /** A short sentence right after a quote that attributes it (`"…." Smith said.`), from its first token `se`. */
  sentenceAfterQuote(at: Attribution, se: number): Found | undefined;
  /** Lemmas of the reporting verbs that carry an indirect claim (`أكد أن …`, `said that …`). */
  indirectLemmas: ReadonlySet<string>;
  /** The word that opens an indirect claim after its verb and subject (`أن`, `that`). */
  isClaimComplementiser(w: string): boolean;
  /**
   * Whether the word `p` before a quoted span of `n` words (from token `a`) makes it a name (`حركة "حماس"`, `the
   * film "…"`). `sentence`: the span holds a sentence; `prevName`: the span before it, joined by `و`, was a name.
   */
  nameBeforeQuote(v: View, cues: Cues, p: number, a: number, n: number, sentence: boolean, prevName: boolean): boolean;
  /** Whether the quoted words `a..b` are a title in Title Case (`"The Long Road Home"`). */
  isQuotedTitle(v: View, cues: Cues, a: number, b: number): boolean;
}

/**
 * A head word without the Arabic article. Arabic text can stand in an English article too (a name), so heads are
 * compared this way in both languages.
 */
export const stripArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

/** The first rule of the table that finds a speaker in `p`; its name is recorded as the reason. */
export function firstRule<P>(at: Attribution, rules: readonly Rule<P>[], p: P): SpeakerX | undefined {
  for (const r of rules) {
    const s = r.pick(p);
    if (s) return at.because(r.name, s);
  }
  return undefined;
}

/** The last mention of `kind` among tokens `a..b-1`, or -1. */
export function mentionIn(v: View, a: number, b: number, kind: string): number {
  let found = -1;
  for (let k = a; k < b; k++) if (v.men[k] >= 0 && v.mentions[v.men[k]].kind === kind) found = v.men[k];
  return found;
}
