/**
 * What an Arabic noun phrase names as a speaker: the speaker rules, in order of precedence, each with its reason.
 * The head decides first (anonymous sourcing and groups, then institutions), a person the recogniser found next,
 * then a name run, a role alone, and a definite phrase last.
 */
import { fold } from '../../text/normalize';
import { stripConj } from '../../text/tokens';
import { PREPOSITIONS, RELATIVES } from '../../lexicon/ar/function-words';
import { COMPLEMENTISERS } from '../../lexicon/ar/saying';
import { PLURAL_HEADS, WITHHELD_IDENTITY, WITHHOLDING_VERBS } from '../../lexicon/ar/sources';
import { G_PUNCT } from '../view';
import { headClass, nameRun } from './arabic-names';
import { anonExtent, isAdjective } from './arabic-phrases';
import {
  firstRule,
  mentionIn,
  stripArticle,
  type Attribution,
  type HeadClass,
  type Rule,
  type SpeakerX,
} from './grammar';

/** The noun phrase `a..b-1` as the speaker rules read it. */
interface Phrase {
  at: Attribution;
  a: number;
  b: number;
  cue: number;
  fem: boolean;
  cls: HeadClass;
  /** The head word, without a conjunction or the article. */
  head: string;
  /** The last person and organisation mentions in the phrase, or -1. */
  person: number;
  org: number;
}

const definite = (p: Phrase) => p.at.v.w[p.a].startsWith('ال');

export const ARABIC_SPEAKER_RULES: readonly Rule<Phrase>[] = [
  {
    /** A vague or group head (`مصادر مطلعة`, `سكان البلدة`) makes the phrase anonymous, whatever names follow it. */
    name: 'anonymous head',
    pick: (p) => (p.cls === 'vague' || p.cls === 'group' ? anonymous(p) : undefined),
  },
  {
    /** `امرأة حُجب اسمها`: someone whose name the phrase says is withheld is anonymous, and vague sourcing. */
    name: 'name withheld',
    pick: (p) =>
      withheld(p) ? { ...anonymous(p), vague: { start: p.at.v.s[p.a], end: p.at.v.e[p.b - 1] } } : undefined,
  },
  {
    /** A person the recogniser found is the speaker, unless an institution heads the phrase (`مكتب X`). */
    name: 'person mention',
    pick: (p) => (p.person >= 0 && p.cls !== 'inst' ? person(p) : undefined),
  },
  {
    /** A statement (`بيان`) speaks for whoever issued it (`بيان صادر عن الجيش`, `بيان للمجلس`). */
    name: 'statement',
    pick: (p) => (p.cls === 'inst' && p.head === 'بيان' ? statement(p) : undefined),
  },
  {
    /** An institution or side heads the phrase (`وزارة الصحة`, `الجانب اللبناني`). */
    name: 'institution head',
    pick: (p) => (p.cls === 'inst' ? institution(p.at, p.a, p.b, p.fem) : undefined),
  },
  {
    /** An organisation the recogniser found opens the phrase. */
    name: 'organisation opening it',
    pick: (p) => (p.org >= 0 && p.at.v.men[p.a] === p.org ? p.at.fromMention(p.org, p.fem) : undefined),
  },
  {
    /** A personal name no mention covers (`عمر أبو سعيدة`), past the titles before it. */
    name: 'name run',
    pick: (p) => {
      const run = nameRun(p.at, p.a, p.b);
      return run && p.at.named(run[0], run[1], p.fem, p.cue);
    },
  },
  {
    /** A role alone (`الوزير`, `ابنه`) is someone named before with that role, else the role itself. */
    name: 'role',
    pick: (p) => (p.cls === 'role' ? role(p) : undefined),
  },
  {
    /** An organisation the recogniser found anywhere in the phrase. */
    name: 'organisation',
    pick: (p) => (p.org >= 0 ? p.at.fromMention(p.org, p.fem) : undefined),
  },
  {
    /** A definite family name alone (`الدباغ`) is the person named in full before. */
    name: 'surname',
    pick: (p) => (definite(p) && p.cls === undefined ? surname(p.at, p.a, p.cue, p.fem) : undefined),
  },
  {
    /** A definite or plural phrase (`الأونروا`, `الطرفين`) is an institution or side. */
    name: 'definite phrase',
    pick: (p) => (definite(p) || PLURAL_HEADS.has(p.at.v.w[p.a]) ? institution(p.at, p.a, p.b, p.fem) : undefined),
  },
];

/** What the noun phrase `a..b-1` names, as the speaker of the cue at `cue`. */
export function classifyArabic(at: Attribution, a: number, b: number, cue: number, fem: boolean): SpeakerX | undefined {
  const { v } = at;
  const phrase: Phrase = {
    at,
    a,
    b,
    cue,
    fem,
    cls: headClass(at, a),
    head: stripArticle(stripConj(v.w[a])),
    person: mentionIn(v, a, b, 'person'),
    org: mentionIn(v, a, b, 'organization'),
  };
  return firstRule(at, ARABIC_SPEAKER_RULES, phrase);
}

/** `مصادر مطلعة`, `سكان البلدة`: an anonymous speaker, vague where the head is and the phrase is indefinite. */
function anonymous(p: Phrase): SpeakerX {
  const { at, a, b, head, cls } = p;
  const { v } = at;
  const isDefinite = v.w[a].startsWith('ال') || stripConj(v.w[a]).startsWith('ال');
  const end = anonExtent(at, a, b);
  if (isDefinite && end === a + 1) {
    const prior = at.anaphor(head, 'anonymous');
    if (prior) return prior;
  }
  const plural = PLURAL_HEADS.has(stripConj(v.w[a])) || /(ون|ين)$/.test(head);
  const span = { start: v.s[a], end: v.e[end - 1] };
  return {
    name: v.text.slice(span.start, span.end),
    kind: 'anonymous',
    span,
    head,
    plural,
    fem: p.fem && !plural,
    vague: cls === 'vague' && !isDefinite ? span : undefined,
  };
}

/** True where the phrase holds a verb of withholding and, after it, the identity it withholds (`حُجب اسمها`). */
function withheld(p: Phrase): boolean {
  const { w } = p.at.v;
  for (let k = p.a + 1; k < p.b; k++)
    if (WITHHOLDING_VERBS.has(w[k])) for (let j = k + 1; j < p.b; j++) if (WITHHELD_IDENTITY.has(w[j])) return true;
  return false;
}

/** The person mention, or a longer name run over it where the recogniser saw only part (`أبو` in `عمر أبو سعيدة`). */
function person(p: Phrase): SpeakerX {
  const { at, a, b, fem } = p;
  const { v } = at;
  const m = v.mentions[p.person];
  const run = nameRun(at, a, b);
  if (
    !run ||
    (v.s[run[0]] >= m.start && v.e[run[1] - 1] <= m.end) ||
    v.e[run[1] - 1] <= m.start ||
    v.s[run[0]] >= m.end
  )
    return at.fromMention(p.person, fem);
  return at.named(run[0], run[1], fem, p.cue, true);
}

/** `بيان صادر عن الجيش`, `بيان للمجلس الرئاسي`: the institution behind the statement, else the statement itself. */
function statement(p: Phrase): SpeakerX {
  const { at, a: h, b, fem, head } = p;
  const { v } = at;
  for (let k = h + 1; k < b; k++) {
    if (v.w[k] === 'عن' && k + 1 < b) return institution(at, k + 1, b, fem);
    if (k === h + 1 && v.w[k].startsWith('ل') && v.w[k].length > 3) return institution(at, k, b, fem, true);
  }
  if (v.w[h].startsWith('ال') && b - h <= 2) {
    const prior = at.anaphor(head, 'institution');
    if (prior) return prior;
  }
  let end = h + 1;
  while (end < b && isAdjective(v.w[end]) && !(v.gap[end] & G_PUNCT)) end++;
  const span = { start: v.s[h], end: v.e[end - 1] };
  return { name: v.text.slice(span.start, span.end), kind: 'institution', span, head, plural: false, fem: false };
}

/** `الوزير`, `ابنه`: the person named before with that role, else the role and the definite words after it. */
function role(p: Phrase): SpeakerX {
  const { at, a: h, b, head, fem } = p;
  const { v } = at;
  const prior = at.anaphor(head, 'named', p.cue);
  if (prior) return prior;
  let end = h + 1;
  while (end < b && v.w[end].startsWith('ال') && !(v.gap[end] & G_PUNCT) && end - h < 3) end++;
  const span = { start: v.s[h], end: v.e[end - 1] };
  return { name: v.text.slice(span.start, span.end), kind: 'named', span, head, plural: false, fem };
}

/**
 * An institution or side from token `a`: an organisation mention in it, else the phrase up to an adjunct (`في بيان`)
 * with its genitives; a definite head alone is the institution met before with that head.
 * @param lPrefixed the first word carries the lam of `بيان للمجلس`, which is not part of the name.
 */
export function institution(at: Attribution, a: number, b: number, fem: boolean, lPrefixed = false): SpeakerX {
  const { v, cues } = at;
  for (let k = a; k < b; k++)
    if (
      v.men[k] >= 0 &&
      (v.mentions[v.men[k]].kind === 'organization' || (k === a && v.mentions[v.men[k]].kind === 'person'))
    )
      return at.fromMention(v.men[k], fem);
  let end = a + 1;
  while (
    end < b &&
    !(v.gap[end] & G_PUNCT) &&
    !PREPOSITIONS.has(v.w[end]) &&
    !COMPLEMENTISERS.has(v.w[end]) &&
    !RELATIVES.has(v.w[end]) &&
    !cues.type[end] &&
    end - a < 8
  )
    end++;
  let start = v.s[a];
  if (lPrefixed) start += v.text.charCodeAt(start) === 0x644 ? 1 : 0;
  const head = stripArticle(lPrefixed ? v.w[a].slice(1) : stripConj(v.w[a]));
  const span = { start, end: v.e[end - 1] };
  if (v.w[a].startsWith('ال') && end === a + 1) {
    const prior = at.anaphor(head, 'institution');
    if (prior) return prior;
  }
  return {
    name: v.text.slice(span.start, span.end),
    kind: 'institution',
    span,
    head,
    plural: PLURAL_HEADS.has(v.w[a]),
    fem: false,
  };
}

/** A definite family name standing alone for a person named in full before the cue. */
function surname(at: Attribution, a: number, cue: number, fem: boolean): SpeakerX | undefined {
  const { v } = at;
  const key = v.w[a];
  const span = { start: v.s[a], end: v.e[a] };
  for (let mi = v.mentions.length - 1; mi >= 0; mi--) {
    const m = v.mentions[mi];
    if (m.kind === 'person' && m.start < v.s[cue] && fold(m.text).endsWith(' ' + key))
      return { ...at.fromMention(mi, fem), span };
  }
  for (let k = at.history.length - 1; k >= 0; k--) {
    const h = at.history[k];
    if (h.kind === 'named' && fold(h.name).endsWith(' ' + key)) return { ...h, span };
  }
  return undefined;
}
