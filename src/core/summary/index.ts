/**
 * The on-device summary: a few sentences of the article, in article order, chosen by salience, and a one-line
 * digest of who, where and who was quoted — in the article's language (Arabic served as well as English).
 *
 * Salience of a sentence: the weight of its terms over the article (stems, sublinear frequency, the headline's
 * terms counting more), its centrality (how much it shares with the other sentences), the salience of the entities
 * it mentions, the claims it quotes and how often their speaker is quoted, and its position.
 *
 * Choice, shaped like a news digest: first the lede — the opening sentence that names most of who and where —
 * then the claims, the most central quoted sentence of each speaker in turn (so two voices before a second quote
 * of one), then anything else by salience. A sentence sharing most of its terms with one already chosen is a
 * near-duplicate and is passed over. The chosen sentences come out in article order.
 */
import { normalize, type Normalized } from '../text/normalize';
import { sentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Entity, Lang, Mention, Quote, Span, Summary } from '../types';
import { termHash } from './terms';

export interface SummaryInput {
  text: string;
  lang: Lang;
  blocks: Span[];
  entities: Entity[];
  quotes: Quote[];
  mentions?: Mention[];
  /** The normalised text and its tokens, where the caller has them (saves the work). */
  norm?: Normalized;
  tokens?: Token[];
}

export interface RankedSentence extends Span {
  /** Index among body sentences, and of its paragraph. */
  index: number;
  para: number;
  /** Ids of its terms (stems), ascending, each once. */
  terms: Int32Array;
  words: number;
  /** Salience, 0..1. */
  score: number;
  /** Weight as the lede (entities, position, centrality) and as a claim (centrality, entities, speaker). */
  lede: number;
  claim: number;
  /** The most quoted speaker of the direct quotes it holds, if any. */
  speaker?: string;
}

const EMPTY = new Int32Array(0);

/**
 * How a sentence's salience is mixed, each weight with its reason. `score` ranks any sentence, `lede` the opening
 * candidates, `claim` the quoted sentences; `length` damps what is too short to stand alone or too long to read.
 */
const WEIGHTS = {
  score: {
    /** Terms that recur across the article and the headline's terms: what the story is about. */
    content: 0.4,
    /** The story's most salient people, places and bodies. */
    entities: 0.3,
    /** A direct quote of a speaker quoted often. */
    quote: 0.15,
    /** News puts the most important first. */
    position: 0.25,
  },
  lede: {
    /** A lede names who and where. */
    entities: 0.5,
    /** …shares its terms with the rest of the story… */
    centrality: 0.25,
    /** …and stands among the first sentences. */
    position: 0.25,
  },
  claim: {
    /** The quote that says what the others say: the speaker's main claim, not an aside. */
    centrality: 0.7,
    entities: 0.15,
    quote: 0.15,
  },
  length: {
    /** Under six words a sentence is a fragment (a dateline, a caption). */
    short: 0.5,
    shortUnder: 6,
    /** Over seventy words a sentence is a run-on, too long for a summary line. */
    long: 0.8,
    longOver: 70,
  },
} as const;

export function summarize(input: SummaryInput, count = 3): Summary {
  const { text, lang, entities, quotes } = input;
  const sents = rankSentences(input);
  const chosen: RankedSentence[] = [];
  const fresh = (s: RankedSentence) => !chosen.includes(s) && !chosen.some((c) => overlap(c.terms, s.terms) > 0.5);
  // The lede: among the opening sentences, the one naming most of the story's entities.
  let lede: RankedSentence | undefined;
  for (const s of sents) if (s.index < 4 && s.para < 2 && (!lede || s.lede > lede.lede)) lede = s;
  if (lede && count > 0) chosen.push(lede);
  // The claims: each speaker's most central quoted sentence, speakers taken by that sentence's weight.
  const claims = sents.filter((s) => s.speaker).sort((a, b) => b.claim - a.claim || a.index - b.index);
  const voices = new Set(chosen.map((c) => c.speaker).filter(Boolean));
  for (const s of claims) {
    if (chosen.length >= count) break;
    if (!voices.has(s.speaker) && fresh(s)) {
      chosen.push(s);
      voices.add(s.speaker);
    }
  }
  if (chosen.length < count) {
    for (const s of [...claims, ...[...sents].sort((a, b) => b.score - a.score || a.index - b.index)]) {
      if (chosen.length >= count) break;
      if (fresh(s)) chosen.push(s);
    }
  }
  chosen.sort((a, b) => a.index - b.index);
  return {
    sentences: chosen.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    digest: digest(lang, entities, quotes),
  };
}

/** Every body sentence with its salience, in article order. */
export function rankSentences(input: SummaryInput): RankedSentence[] {
  const { text, lang, blocks, entities, quotes } = input;
  const en = lang === 'en';
  const norm = input.norm ?? normalize(text);
  const sents = bodySentences(text, blocks, en);
  if (!sents.length) return sents;
  const { df, inTitle } = sentenceTerms(sents, input.tokens ?? tokenize(norm.text), norm, blocks, en);
  const entity = entityScores(sents, input.mentions ?? [], entities);
  const quote = quoteScores(sents, quotes);
  const content = contentScores(sents, df, inTitle);
  const central = centrality(sents, df);
  const maxContent = content.reduce((a, b) => (b > a ? b : a), 0);
  const maxEntity = entity.reduce((a, b) => (b > a ? b : a), 0);
  const paras = sents[sents.length - 1].para + 1;
  const { score: S, lede: L, claim: C, length: N } = WEIGHTS;
  for (const s of sents) {
    const position = (1 / (1 + s.para * (4 / Math.max(4, paras)))) * (s.index === 0 ? 1.2 : 1);
    const length = s.words < N.shortUnder ? N.short : s.words > N.longOver ? N.long : 1;
    const e = maxEntity ? entity[s.index] / maxEntity : 0;
    const c = maxContent ? content[s.index] / maxContent : 0;
    s.score = length * (S.content * c + S.entities * e + S.quote * quote[s.index] + S.position * position);
    s.lede = length * (L.entities * e + L.centrality * central[s.index] + L.position * (1 / (1 + s.index * 0.5)));
    s.claim = length * (C.centrality * central[s.index] + C.entities * e + C.quote * quote[s.index]);
  }
  return sents;
}

/** The sentences of every block after the headline, not yet scored. */
function bodySentences(text: string, blocks: Span[], en: boolean): RankedSentence[] {
  const sents: RankedSentence[] = [];
  for (let b = 1; b < blocks.length; b++) {
    for (const s of sentences(text, blocks[b], en)) {
      // a literal of one shape (an object spread here costs more than the whole split)
      sents.push({
        start: s.start,
        end: s.end,
        index: sents.length,
        para: b - 1,
        terms: EMPTY,
        words: 0,
        score: 0,
        lede: 0,
        claim: 0,
        speaker: undefined,
      });
    }
  }
  return sents;
}

/**
 * Each sentence's terms (stems hashed straight from the tokens, numbered as they come) and word count; returns how
 * many sentences hold each term and which terms the headline holds.
 */
function sentenceTerms(
  sents: RankedSentence[],
  tokens: Token[],
  norm: Normalized,
  blocks: Span[],
  en: boolean,
): { df: Int32Array; inTitle: Uint8Array } {
  const idOf = new Map<number, number>();
  let nextId = 0;
  const termOf = (w: string): number => {
    const h = termHash(w, en);
    if (!h) return -1;
    let id = idOf.get(h);
    if (id === undefined) idOf.set(h, (id = nextId++));
    return id;
  };
  const titleTerms: number[] = [];
  const perSent: number[][] = sents.map(() => []);
  let si = 0;
  for (const t of tokens) {
    const at = norm.map[t.start];
    if (at < blocks[0].end) {
      const id = termOf(t.text);
      if (id >= 0) titleTerms.push(id);
      continue;
    }
    while (si < sents.length && sents[si].end <= at) si++;
    if (si >= sents.length) break;
    if (at < sents[si].start) continue;
    sents[si].words++;
    const id = termOf(t.text);
    if (id >= 0) perSent[si].push(id);
  }
  const df = new Int32Array(nextId);
  const inTitle = new Uint8Array(nextId);
  for (const id of titleTerms) inTitle[id] = 1;
  for (let i = 0; i < sents.length; i++) {
    const ids = Int32Array.from(perSent[i]).sort();
    let n = 0;
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[n++] = ids[k];
    sents[i].terms = ids.subarray(0, n);
    for (let k = 0; k < n; k++) df[ids[k]]++;
  }
  return { df, inTitle };
}

/** Per sentence, the salience of the entities it names, each once (a demonym counts for less than a name). */
function entityScores(sents: RankedSentence[], mentions: Mention[], entities: Entity[]): Float64Array {
  const salience = new Map<string, number>();
  for (const e of entities) salience.set(e.key, e.salience);
  const out = new Float64Array(sents.length);
  const counted = new Set<string>();
  let si = 0;
  for (const m of mentions) {
    while (si < sents.length && sents[si].end <= m.start) {
      si++;
      counted.clear();
    }
    if (si >= sents.length) break;
    if (m.start < sents[si].start || counted.has(m.entity)) continue;
    counted.add(m.entity);
    out[si] += (salience.get(m.entity) ?? 0.2) * (m.kind === 'demonym' ? 0.3 : 1);
  }
  return out;
}

/**
 * Per sentence, the weight of the direct quote it holds — more for a speaker quoted often, less for an unattributed
 * one — and that quote's speaker on the sentence.
 */
function quoteScores(sents: RankedSentence[], quotes: Quote[]): Float64Array {
  const bySpeaker = new Map<string, number>();
  let maxSpeaker = 1;
  for (const q of quotes) {
    if (!q.direct || !q.speaker) continue;
    const n = (bySpeaker.get(q.speaker.name) ?? 0) + 1;
    bySpeaker.set(q.speaker.name, n);
    if (n > maxSpeaker) maxSpeaker = n;
  }
  const out = new Float64Array(sents.length);
  let si = 0;
  for (const q of quotes) {
    if (!q.direct) continue;
    while (si < sents.length && sents[si].end <= q.start) si++;
    if (si >= sents.length) break;
    if (q.start < sents[si].start) continue;
    const weight = q.speaker ? 0.5 + 0.5 * ((bySpeaker.get(q.speaker.name) ?? 1) / maxSpeaker) : 0.3;
    if (weight > out[si]) {
      out[si] = weight;
      sents[si].speaker = q.speaker?.name ?? '?';
    }
  }
  return out;
}

/** Per sentence, the weight of its terms: sublinear in how many sentences share each, the headline's counting more. */
function contentScores(sents: RankedSentence[], df: Int32Array, inTitle: Uint8Array): Float64Array {
  const out = new Float64Array(sents.length);
  for (const s of sents) {
    let c = 0;
    for (const id of s.terms) {
      if (df[id] > 1) c += Math.log(df[id]);
      if (inTitle[id]) c += 1;
    }
    out[s.index] = c / Math.sqrt(Math.max(8, s.words));
  }
  return out;
}

/** Terms two ascending id lists share. */
function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * How much each sentence shares with the others, scaled to 0..1: for each of its terms, the other sentences that
 * hold it, over the geometric mean of its length and the mean length — the sum of cosines to every other sentence
 * with their lengths taken as the mean, in one pass (linear in the article, where pairs would be quadratic).
 */
function centrality(sents: RankedSentence[], df: Int32Array): Float64Array {
  const out = new Float64Array(sents.length);
  let total = 0;
  for (const s of sents) total += s.terms.length;
  const mean = Math.max(1, total / sents.length);
  let max = 0;
  for (let i = 0; i < sents.length; i++) {
    const t = sents[i].terms;
    if (!t.length) continue;
    let c = 0;
    for (let k = 0; k < t.length; k++) c += df[t[k]] - 1;
    out[i] = c / Math.sqrt(t.length * mean);
    if (out[i] > max) max = out[i];
  }
  if (max) for (let i = 0; i < out.length; i++) out[i] /= max;
  return out;
}

/** Share of the smaller list's terms that the other holds too. */
function overlap(a: Int32Array, b: Int32Array): number {
  const small = Math.min(a.length, b.length);
  return small ? shared(a, b) / small : 1;
}

/** One line: who (people, else organisations), where (places), and who was quoted, most quoted first. */
export function digest(lang: Lang, entities: Entity[], quotes: Quote[]): string {
  const name = (e: Entity) => e.names[lang] ?? e.names.ar ?? e.names.en ?? e.key;
  const top = (kind: Entity['kind'], n: number) =>
    entities
      .filter((e) => e.kind === kind && e.mentions > 0)
      .sort((a, b) => b.salience - a.salience)
      .slice(0, n)
      .map(name);
  let who = top('person', 3);
  if (who.length < 2) who = [...who, ...top('organization', 2 - who.length)];
  const where = top('place', 3);
  const counts = new Map<string, { n: number; named: boolean }>();
  for (const q of quotes) {
    if (!q.direct || !q.speaker) continue;
    const c = counts.get(q.speaker.name) ?? { n: 0, named: q.speaker.kind === 'named' };
    c.n++;
    counts.set(q.speaker.name, c);
  }
  const quoted = [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || Number(b[1].named) - Number(a[1].named))
    .slice(0, 4)
    .map(([k, c]) => (c.n > 1 ? `${k} (${c.n})` : k));
  const sep = lang === 'ar' ? '، ' : ', ';
  const [w, p, q] = lang === 'ar' ? ['من', 'أين', 'اقتُبس'] : ['Who', 'Where', 'Quoted'];
  const parts: string[] = [];
  if (who.length) parts.push(`${w}: ${who.join(sep)}`);
  if (where.length) parts.push(`${p}: ${where.join(sep)}`);
  if (quoted.length) parts.push(`${q}: ${quoted.join(sep)}`);
  return parts.join(' · ');
}
