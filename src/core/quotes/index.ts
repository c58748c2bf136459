/**
 * Quoted claims and who made them, vague sourcing, and the quoted names that are not claims.
 *
 * A quote's speaker is found in this order: a reporting cue right after it with a named subject (`"…"، قال
 * السوداني`, `"…," Smith said`); the nearest cue before it in its sentence (its subject, or where it has none —
 * `ويضيف أن …` — the last speaker who agrees with it); a cue later in the sentence; else the last speaker.
 */
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokens';
import type { Entity, Lang, Mention, Quote, Span, Speaker, Vague } from '../types';
import { CLAIM_COMPLEMENTISERS, INDIRECT_LEMMAS } from '../lexicon/ar/saying';
import { INDIRECT } from '../lexicon/en/saying';
import { AUX_AFTER_AND, SPEAKER_PRONOUNS } from '../lexicon/en/function-words';
import { VAGUE_FOLLOWERS, VAGUE_MODIFIERS, VAGUE_QUALIFIER_ENDS, VAGUE_QUALIFIERS } from '../lexicon/en/sources';
import { AR_VAGUE_ALWAYS, EN_CLAUSE, EN_VAGUE_HEADS } from './lexicon';
import { isQuotedName, tokenRange } from './names';
import { quotedSpans } from './quoted-spans';
import { Attributor, Cue, findCues, type SpeakerX } from './speakers';
import { buildView, G_COLON, G_COMMA, G_PUNCT, G_STOP, type View } from './view';

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

export function findQuotes(input: QuoteInput): QuoteResult {
  const { text, blocks, mentions } = input;
  const lang: Lang = input.lang ?? (/[\u0600-\u06ff]/.test(text.slice(0, 400)) ? 'ar' : 'en');
  const spans = quotedSpans(text, blocks.slice(1), lang === 'en');
  const pre = input.norm && input.tokens ? { norm: input.norm, tokens: input.tokens } : undefined;
  const v = buildView(text, blocks, lang, spans, mentions, pre);
  const cues = findCues(v);

  // Names and terms first: attribution skips them, and `لـ"النهار"` after a verb is an addressee.
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
    const name = isQuotedName(v, cues, q, r[0], r[1], joined);
    if (name) {
      quotedNames.push({ start: q.inner.start, end: q.inner.end });
      if (!q.depth) prevName = qi;
    } else if (!q.depth) {
      claim[qi] = 1;
    }
  }

  const names = new Map<string, string>();
  if (input.entities)
    for (const e of input.entities) names.set(e.key, e.names[lang] ?? e.names.ar ?? e.names.en ?? e.key);
  for (const m of mentions) {
    if (input.entities && names.has(m.entity)) continue;
    const had = names.get(m.entity);
    if (!had || had.length < m.text.length) names.set(m.entity, m.text);
  }

  const at = new Attributor(v, cues, claim, names, input.givenNames ?? new Set());
  const explicit: (SpeakerX | undefined)[] = new Array(v.n);
  const quotes: Quote[] = [];
  const vagueSpans: Span[] = [];
  const speakerOf = new Map<number, { s?: SpeakerX; cue?: number }>();

  // Claims by their first token.
  const claimAt = new Int32Array(v.n).fill(-1);
  for (let qi = 0; qi < spans.length; qi++) if (claim[qi] && range[qi]) claimAt[range[qi]![0]] = qi;

  for (let seg = 0; seg < v.segStart.length; seg++) {
    const ss = v.segStart[seg];
    const se = v.segEnd[seg];
    let hasClaim = false;
    for (let i = ss; i < se; i++) {
      if (cues.type[i] && v.inQ[i] < 0) {
        const sp = at.explicit(i);
        explicit[i] = sp;
        if (sp) {
          at.remember(sp);
          if (sp.vague) vagueSpans.push(sp.vague);
        }
      }
      const qi = claimAt[i];
      if (qi < 0) continue;
      hasClaim = true;
      const r = range[qi]!;
      const found = attribute(v, at, cues, explicit, r[0], r[1], ss, se);
      if (found.s) {
        at.remember(found.s);
        if (found.s.vague) vagueSpans.push(found.s.vague);
      }
      speakerOf.set(qi, found);
    }
    if (!hasClaim) indirect(v, cues, explicit, ss, se, quotes);
  }

  for (let qi = 0; qi < spans.length; qi++) {
    if (!claim[qi]) continue;
    const q = spans[qi];
    const found = speakerOf.get(qi);
    quotes.push({
      start: q.inner.start,
      end: q.inner.end,
      text: q.parts.map((p) => text.slice(p.start, p.end)).join('\n\n'),
      speaker: found?.s && publicSpeaker(found.s),
      cue: found?.cue !== undefined ? { start: v.s[found.cue], end: v.e[found.cue] } : undefined,
      direct: true,
    });
  }
  quotes.sort((a, b) => a.start - b.start);

  // Vague sourcing that attributes nothing quoted: `أوساط متابعة`, `sources familiar with the talks`.
  standaloneVague(v, at, vagueSpans);
  vagueSpans.sort((a, b) => a.start - b.start || b.end - a.end);
  const vague: Vague[] = [];
  for (const s of vagueSpans) {
    const last = vague[vague.length - 1];
    if (last && s.start < last.end) continue;
    vague.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return { quotes, vague, quotedNames };
}

function publicSpeaker(s: SpeakerX): Speaker {
  const out: Speaker = { name: s.name, kind: s.kind };
  if (s.entity) out.entity = s.entity;
  if (s.span) out.span = { start: s.span.start, end: s.span.end };
  return out;
}

/** The speaker of the claim in tokens `a..b` of segment `ss..se`. */
function attribute(
  v: View,
  at: Attributor,
  cues: ReturnType<typeof findCues>,
  explicit: (SpeakerX | undefined)[],
  a: number,
  b: number,
  ss: number,
  se: number,
): { s?: SpeakerX; cue?: number } {
  const en = v.lang === 'en';
  // 1. Right after the quote: `"…"، قال X`, `"…"، بحسب X`, `"…," said X`, `"…," X said`, `"…," X, 58, …, told Y`.
  let t = b + 1;
  while (t < se && v.inQ[t] >= 0 && v.inQ[t] === v.inQ[b]) t++;
  if (t < se && !at.isClaim(t) && !(v.gap[t] & G_STOP)) {
    if (!en) {
      const ty = cues.type[t];
      if ((ty === Cue.Verb && v.w[t][0] !== 'و') || ty === Cue.Source) {
        const s = at.explicit(t);
        if (s) return { s, cue: t };
      }
    } else {
      for (let k = t; k < Math.min(se, t + 30); k++) {
        if (at.isClaim(k)) break;
        const ty = cues.type[k];
        if (ty !== Cue.Verb && ty !== Cue.Source) continue;
        if (k === t) {
          const s = at.explicit(k);
          if (s) return { s, cue: k };
          if (SPEAKER_PRONOUNS.has(v.w[k + 1] ?? '')) return { s: at.pronoun(k + 2), cue: k };
        } else if (k - t <= 2 && SPEAKER_PRONOUNS.has(v.w[t])) {
          return { s: at.pronoun(k), cue: k };
        } else {
          // `"…," X said`: the subject must open right after the quote (not `"…," while Y said`)
          const s = at.explicit(k);
          let open = !!s && !!s.span && s.span.start >= v.s[t];
          for (let j = t; open && j < k && v.s[j] < s!.span!.start; j++) if (EN_CLAUSE.has(v.w[j])) open = false;
          if (open) return { s, cue: k };
        }
        break;
      }
    }
  }
  // 2. The nearest cue before it in the sentence. A source in an aside after a named subject, or one that
  // belongs to someone (`وفق بيان صادر عن مكتبه`), yields to that subject.
  let near = -1;
  for (let k = a - 1; k >= ss; k--) {
    if (v.inQ[k] >= 0) continue;
    if (cues.type[k]) {
      near = k;
      break;
    }
  }
  if (near >= 0) {
    if (cues.type[near] === Cue.Source && (!explicit[near] || v.gap[near] & G_COMMA)) {
      for (let k = near - 1; k >= ss; k--) {
        if (v.inQ[k] >= 0 || !cues.type[k]) continue;
        if (explicit[k]) return { s: explicit[k], cue: k };
        break;
      }
    }
    if (explicit[near]) return { s: explicit[near], cue: near };
    if (en && near > ss && SPEAKER_PRONOUNS.has(v.w[near - 1])) return { s: at.pronoun(near), cue: near };
    if (en && cues.type[near] === Cue.Verb) {
      let k = near - 1;
      while (k >= ss && AUX_AFTER_AND.has(v.w[k])) k--;
      if (k >= ss && v.w[k] === 'and') {
        const s = at.sentenceSubject(ss, k);
        if (s) return { s, cue: near };
      }
    }
    return { s: at.carried(near), cue: near };
  }
  // A quote after a colon with no reporting verb: `Maya Rizk, an economist, was more cautious: '…'`.
  if (v.gap[a] & G_COLON) {
    const s = at.sentenceSubject(ss, a);
    if (s) return { s };
  }
  // 3. A cue later in the sentence, before the next claim.
  for (let k = t; k < se; k++) {
    if (at.isClaim(k)) break;
    if (cues.type[k] && v.inQ[k] < 0) return { s: at.explicit(k) ?? at.carried(k), cue: k };
  }
  // 4. English: `"…." Smith said.` as a sentence of its own right after.
  if (en && t >= se && se < v.n) {
    const ns = v.seg[se];
    const ne = v.segEnd[ns];
    if (ne - se <= 6) {
      for (let k = se; k < ne; k++) {
        if (cues.type[k] === Cue.Verb) {
          const s = at.explicit(k);
          if (s) return { s, cue: k };
        }
      }
    }
  }
  // 5. Carried from before.
  return { s: at.history[at.history.length - 1] };
}

/** `أكد أن …`, `said that …` in a sentence with no quotation marks: a reported claim, `direct: false`. */
function indirect(
  v: View,
  cues: ReturnType<typeof findCues>,
  explicit: (SpeakerX | undefined)[],
  ss: number,
  se: number,
  out: Quote[],
): void {
  for (let i = ss; i < se; i++) {
    if (cues.type[i] !== Cue.Verb || v.inQ[i] >= 0) continue;
    const lemma = cues.lemma[i];
    if (!lemma || !(INDIRECT_LEMMAS.has(lemma) || INDIRECT.has(lemma))) continue;
    const speaker = explicit[i];
    if (!speaker) continue;
    // the complementiser after the subject
    let c = i + 1;
    const limit = Math.min(se, i + 16);
    while (c < limit && !isComp(v, c)) c++;
    if (c >= limit) continue;
    const start = c + 1;
    let end = se - 1;
    // the claim runs to the next reporting participle or cue (`، مشيراً إلى …`) or the sentence end
    for (let k = start + 1; k < se; k++) {
      if (cues.type[k] && v.gap[k] & G_COMMA) {
        end = k - 1;
        break;
      }
    }
    if (end - start < 2) continue;
    out.push({
      start: v.s[start],
      end: v.e[end],
      text: v.text.slice(v.s[start], v.e[end]),
      speaker: publicSpeaker(speaker),
      cue: { start: v.s[i], end: v.e[i] },
      direct: false,
    });
    return;
  }
}

function isComp(v: View, k: number): boolean {
  return v.lang === 'ar' ? CLAIM_COMPLEMENTISERS.has(v.w[k]) : v.w[k] === 'that';
}

/** Vague sourcing that is nobody's subject: a plural anonymous head with its qualifiers. */
function standaloneVague(v: View, at: Attributor, out: Span[]): void {
  const ar = v.lang === 'ar';
  for (let i = 0; i < v.n; i++) {
    if (v.inQ[i] >= 0) continue;
    const w = v.w[i];
    if (ar) {
      const x = w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
      if (!AR_VAGUE_ALWAYS.has(x)) continue;
      const end = at.anonExtentAr(i, Math.min(v.n, i + 10));
      if (end - i < 2 || v.block[end - 1] !== v.block[i]) continue;
      out.push({ start: v.s[i], end: v.e[end - 1] });
      i = end - 1;
    } else {
      if (!EN_VAGUE_HEADS.has(w) || !w.endsWith('s') || w === 'figures') continue;
      // `sources said`, `officials familiar with …`: at the head of a clause, not after a name (`Lebanese officials`)
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
}
