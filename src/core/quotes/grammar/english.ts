/**
 * The English grammar of attribution. The subject mostly stands before its verb (`X said`, `X, a contractor, told`)
 * and after it only in inversion right after a quote or comma (`"…," said Lina Kassab`); a pronoun (`"…," she said`)
 * stands for the subject of its sentence or the one before. English shows no agreement: a pronoun's number and
 * whether it is a person carry a subjectless cue.
 */
import {
  AUX,
  AUX_AFTER_AND,
  CLAUSE,
  POSSESSIVES,
  PRONOUNS,
  SPEAKER_PRONOUNS,
  TITLE_SMALL,
} from '../../lexicon/en/function-words';
import { NAME_NOUNS } from '../../lexicon/en/naming';
import { ROLES } from '../../lexicon/en/roles';
import { CUES, INDIRECT, NO_INVERSION } from '../../lexicon/en/saying';
import {
  VAGUE_FOLLOWERS,
  VAGUE_HEADS,
  VAGUE_MODIFIERS,
  VAGUE_QUALIFIER_ENDS,
  VAGUE_QUALIFIERS,
} from '../../lexicon/en/sources';
import { Cue, type Cues } from '../cues';
import { G_COMMA, G_MARK, G_PUNCT, type View } from '../view';
import { headClass, nameRun, npAfter, npBefore } from './english-phrases';
import { classifyEnglish } from './english-speakers';
import { stripArticle, type Attribution, type Found, type Grammar, type SpeakerX } from './grammar';

/** Marks token `i` where it is an English cue: a reporting verb used as one, or `according to`. */
function markCue(v: View, i: number, cues: Cues): void {
  const w = v.w[i];
  if (w === 'according' && v.w[i + 1] === 'to') {
    cues.type[i] = Cue.Source;
    cues.arg[i] = i + 2;
    cues.lemma[i] = 'according';
    return;
  }
  if (!CUES.has(w)) return;
  const next = v.w[i + 1];
  if (w === 'pointed' && next !== 'out') return;
  if ((w === 'put' || w === 'summed') && next !== 'it' && next !== 'up') return;
  // `who asked not to be named`, `asked to remain anonymous`: a request, not a statement.
  if ((w === 'asked' || w === 'asks') && (next === 'not' || next === 'to')) return;
  // `the said`, `say, a …`: a cue word used as a noun or adverb.
  if (i > 0 && (v.w[i - 1] === 'the' || v.w[i - 1] === 'a')) return;
  cues.type[i] = w === 'saying' ? Cue.Participle : Cue.Verb;
  cues.lemma[i] = w;
}

/** `X said`, then `said X` right after a quote or comma, then the subject of a coordinated verb. */
function verbSubject(at: Attribution, i: number, ss: number, se: number): SpeakerX | undefined {
  const { v, cues } = at;
  const t = cues.type[i];
  if (t !== Cue.Verb && t !== Cue.Participle) return undefined;
  const before = t === Cue.Verb ? npBefore(at, i, ss) : undefined;
  if (before === 'pronoun') return undefined;
  if (before) {
    const s = at.classify(before[0], before[1], i, false);
    if (s) return at.because('subject: before the verb', s, at.why);
  }
  // `said X` only right after a quote or a comma: `"…," said Lina Kassab`
  if (t === Cue.Verb && !NO_INVERSION.has(v.w[i]) && i > ss && v.gap[i] & (G_COMMA | G_MARK)) {
    const after = npAfter(at, i, se, false);
    if (after && after !== 'pronoun')
      return at.because('subject: after the verb, inverted', at.classify(after[0], after[1], i, false), at.why);
  }
  // `X toured the fair and called on investors to "…"`: the subject of the sentence
  let k = i - 1;
  while (k >= ss && AUX.has(v.w[k])) k--;
  if (k >= ss && v.w[k] === 'and')
    return at.because('subject: of the coordinated verb', at.sentenceSubject(ss, k), at.why);
  return undefined;
}

/** Words that open a sentence about the person the one before was about: `She opened it …`, `Her sister …`. */
const SAME_PERSON = new Set(['he', 'she', 'his', 'her']);

/** `he said`, `what she called`: the sentence's subject, else the last speaker. */
function pronoun(at: Attribution, k: number): SpeakerX | undefined {
  const { v } = at;
  const ss = v.segStart[v.seg[k]];
  const w = v.w[k - 1] && PRONOUNS.has(v.w[k - 1]) ? v.w[k - 1] : '';
  if (w !== 'they' && w !== 'it') {
    const s = at.sentenceSubject(ss, k);
    if (s) return at.because('pronoun: the subject of its sentence', s, at.why);
    // the subject of the sentence before (`Sara Haddad runs the clinic. She told the BBC: "…"`); one that opens with
    // he, she or her speaks of the same person still, and whoever it names later is not its subject
    let prev = v.seg[k] - 1;
    let reach = v.block[k] - 1;
    for (; prev > 0 && v.seg[k] - prev < 4 && SAME_PERSON.has(v.w[v.segStart[prev]]); prev--)
      reach = Math.min(reach, v.block[v.segStart[prev]] - 1);
    if (prev >= 0 && v.block[v.segStart[prev]] >= reach) {
      const p = at.sentenceSubject(v.segStart[prev], v.segEnd[prev]);
      if (p && p.kind === 'named') return at.because('pronoun: the subject of the sentence before', p, at.why);
      // or whoever spoke in it, named or not (`A senior banker said banks were merging. "…," he said.`)
      const r = reportedSubject(at, v.segStart[prev], v.segEnd[prev]);
      if (r && !r.plural) return at.because('pronoun: who spoke in the sentence before', r, at.why);
    }
  }
  return at.carried(k);
}

/** The subject of the first reporting verb of an English sentence, named or not, if one stands before it. */
function reportedSubject(at: Attribution, ss: number, se: number): SpeakerX | undefined {
  for (let k = ss + 1; k < se; k++) {
    if (at.cues.type[k] !== Cue.Verb || at.v.inQ[k] >= 0) continue;
    const np = npBefore(at, k, ss);
    return np && np !== 'pronoun' ? at.classify(np[0], np[1], k, false) : undefined;
  }
  return undefined;
}

/** `"…," she said`: the pronoun before (or after) the verb says whether a person or a plural is speaking. */
function agrees(at: Attribution, i: number, s: SpeakerX): boolean {
  const { w } = at.v;
  const p = w[i - 1] && PRONOUNS.has(w[i - 1]) ? w[i - 1] : w[i + 1] && PRONOUNS.has(w[i + 1]) ? w[i + 1] : '';
  if (p === 'they') return s.plural || s.kind !== 'named';
  if (p === 'he' || p === 'she') return s.kind === 'named';
  return true;
}

/** A name run of two words or more (a lone capital opening a sentence is any word) that is no title or head. */
function sentenceName(at: Attribution, k: number, ss: number, before: number): SpeakerX | undefined {
  const { v } = at;
  if (!v.cap[k] || ROLES.has(v.w[k])) return undefined;
  const run = nameRun(at, k, Math.min(before, k + 5));
  if (!run || run[0] !== k) return undefined;
  if ((run[1] - run[0] >= 2 || k > ss) && !headClass(at, run[0], run[1]))
    return at.named(run[0], run[1], false, before);
  return undefined;
}

/**
 * Right after a quote: `"…," said X`, `"…," X said`, `"…," he said`, `"…," X, 58, …, told Y`. The subject of a cue
 * further on must open right after the quote (not `"…," while Y said`).
 */
function cueAfterQuote(at: Attribution, t: number, se: number): Found | undefined {
  const { v, cues } = at;
  for (let k = t; k < Math.min(se, t + 30); k++) {
    if (at.isClaim(k)) break;
    const ty = cues.type[k];
    if (ty !== Cue.Verb && ty !== Cue.Source) continue;
    if (k === t) {
      const s = at.explicit(k);
      if (s) return { s, cue: k, why: at.why };
      if (SPEAKER_PRONOUNS.has(v.w[k + 1] ?? ''))
        return { s: pronoun(at, k + 2), cue: k, why: ['a pronoun after the verb', ...at.why] };
    } else if (k - t <= 2 && SPEAKER_PRONOUNS.has(v.w[t])) {
      return { s: pronoun(at, k), cue: k, why: ['a pronoun before the verb', ...at.why] };
    } else {
      const s = at.explicit(k);
      let open = !!s && !!s.span && s.span.start >= v.s[t];
      for (let j = t; open && j < k && v.s[j] < s!.span!.start; j++) if (CLAUSE.has(v.w[j])) open = false;
      if (open) return { s, cue: k, why: at.why };
    }
    break;
  }
  return undefined;
}

/** A cue before the quote that names nobody: its pronoun (`he said: "…"`), or the subject before `and` it joins. */
function subjectlessCue(at: Attribution, near: number, ss: number): Found | undefined {
  const { v, cues } = at;
  if (near > ss && SPEAKER_PRONOUNS.has(v.w[near - 1]))
    return { s: pronoun(at, near), cue: near, why: ['a pronoun before the verb', ...at.why] };
  if (cues.type[near] === Cue.Verb) {
    let k = near - 1;
    while (k >= ss && AUX_AFTER_AND.has(v.w[k])) k--;
    if (k >= ss && v.w[k] === 'and') {
      const s = at.sentenceSubject(ss, k);
      if (s) return { s, cue: near, why: ['the subject of the coordinated verb', ...at.why] };
    }
  }
  return undefined;
}

/** `"…." Smith said.`: a short sentence of its own right after the quote, with a reporting verb and its subject. */
function sentenceAfterQuote(at: Attribution, se: number): Found | undefined {
  const { v, cues } = at;
  const ne = v.segEnd[v.seg[se]];
  if (ne - se > 6) return undefined;
  for (let k = se; k < ne; k++) {
    if (cues.type[k] === Cue.Verb) {
      const s = at.explicit(k);
      if (s) return { s, cue: k, why: at.why };
    }
  }
  return undefined;
}

/** `sources said`, `officials familiar with …`: a plural vague head at the head of a clause, with its modifiers. */
function standaloneVague(at: Attribution, out: { start: number; end: number }[]): void {
  const { v } = at;
  for (let i = 0; i < v.n; i++) {
    if (v.inQ[i] >= 0) continue;
    const w = v.w[i];
    if (!VAGUE_HEADS.has(w) || !w.endsWith('s') || w === 'figures') continue;
    // at the head of a clause, not after a name (`Lebanese officials`)
    const next = v.w[i + 1];
    if (!next || !VAGUE_FOLLOWERS.has(next)) continue;
    let a = i;
    while (a > 0 && !(v.gap[a] & G_PUNCT) && VAGUE_MODIFIERS.has(v.w[a - 1])) a--;
    let end = i + 1;
    if (VAGUE_QUALIFIERS.has(next)) {
      while (
        end < v.n &&
        end - i < 10 &&
        !(v.gap[end] & G_PUNCT) &&
        v.inQ[end] < 0 &&
        !VAGUE_QUALIFIER_ENDS.has(v.w[end])
      )
        end++;
    }
    out.push({ start: v.s[a], end: v.e[end - 1] });
    i = end - 1;
  }
}

/** `according to his media office`: a possessive in the source's first words ties it to someone named. */
function possessed(at: Attribution, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, a + 5); k++) if (POSSESSIVES.has(at.v.w[k])) return true;
  return false;
}

/** `the film "…"`, `dubbed "…"`, `known as "…"`: a word of naming before a short quoted span (not `what … called`). */
function nameBeforeQuote(v: View, _cues: Cues, p: number, _a: number, n: number, sentence: boolean): boolean {
  if (sentence || n > 6) return false;
  const wp = v.w[p];
  if (NAME_NOUNS.has(wp) && !(p > 0 && v.w[p - 1] === 'what')) return true;
  return wp === 'as' && p > 0 && v.w[p - 1] === 'known';
}

/** An English title in Title Case (`"The Long Road Home"`), not right after a reporting verb. */
function isQuotedTitle(v: View, cues: Cues, a: number, b: number): boolean {
  const p = a - 1;
  if (b - a + 1 > 6 || (p >= 0 && cues.type[p])) return false;
  for (let k = a; k <= b; k++) if (!v.cap[k] && !TITLE_SMALL.has(v.w[k]) && !/^\d/.test(v.w[k])) return false;
  return !!v.cap[a];
}

export const english: Grammar = {
  markCue,
  npAfter,
  npBefore,
  nameRun,
  headClass,
  possessed,
  verbSubject,
  classify: (at, a, b, cue) => classifyEnglish(at, a, b, cue),
  nameWord: (at, k) => at.v.cap[k] === 1 && !ROLES.has(at.v.w[k]),
  nameKey: (name) => name.toLowerCase(),
  agrees,
  carriedFirst: () => undefined,
  sentenceName,
  stem: (head) => head,
  isHead: (w, head, stem) => {
    const x = stripArticle(w);
    return x === head || x === stem;
  },
  nameBeforeHead: () => undefined,
  standaloneVague,
  cueAfterQuote,
  subjectlessCue,
  sentenceAfterQuote,
  indirectLemmas: INDIRECT,
  isClaimComplementiser: (w) => w === 'that',
  nameBeforeQuote,
  isQuotedTitle,
};
