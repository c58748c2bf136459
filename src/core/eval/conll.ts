/**
 * CoNLL-style entity corpora, parsed without touching the file system: one `token TAG` or `token<TAB>TAG` a line,
 * IOB2 tags, a blank line between sentences. A byte-order mark, carriage returns and the invisible U+200E that
 * NewsFANE puts before every token are stripped. Kinds are the coarse PERS/PER, LOC, ORG, MISC (and GPE, FAC) or
 * NewsFANE's fine classes, mapped to this project's kinds as `../shared/eval/README.md` lays out; classes that are
 * not scored (groups, buildings, works…) come out as `other`.
 */
import type { EntityKind } from '../types';

export type ConllKind = EntityKind | 'other';

export interface ConllEntity {
  /** Index of the first and last token of the entity (inclusive). */
  first: number;
  last: number;
  kind: ConllKind;
  /** The class as the file spells it (`Politician`, `PER`). */
  label: string;
}

export interface ConllSentence {
  tokens: string[];
  entities: ConllEntity[];
  /** 1-based line number of the sentence's first token, for messages. */
  line: number;
}

export class ConllError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const PERSON =
  'PERS PER PERSON Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer';
const PLACE =
  'LOC GPE LOCATION Nation Population-Center State-or-Province GPE-Cluster County-or-District Continent Water-Body ' +
  'Land-Region-Natural Celestial';
const ORGANIZATION =
  'ORG ORGANIZATION Non-Governmental Government Media Sports Commercial Educational Police Entertainment Religious_ORG Medical-Science';
// Land, Water and Air are vehicles and Path a facility (roads, bridges), not places; MIS0-3 are AQMAR's miscellany.
const OTHER =
  'MISC FAC Group Building-Grounds Airport Subarea-Facility Path Book Movie Software Hardware Sound Land Water Air ' +
  'Projectile Shooting Blunt Sharp Exploding Nuclear Chemical Food Drug Plant MIS MIS0 MIS1 MIS2 MIS3';

const KINDS = new Map<string, ConllKind>();
for (const [list, kind] of [
  [PERSON, 'person'],
  [PLACE, 'place'],
  [ORGANIZATION, 'organization'],
  [OTHER, 'other'],
] as const) {
  for (const label of list.split(' ')) KINDS.set(label.toLowerCase(), kind);
}

/** The project's kind for a class label, or undefined for a label nobody declared. */
export function kindOf(label: string): ConllKind | undefined {
  return KINDS.get(label.toLowerCase());
}

const INVISIBLE = /[\uFEFF\u200E\u200F\r]/g;
const TAG = /^(?:O|([BI])-(.+))$/;

/**
 * AQMAR's annotator typos read as what they evidently mean: `OO` and `IO` are outside, doubled or stray hyphens and
 * letters go (`I--ORG`, `B-MISS1`, `B-MIS-2`, ``B-MIS1` ``), and a language named as a class (`B-ENGLISH`) is
 * miscellany.
 */
export function repairTag(tag: string): string {
  if (tag === 'OO' || tag === 'IO') return 'O';
  const m = /^([BI])-+(.*)$/.exec(tag);
  if (!m) return tag;
  const label = m[2].replace(/[^A-Za-z0-9_-]/g, '');
  if (/^MISS?-?\d?$/i.test(label)) return `${m[1]}-${label.replace(/^MISS?-?/i, 'MIS')}`;
  return `${m[1]}-${kindOf(label) ? label : 'MISC'}`;
}

/**
 * Parses a whole file. Throws a `ConllError` naming the line of the first malformed one: a line without a tag, a tag
 * that is not IOB, or a class no mapping knows (with `repair`, AQMAR's typos are read first, see `repairTag`, and a token that was only an invisible mark is
 * skipped). An
 * `I-` tag that continues nothing starts an entity, as conlleval reads it, and so does one that continues another
 * class: B and I are read on the fine classes (`Politician`, `Nation`) before they are collapsed to kinds, so two
 * neighbouring names of one kind stay two. `-DOCSTART-` lines are skipped.
 */
export function parseConll(source: string, options: { repair?: boolean } = {}): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let entities: ConllEntity[] = [];
  let open: ConllEntity | undefined;
  let startLine = 0;
  const flush = () => {
    if (tokens.length) sentences.push({ tokens, entities, line: startLine });
    tokens = [];
    entities = [];
    open = undefined;
  };
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(INVISIBLE, '').trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cut = line.search(/\s\S+$/);
    // A token that was only an invisible mark leaves its tag alone on the line: AQMAR has a few.
    if (cut < 0 && options.repair && TAG.test(repairTag(line))) continue;
    if (cut < 0) throw new ConllError(n + 1, `expected "token TAG", got "${line.slice(0, 40)}"`);
    const token = line.slice(0, cut).trim();
    const written = line.slice(cut).trim();
    const tag = options.repair ? repairTag(written) : written;
    const m = TAG.exec(tag);
    if (!m || !token) throw new ConllError(n + 1, `"${tag}" is not an IOB2 tag`);
    if (!tokens.length) startLine = n + 1;
    const i = tokens.length;
    tokens.push(token);
    if (!m[1]) {
      open = undefined;
      continue;
    }
    const kind = kindOf(m[2]);
    if (!kind) throw new ConllError(n + 1, `unknown entity class "${m[2]}"`);
    if (m[1] === 'I' && open && open.label === m[2] && open.last === i - 1) {
      open.last = i;
      continue;
    }
    open = { first: i, last: i, kind, label: m[2] };
    entities.push(open);
  }
  flush();
  return sentences;
}

/**
 * `dev-a` and `dev-b` cut the development part 80/20, for tuning choices inside it. `first90` and `last10` cut a
 * training file for the tagger: it trains on the first 90% of sentences and is developed on the last 10%.
 */
export type Split = 'dev' | 'heldout' | 'all' | 'dev-a' | 'dev-b' | 'first90' | 'last10';
export const SPLITS: readonly Split[] = ['dev', 'heldout', 'all', 'dev-a', 'dev-b', 'first90', 'last10'];

/** The development part (the first 70% of sentences, in file order) or the held-out part (the rest). */
export function splitSentences<T>(sentences: T[], split: Split): T[] {
  if (split === 'all') return sentences;
  if (split === 'first90' || split === 'last10') {
    const tail = Math.round(sentences.length * 0.9);
    return split === 'first90' ? sentences.slice(0, tail) : sentences.slice(tail);
  }
  const cut = Math.round(sentences.length * 0.7);
  if (split === 'heldout') return sentences.slice(cut);
  const dev = sentences.slice(0, cut);
  if (split === 'dev') return dev;
  const inner = Math.round(dev.length * 0.8);
  return split === 'dev-a' ? dev.slice(0, inner) : dev.slice(inner);
}

/** A sentence's tokens joined with single spaces, and where each token stands in that text (UTF-16 units). */
export function sentenceText(tokens: string[]): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const t of tokens) {
    spans.push({ start: at, end: at + t.length });
    at += t.length + 1;
  }
  return { text: tokens.join(' '), spans };
}

/**
 * The tokens a character span covers, widened to whole tokens: the first token that ends after `start` and the last
 * that starts before `end`; undefined where it covers none.
 */
export function tokenRange(
  spans: { start: number; end: number }[],
  start: number,
  end: number,
): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].end > start && spans[i].start < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : { first, last };
}

/**
 * The sentences that share `n` consecutive words with any of `reference`: the same newswire relabelled by another
 * corpus. Words are compared folded, without the punctuation tokens one corpus splits off and the other leaves on.
 */
export function overlapping(
  sentences: ConllSentence[],
  reference: ConllSentence[],
  n = 5,
  fold: (w: string) => string = (w) => w,
): Set<ConllSentence> {
  const words = (s: ConllSentence) =>
    s.tokens.map((t) => fold(t).replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 0);
  const shingles = (ws: string[]) =>
    ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' '));
  const seen = new Set(reference.flatMap((s) => shingles(words(s))));
  return new Set(sentences.filter((s) => shingles(words(s)).some((g) => seen.has(g))));
}
