/**
 * Quoted claims and who made them, vague sourcing, and the quoted names that are not claims.
 *
 * A quote's speaker is found by the attribution steps (`attribute.ts`), in this order: a reporting cue right after
 * it with a named subject (`"…"، قال السوداني`, `"…," Smith said`); the nearest cue before it in its sentence (its
 * subject, or where it has none — `ويضيف أن …` — the last speaker who agrees with it); a cue later in the sentence;
 * else the last speaker. What a cue is and where its subject stands is the language's `Grammar`.
 */
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokens';
import type { Entity, Lang, Mention, Quote, Span, Vague } from '../types';
import { attribute } from './attribute';
import { Attributor } from './attributor';
import { findCues, type Cues } from './cues';
import { arabic } from './grammar/arabic';
import { english } from './grammar/english';
import type { Found, Grammar, SpeakerX } from './grammar/grammar';
import { indirectClaim, publicSpeaker } from './indirect';
import { headlineLike, isQuotedName, tokenRange } from './names';
import { quotedSpans, type QuotedSpan } from './quoted-spans';
import { buildView, type View } from './view';

export interface QuoteInput {
  text: string;
  /** Headline first, then the paragraphs (as `articleText` lays them out). */
  blocks: Span[];
  mentions: Mention[];
  /** The article's language; guessed from the script where absent. */
  lang?: Lang;
  /** The normalised text and its tokens, where the caller has them already (saves work, same result). */
  norm?: Normalized;
  tokens?: Token[];
  /** Entities, for a speaker's full name where the text gives only a surname. */
  entities?: Entity[];
  /** The given names the recogniser knows (folded), for names no mention covers. */
  givenNames?: ReadonlySet<string>;
}

export interface QuoteResult {
  /** Quoted claims (`direct: true`) and reported ones (`direct: false`), in text order. */
  quotes: Quote[];
  vague: Vague[];
  /** Inner spans of quoted names and terms (`لـ"النهار"`, `عملية "…"`): for the recogniser, never quotes. */
  quotedNames: Span[];
}

/** A quote with the steps and rules that chose its speaker, outermost first: what `annotate --explain` prints. */
export interface QuoteExplanation extends Quote {
  why: string[];
}

const GRAMMARS: Record<Lang, Grammar> = { ar: arabic, en: english };

export function findQuotes(input: QuoteInput): QuoteResult {
  return readQuotes(input).result;
}

/** The quotes `findQuotes` finds, in the same order, each with the reasons for its speaker. */
export function explainQuotes(input: QuoteInput): QuoteExplanation[] {
  const { result, why } = readQuotes(input);
  return result.quotes.map((q, i) => ({ ...q, why: why[i] }));
}

/**
 * The article as attribution reads it: its view, its cues, which quoted spans are claims (names and terms first:
 * attribution skips them, and `لـ"النهار"` after a verb is an addressee), and an attributor over them.
 */
export function readForAttribution(input: QuoteInput) {
  const { text, blocks, mentions } = input;
  const lang: Lang = input.lang ?? (/[\u0600-\u06ff]/.test(text.slice(0, 400)) ? 'ar' : 'en');
  const g = GRAMMARS[lang];
  const spans = quotedSpans(text, blocks.slice(1), lang === 'en');
  const pre = input.norm && input.tokens ? { norm: input.norm, tokens: input.tokens } : undefined;
  const v = buildView(text, blocks, lang, spans, mentions, pre);
  const cues = findCues(v, g.markCue);
  const { claim, range, quotedNames } = separateNames(v, cues, g, spans);
  const at = new Attributor(v, cues, g, claim, displayNames(input, lang), input.givenNames ?? new Set());
  return { at, spans, claim, range, quotedNames };
}

/** Every pass in order; `why[i]` holds the reasons behind `result.quotes[i]`. */
function readQuotes(input: QuoteInput): { result: QuoteResult; why: string[][] } {
  const { at, spans, claim, range, quotedNames } = readForAttribution(input);
  const { v, g } = at;
  const read = readSentences(at, spans, claim, range);
  const quotes = [...read.indirect];
  for (let qi = 0; qi < spans.length; qi++) {
    if (!claim[qi]) continue;
    const found = read.speakerOf.get(qi);
    // a headline's quoted phrase that nobody named says is a term (`كشف السبب "خطأ بشري"`)
    if (headlineLike(v, range[qi]![0]) && !(found?.s && (found.s.kind === 'named' || found.s.entity))) {
      quotedNames.push({ start: spans[qi].inner.start, end: spans[qi].inner.end });
      continue;
    }
    quotes.push({ quote: directQuote(v, spans[qi], found), why: found?.why ?? [] });
  }
  quotes.sort((a, b) => a.quote.start - b.quote.start);
  // Vague sourcing that attributes nothing quoted: `أوساط متابعة`, `sources familiar with the talks`.
  g.standaloneVague(at, read.vague);
  const result = { quotes: quotes.map((q) => q.quote), vague: mergeVague(v.text, read.vague), quotedNames };
  return { result, why: quotes.map((q) => q.why) };
}

/**
 * Which quoted spans are claims and which are names or terms (`حركة "حماس"`, `"فتح" و"حماس"`), and the words each
 * holds. Only top-level spans are claims; a name's inner span goes to the recogniser.
 */
function separateNames(v: View, cues: Cues, g: Grammar, spans: QuotedSpan[]) {
  const claim = new Uint8Array(spans.length);
  const range: ([number, number] | undefined)[] = new Array(spans.length);
  const quotedNames: Span[] = [];
  let prevName = -1;
  let from = 0;
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi];
    const r = tokenRange(v, q, from);
    range[qi] = r;
    if (!r) continue;
    if (!q.depth) from = r[0];
    const joined = prevName >= 0 && r[0] >= 1 && v.inQ[r[0] - 2] === prevName;
    if (isQuotedName(v, cues, g, q, r[0], r[1], joined)) {
      quotedNames.push({ start: q.inner.start, end: q.inner.end });
      if (!q.depth) prevName = qi;
    } else if (!q.depth) {
      claim[qi] = 1;
    }
  }
  return { claim, range, quotedNames };
}

/** Display names by entity key: the entity's name in the article's language, else the longest mention's text. */
function displayNames(input: QuoteInput, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  if (input.entities)
    for (const e of input.entities) names.set(e.key, e.names[lang] ?? e.names.ar ?? e.names.en ?? e.key);
  for (const m of input.mentions) {
    if (input.entities && names.has(m.entity)) continue;
    const had = names.get(m.entity);
    if (!had || had.length < m.text.length) names.set(m.entity, m.text);
  }
  return names;
}

/**
 * Reads the article sentence by sentence, in order, because who spoke last carries to the next cue: each cue's own
 * speaker, each claim's speaker, the vague sourcing among them, and a sentence's reported claim where it quotes none.
 */
function readSentences(
  at: Attributor,
  spans: QuotedSpan[],
  claim: Uint8Array,
  range: ([number, number] | undefined)[],
) {
  const { v, cues } = at;
  const explicit: (SpeakerX | undefined)[] = new Array(v.n);
  const explicitWhy: string[][] = new Array(v.n);
  const speakerOf = new Map<number, Found>();
  const vague: Span[] = [];
  const indirect: { quote: Quote; why: string[] }[] = [];
  const heard = (s: SpeakerX | undefined) => {
    if (!s) return;
    at.remember(s);
    if (s.vague) vague.push(s.vague);
  };
  // Claims by their first token.
  const claimAt = new Int32Array(v.n).fill(-1);
  for (let qi = 0; qi < spans.length; qi++) if (claim[qi] && range[qi]) claimAt[range[qi]![0]] = qi;
  for (let seg = 0; seg < v.segStart.length; seg++) {
    const ss = v.segStart[seg];
    const se = v.segEnd[seg];
    let hasClaim = false;
    for (let i = ss; i < se; i++) {
      if (cues.type[i] && v.inQ[i] < 0) {
        explicit[i] = at.explicit(i);
        explicitWhy[i] = at.why;
        heard(explicit[i]);
      }
      const qi = claimAt[i];
      if (qi < 0) continue;
      hasClaim = true;
      const r = range[qi]!;
      const found = attribute({ at, explicit, explicitWhy, a: r[0], b: r[1], ss, se });
      heard(found.s);
      speakerOf.set(qi, found);
    }
    const reported = hasClaim ? undefined : indirectClaim(at, explicit, explicitWhy, ss, se);
    if (reported) indirect.push(reported);
  }
  return { speakerOf, vague, indirect };
}

/** A quoted claim with the speaker and cue attribution found for it. */
function directQuote(v: View, q: QuotedSpan, found: Found | undefined): Quote {
  return {
    start: q.inner.start,
    end: q.inner.end,
    text: q.parts.map((p) => v.text.slice(p.start, p.end)).join('\n\n'),
    speaker: found?.s && publicSpeaker(found.s),
    cue: found?.cue !== undefined ? { start: v.s[found.cue], end: v.e[found.cue] } : undefined,
    direct: true,
  };
}

/** Vague spans in text order, the outer one kept where two overlap. */
function mergeVague(text: string, spans: Span[]): Vague[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const vague: Vague[] = [];
  for (const s of spans) {
    const last = vague[vague.length - 1];
    if (last && s.start < last.end) continue;
    vague.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return vague;
}
