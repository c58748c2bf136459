/**
 * What an English noun phrase names as a speaker: the speaker rules, in order of precedence, each with its reason.
 * An anonymous head that comes before any name decides first (`a senior official`, `residents of Tyre`); a person
 * the recogniser found, a name run, an organisation, an institution and a title follow.
 */
import { CLAUSE, DETERMINERS, PREPOSITIONS } from '../../lexicon/en/function-words';
import { ROLES } from '../../lexicon/en/roles';
import { ISSUED_DOCUMENTS } from '../../lexicon/en/sources';
import { PERSON_NOUNS } from '../../lexicon/en/titles';
import { G_PUNCT, slice } from '../view';
import { headClass, headIndex, nameRun } from './english-phrases';
import { firstRule, mentionIn, type Attribution, type HeadClass, type Np, type Rule, type SpeakerX } from './grammar';

/** Words between a name and a head that make a clause or a phrase of their own, not a noun qualifying the head. */
const NOT_QUALIFIERS = new Set([...CLAUSE, ...PREPOSITIONS, ...DETERMINERS, 'himself', 'herself', 'themselves']);

/** A clause that says the speaker's name is withheld: what makes someone's words vague sourcing. */
const WITHHELD = /\b(?:not to be (?:named|identified)|anonymity)\b/i;

/** The noun phrase `a..b-1` as the speaker rules read it; `s` is its first word after the determiners. */
interface Phrase {
  at: Attribution;
  a: number;
  b: number;
  s: number;
  cue: number;
  cls: HeadClass;
  run: Np | undefined;
  /** The first vague, group or institution head, or -1. */
  headIdx: number;
  /** The last person and organisation mentions in the phrase, or -1. */
  person: number;
  org: number;
}

/** The phrase `a..b-1` as a speaker of kind `kind` with head `head`. */
function whole(p: Phrase, kind: SpeakerX['kind'], head: string, vague = false): SpeakerX {
  const { v } = p.at;
  const span = { start: v.s[p.a], end: v.e[p.b - 1] };
  return {
    name: v.text.slice(span.start, span.end),
    kind,
    span,
    head,
    plural: false,
    fem: false,
    ...(kind === 'anonymous' ? { vague: vague ? span : undefined } : {}),
  };
}

export const ENGLISH_SPEAKER_RULES: readonly Rule<Phrase>[] = [
  {
    /** A vague or group head before any name (`senior officials`, `residents of Tyre`) makes the phrase anonymous. */
    name: 'anonymous head',
    pick: (p) => (anonymousFirst(p) ? anonymous(p) : undefined),
  },
  {
    /** `Sudani's office`: an institution that belongs to a person speaks as an institution, not as the person. */
    name: "someone's institution",
    pick: (p) => {
      const { v } = p.at;
      const h = p.headIdx;
      const owned = p.cls === 'inst' && h > p.s && /^['’]s\b/.test(v.text.slice(v.e[h - 1], v.e[h - 1] + 3));
      return owned ? whole(p, 'institution', v.w[h]) : undefined;
    },
  },
  {
    /**
     * `African-American voters`, `Trump supporters`: a name before the lower-case nouns it qualifies is no speaker;
     * the people the nouns describe are.
     */
    name: 'name qualifying nouns',
    pick: (p) => {
      const { run } = p;
      // An institution's head keeps its name (`the UN refugee agency` is the agency).
      if (!run || p.cls === 'inst' || run[1] >= p.b) return undefined;
      // the head noun ends the phrase or opens its prepositional phrase (`voters in the city`)
      const { v } = p.at;
      let h = run[1];
      while (h < p.b - 1 && h - run[1] < 2 && !PREPOSITIONS.has(v.w[h + 1])) h++;
      if (!(h === p.b - 1 || PREPOSITIONS.has(v.w[h + 1])) || !qualifiesNouns(p, run[1], h)) return undefined;
      const s = whole(p, 'anonymous', v.w[h]);
      return { ...s, plural: s.head.endsWith('s') };
    },
  },
  {
    /** A person the recogniser found is the speaker. */
    name: 'person mention',
    pick: (p) => (p.person >= 0 ? p.at.fromMention(p.person, false) : undefined),
  },
  {
    /** A capitalised name run, unless an institution heads it or it is an acronym or `the X` (`the UN`). */
    name: 'name run',
    pick: (p) => {
      const { run, headIdx, org } = p;
      const { v } = p.at;
      if (!run || (p.cls === 'inst' && headIdx >= 0 && headIdx >= run[1] - 1) || (org >= 0 && v.men[run[0]] === org))
        return undefined;
      const one = run[1] - run[0] === 1 && (p.s > p.a || /^[A-Z]{2,}$/.test(slice(v, run[0], run[0])));
      return one ? undefined : p.at.named(run[0], run[1], false, p.cue);
    },
  },
  {
    /** An organisation the recogniser found anywhere in the phrase. */
    name: 'organisation',
    pick: (p) => (p.org >= 0 ? p.at.fromMention(p.org, false) : undefined),
  },
  {
    /**
     * `a career Army officer`: an indefinite phrase that ends in a person's noun is someone described, whatever body
     * qualifies the noun (a spokesman still speaks for the body).
     */
    name: 'someone described by a noun',
    pick: (p) => {
      const last = p.at.v.w[p.b - 1];
      return PERSON_NOUNS.has(last) && !last.startsWith('spokes') && !p.at.v.cap[p.b - 1]
        ? described(p, true)
        : undefined;
    },
  },
  {
    /** `the statement said`: who issued the statement speaks, as the sentence that first named it says. */
    name: 'who issued it',
    pick: (p) => (p.cls === 'inst' && ISSUED_DOCUMENTS.has(p.at.v.w[p.b - 1]) ? issuer(p) : undefined),
  },
  {
    /** An institution head or a capitalised name left over: `the ministry` is the one met before, if any. */
    name: 'institution',
    pick: (p) => ((p.cls === 'inst' && !ISSUED_DOCUMENTS.has(p.at.v.w[p.b - 1])) || p.run ? institution(p) : undefined),
  },
  {
    /** A title alone (`the minister`) is the person named before with it, else the title itself. */
    name: 'title',
    pick: (p) => {
      const { v } = p.at;
      if (!ROLES.has(v.w[p.b - 1]) && !ROLES.has(v.w[p.s])) return undefined;
      const head = v.w[p.b - 1];
      return p.at.anaphor(head, 'named', p.cue) ?? whole(p, 'named', head);
    },
  },
  {
    /** `a senior banker (who asked not to be named)`: someone unnamed; vague where the name is said to be withheld. */
    name: 'someone described',
    pick: (p) => described(p),
  },
];

/** What the noun phrase `a..b-1` names, as the speaker of the cue at `cue` (English shows no agreement). */
export function classifyEnglish(at: Attribution, a: number, b: number, cue: number): SpeakerX | undefined {
  const { v } = at;
  let s = a;
  while (s < b && DETERMINERS.has(v.w[s])) s++;
  if (s >= b) return undefined;
  const phrase: Phrase = {
    at,
    a,
    b,
    s,
    cue,
    person: mentionIn(v, a, b, 'person'),
    cls: headClass(at, s, b),
    run: nameRun(at, s, b),
    headIdx: headIndex(at, s, b),
    org: mentionIn(v, a, b, 'organization'),
  };
  return firstRule(at, ENGLISH_SPEAKER_RULES, phrase);
}

/**
 * The anonymous head comes before any person and any name run, or the run only modifies it: a word right before it
 * (`Lebanese officials`), or a name before the nouns it qualifies (`Obama administration officials`, whom Obama is not).
 */
function anonymousFirst(p: Phrase): boolean {
  const { v } = p.at;
  const { run, headIdx, person } = p;
  const personal = !!run && v.men[run[0]] >= 0 && v.mentions[v.men[run[0]]].kind === 'person';
  // The anonymous head itself, which an institution's may precede (`administration officials`).
  let h = headIdx;
  while (h >= 0 && h < p.b - 1 && !(headClass(p.at, h, h + 1) === 'vague' || headClass(p.at, h, h + 1) === 'group'))
    h++;
  const modifier =
    !!run && ((run[1] === headIdx && run[1] - run[0] === 1 && !personal) || qualifiesNouns(p, run[1], h));
  return (
    (p.cls === 'vague' || p.cls === 'group') &&
    headIdx >= 0 &&
    (person < 0 || v.s[headIdx] < v.mentions[person].start || modifier) &&
    (!run || headIdx < run[0] || modifier)
  );
}

/**
 * True where the lower-case head at `h` follows a name that ends at `a` (exclusive), with at most two lower-case
 * nouns between them (`administration`) and no punctuation.
 */
function qualifiesNouns(p: Phrase, a: number, h: number): boolean {
  const { v } = p.at;
  if (!(a <= h && h - a <= 2) || v.cap[h] || v.gap[h] & G_PUNCT) return false;
  for (let k = a; k < h; k++) if (v.cap[k] || v.gap[k] & G_PUNCT || NOT_QUALIFIERS.has(v.w[k])) return false;
  return !NOT_QUALIFIERS.has(v.w[h]);
}

function anonymous(p: Phrase): SpeakerX {
  const { v } = p.at;
  const span = { start: v.s[p.a], end: v.e[p.b - 1] };
  const head = v.w[p.headIdx];
  const withheld = WITHHELD.test(v.text.slice(span.start, span.end));
  return {
    name: v.text.slice(span.start, span.end),
    kind: 'anonymous',
    span,
    head,
    plural: head.endsWith('s') || head === 'people',
    fem: false,
    vague: p.cls === 'vague' || withheld ? span : undefined,
  };
}

/**
 * Who issued the statement the phrase names: the subject of the sentence that named it before (`X issued a statement`),
 * in its paragraph or the one before, else the institution that spoke last; never the statement itself.
 */
function issuer(p: Phrase): SpeakerX | undefined {
  const { v } = p.at;
  const from = v.block[p.a] - 1;
  const doc = v.w[p.b - 1];
  for (let k = p.a - 1; k >= 0 && v.block[k] >= from; k--) {
    if (v.w[k] !== doc || v.inQ[k] >= 0) continue;
    const ss = v.segStart[v.seg[k]];
    // a named subject, else a body's head that opens the sentence (`The ministry released a statement`)
    const h = headIndex(p.at, ss, k);
    const s =
      p.at.sentenceSubject(ss, k) ?? (h >= 0 && h <= ss + 2 ? p.at.classify(ss, h + 1, p.cue, false) : undefined);
    if (s && s.kind !== 'anonymous') return s;
    break;
  }
  const { history } = p.at;
  for (let k = history.length - 1; k >= 0; k--) if (history[k].kind === 'institution') return history[k];
  return undefined;
}

function institution(p: Phrase): SpeakerX {
  const { v } = p.at;
  const head = p.headIdx >= 0 ? v.w[p.headIdx] : v.w[p.b - 1];
  if (p.s > p.a && v.w[p.a] === 'the' && p.b - p.s <= 2) {
    const prior = p.at.anaphor(head, 'institution');
    if (prior) return prior;
  }
  return whole(p, 'institution', head);
}

/**
 * `a senior banker (who …)`: an indefinite phrase of lower-case words up to its head; `qualified`, where capitals may
 * stand among them (`a career Army officer`), its head being a person's noun.
 */
function described(p: Phrase, qualified = false): SpeakerX | undefined {
  const { v } = p.at;
  const { a, b, s } = p;
  if (!(s > a && (v.w[a] === 'a' || v.w[a] === 'an'))) return undefined;
  let h = s;
  while (h < b && (qualified || !v.cap[h]) && v.w[h] !== 'who' && v.w[h] !== 'whom') h++;
  if (!(h > s && (h === b || !v.cap[h]))) return undefined;
  const span = { start: v.s[a], end: v.e[b - 1] };
  const name = v.text.slice(span.start, span.end);
  return whole(p, 'anonymous', v.w[h - 1], WITHHELD.test(name));
}
