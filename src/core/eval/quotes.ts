/**
 * Scoring quoted claims, pure. A gold quote is given by its first words (`starts`); a predicted quote matches it
 * when its span overlaps those words and starts within three words of them (one-to-one, in text order). Only
 * quotes in quotation marks count (`direct`); reported claims are neither credited nor charged. Speaker accuracy is
 * over matched quotes: the same entity, or the same name (folded), or one name holding the other word for word
 * (`عون` for `جوزاف عون`, `مصادر في الوفد` for `مصادر في الوفد اللبناني`), against the gold speaker or any
 * name in its `accept` list. False quotes among names: occurrences of each `notQuotes` string right after a
 * quotation mark, and how many of them a predicted quote starts on.
 */
import { fold, normalize } from '../text/normalize';
import type { Quote, Span, Speaker, Summary } from '../types';

export interface GoldQuote {
  starts: string;
  speaker: string;
  speakerKind?: string;
  entity?: string;
  direct?: boolean;
  /** Other names that count as the right speaker (`الطرفين` for a statement's `الجيش الوطني الليبي`). */
  accept?: string[];
}

export interface QuoteMiss {
  starts: string;
  at: number;
}

export interface QuoteScore {
  gold: number;
  predicted: number;
  matched: number;
  /** Percent, one decimal. */
  p: number;
  r: number;
  f1: number;
  speakersRight: number;
  /** Percent of matched quotes whose speaker is right. */
  speakerAccuracy: number;
  /** Matched quotes whose gold states a kind, and how many of those got it. */
  kindsScored: number;
  kindsRight: number;
  notQuotes: number;
  notQuotesListed: number;
  missed: QuoteMiss[];
  spurious: { text: string; start: number }[];
  wrongSpeaker: { starts: string; gold: string; got?: string }[];
  /** Gold quotes whose first words were not found in the text at all (a fixture error). */
  unlocated: string[];
}

const MARKS = /["«»“”„‹›'‘’]/;
const round = (x: number) => Math.round(x * 1000) / 10;

/** Where each gold quote starts in `text` (raw offsets), from `from` on; -1 where its words are absent. */
export function locateGold(text: string, gold: GoldQuote[], from = 0): { start: number; end: number }[] {
  const norm = normalize(text);
  let nFrom = 0;
  while (nFrom < norm.text.length && norm.map[nFrom] < from) nFrom++;
  const used = new Set<number>();
  return gold.map((g) => {
    const needle = fold(g.starts).trim();
    const hits: number[] = [];
    for (let i = norm.text.indexOf(needle, nFrom); i >= 0; i = norm.text.indexOf(needle, i + 1)) hits.push(i);
    const afterMark = (i: number) => {
      let j = i - 1;
      while (j >= 0 && /[\s\u0640]/.test(norm.text[j])) j--;
      return j >= 0 && MARKS.test(norm.text[j]);
    };
    const pick = hits.find((i) => !used.has(i) && afterMark(i)) ?? hits.find((i) => !used.has(i));
    if (pick === undefined) return { start: -1, end: -1 };
    used.add(pick);
    return { start: norm.map[pick], end: norm.map[pick + needle.length - 1] + 1 };
  });
}

/** Words between two offsets (the number of word tokens in the text between them). */
function wordsBetween(text: string, a: number, b: number): number {
  const m = text.slice(Math.min(a, b), Math.max(a, b)).match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

const key = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');

/** Whether a predicted speaker is the gold one: the entity, the name, or one name within the other. */
export function sameSpeaker(pred: Speaker | undefined, g: GoldQuote): boolean {
  if (!pred) return false;
  if (g.entity && pred.entity === g.entity) return true;
  const p = key(pred.name);
  if (p.length < 2) return false;
  for (const name of [g.speaker, ...(g.accept ?? [])]) {
    const k = key(name);
    if (!k) continue;
    if (p === k || ` ${p} `.includes(` ${k} `) || ` ${k} `.includes(` ${p} `)) return true;
  }
  return false;
}

const kindOf = (k?: string) =>
  !k
    ? undefined
    : k.startsWith('anonymous')
      ? 'anonymous'
      : k.startsWith('institution') || k.startsWith('side')
        ? 'institution'
        : k.startsWith('named')
          ? 'named'
          : undefined;

/** A score of nothing yet: every count zero, every list empty. */
function emptyQuoteScore(): QuoteScore {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    p: 0,
    r: 0,
    f1: 0,
    speakersRight: 0,
    speakerAccuracy: 0,
    kindsScored: 0,
    kindsRight: 0,
    notQuotes: 0,
    notQuotesListed: 0,
    missed: [],
    spurious: [],
    wrongSpeaker: [],
    unlocated: [],
  };
}

/**
 * Scores predicted quotes against gold ones over one article.
 * @param from where the body starts (gold `starts` are searched from there; headlines repeat quotes).
 */
export function scoreQuotes(
  text: string,
  gold: GoldQuote[],
  predicted: Quote[],
  notQuotes: string[] = [],
  from = 0,
): QuoteScore {
  const direct = gold.filter((g) => g.direct !== false);
  const where = locateGold(text, direct, from);
  const preds = predicted.filter((q) => q.direct);
  const taken = new Uint8Array(preds.length);
  const out: QuoteScore = { ...emptyQuoteScore(), gold: direct.length, predicted: preds.length };
  direct.forEach((g, gi) => {
    const at = where[gi];
    if (at.start < 0) {
      out.unlocated.push(g.starts);
      out.missed.push({ starts: g.starts, at: -1 });
      return;
    }
    let best = -1;
    let bestDist = Infinity;
    preds.forEach((q, pi) => {
      if (taken[pi] || q.end <= at.start || q.start >= at.end) return;
      const d = wordsBetween(text, q.start, at.start);
      if (d <= 3 && d < bestDist) {
        best = pi;
        bestDist = d;
      }
    });
    if (best < 0) {
      out.missed.push({ starts: g.starts, at: at.start });
      return;
    }
    taken[best] = 1;
    out.matched++;
    const q = preds[best];
    if (sameSpeaker(q.speaker, g)) out.speakersRight++;
    else out.wrongSpeaker.push({ starts: g.starts, gold: g.speaker, got: q.speaker?.name });
    const kind = kindOf(g.speakerKind);
    if (kind && q.speaker) {
      out.kindsScored++;
      if (q.speaker.kind === kind) out.kindsRight++;
    }
  });
  preds.forEach((q, pi) => {
    if (!taken[pi]) out.spurious.push({ text: q.text.slice(0, 60), start: q.start });
  });
  const names = notQuoteSpans(text, notQuotes, from);
  out.notQuotes = names.length;
  out.notQuotesListed = names.filter((n) => preds.some((q) => Math.abs(q.start - n.start) <= 2)).length;
  const p = out.predicted ? out.matched / out.predicted : 0;
  const r = out.gold ? out.matched / out.gold : 0;
  out.p = round(p);
  out.r = round(r);
  out.f1 = round(p + r ? (2 * p * r) / (p + r) : 0);
  out.speakerAccuracy = round(out.matched ? out.speakersRight / out.matched : 0);
  return out;
}

/** Occurrences of each quoted name right after a quotation mark. */
export function notQuoteSpans(text: string, names: string[], from = 0): Span[] {
  const norm = normalize(text);
  const out: Span[] = [];
  for (const name of new Set(names)) {
    const needle = fold(name);
    for (let i = norm.text.indexOf(needle); i >= 0; i = norm.text.indexOf(needle, i + 1)) {
      if (norm.map[i] < from) continue;
      let j = i - 1;
      while (j >= 0 && /[\s\u0640]/.test(norm.text[j])) j--;
      if (j >= 0 && MARKS.test(norm.text[j]))
        out.push({ start: norm.map[i], end: norm.map[i + needle.length - 1] + 1 });
    }
  }
  return out;
}

/** Sums article scores into one (micro-averaged). */
export function sumQuoteScores(scores: QuoteScore[]): QuoteScore {
  const t = scores.reduce(
    (acc, s) => ({
      ...acc,
      gold: acc.gold + s.gold,
      predicted: acc.predicted + s.predicted,
      matched: acc.matched + s.matched,
      speakersRight: acc.speakersRight + s.speakersRight,
      kindsScored: acc.kindsScored + s.kindsScored,
      kindsRight: acc.kindsRight + s.kindsRight,
      notQuotes: acc.notQuotes + s.notQuotes,
      notQuotesListed: acc.notQuotesListed + s.notQuotesListed,
      missed: [...acc.missed, ...s.missed],
      spurious: [...acc.spurious, ...s.spurious],
      wrongSpeaker: [...acc.wrongSpeaker, ...s.wrongSpeaker],
      unlocated: [...acc.unlocated, ...s.unlocated],
    }),
    emptyQuoteScore(),
  );
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  return {
    ...t,
    p: round(p),
    r: round(r),
    f1: round(p + r ? (2 * p * r) / (p + r) : 0),
    speakerAccuracy: round(t.matched ? t.speakersRight / t.matched : 0),
  };
}

/**
 * Which facts a summary carries. Each fact is given as groups of alternatives (`[["منير", "Munir"], ["بنغازي"]]`):
 * a fact is carried when every group has one alternative in the summary's sentences (folded, whole or part word).
 */
export function factsCarried(summary: Summary, facts: string[][][]): boolean[] {
  const hay = fold(summary.sentences.map((s) => s.text).join(' ')).toLowerCase();
  return facts.map((groups) => groups.every((alts) => alts.some((a) => hay.includes(fold(a).toLowerCase()))));
}

/** Vague-sourcing overlap: gold phrases found (any overlap) and predicted phrases that overlap no gold one. */
export function scoreVague(
  gold: Span[],
  predicted: Span[],
): { gold: number; predicted: number; found: number; spurious: number } {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  return {
    gold: gold.length,
    predicted: predicted.length,
    found: gold.filter((g) => predicted.some((p) => overlaps(g, p))).length,
    spurious: predicted.filter((p) => !gold.some((g) => overlaps(g, p))).length,
  };
}
