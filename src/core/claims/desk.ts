/**
 * The fact-checker's desk, pure: a verdict and a private note per claim, anchored by the claim's words with the words
 * around them (as a W3C TextQuoteSelector anchors), so a note finds its sentence again after the page changes. A note
 * whose words are gone is orphaned — listed apart, never dropped.
 */
import { quoteSelector } from '../export';
import type { Annotations, Claim, ClaimReason, Lang, Span } from '../types';

/** Where a claim stands in a desk's work, from untouched to a finding. */
export const VERDICTS = ['to-check', 'checking', 'supported', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The verdicts that are findings: a ClaimReview is drafted for these, never for work in progress. */
export const FINDINGS: readonly Verdict[] = ['supported', 'misleading', 'false', 'unverifiable'];

/**
 * Each verdict's name as a published review states it, in the article's language, and its place on the truth scale
 * (1 false … 3 supported; `unverifiable` is on no scale). Data for the exports, which the core writes without the
 * browser's locale files; the side panel's labels are in `public/_locales`.
 */
export const VERDICT_NAMES: Record<Verdict, { ar: string; en: string; scale?: number }> = {
  'to-check': { ar: 'للتحقق', en: 'To check' },
  checking: { ar: 'قيد التحقق', en: 'Checking' },
  supported: { ar: 'صحيح', en: 'Supported', scale: 3 },
  misleading: { ar: 'مضلل', en: 'Misleading', scale: 2 },
  false: { ar: 'خاطئ', en: 'False', scale: 1 },
  unverifiable: { ar: 'لا يمكن التحقق منه', en: 'Unverifiable' },
};
export const SCALE = { best: 3, worst: 1 } as const;

/** The words of a claim and those right around it, inside its paragraph. */
export interface ClaimAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A desk's note on one claim. */
export interface ClaimNote {
  anchor: ClaimAnchor;
  verdict: Verdict;
  /** Private, plain text. */
  note: string;
  /** ISO date and time of the last change. */
  updated: string;
}

export const isVerdict = (x: unknown): x is Verdict => typeof x === 'string' && VERDICTS.includes(x as Verdict);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The shape check of a note read from storage or a file: anything else is refused, never half-read. */
export function isClaimNote(x: unknown): x is ClaimNote {
  if (!isRecord(x) || !isRecord(x.anchor)) return false;
  const { anchor } = x;
  return (
    ['exact', 'prefix', 'suffix'].every((k) => typeof anchor[k] === 'string') &&
    isVerdict(x.verdict) &&
    typeof x.note === 'string' &&
    typeof x.updated === 'string'
  );
}

export function anchorOf(a: Annotations, span: Span): ClaimAnchor {
  const { exact, prefix, suffix } = quoteSelector(a, span);
  return { exact, prefix, suffix };
}

/** How many characters `a` and `b` share at their ends (`fromEnd`) or their starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Where an anchor stands in `text`: among the places its exact words occur, the one whose surroundings agree most with
 * its prefix and suffix; undefined where the words occur nowhere.
 */
export function findAnchor(text: string, anchor: ClaimAnchor): Span | undefined {
  if (!anchor.exact) return undefined;
  let best: Span | undefined;
  let most = -1;
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    const end = at + anchor.exact.length;
    const agree =
      shared(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix, true) +
      shared(text.slice(end, end + anchor.suffix.length), anchor.suffix, false);
    if (agree > most) [best, most] = [{ start: at, end }, agree];
  }
  return best;
}

/** A note found again, with where it stands and the claim there (if the sentence is still a claim). */
export interface PlacedNote {
  note: ClaimNote;
  span: Span;
  claim?: Claim;
}

/** The notes of an article placed on its text, and those whose words are gone. */
export function placeNotes(a: Annotations, notes: ClaimNote[]): { placed: PlacedNote[]; orphaned: ClaimNote[] } {
  const placed: PlacedNote[] = [];
  const orphaned: ClaimNote[] = [];
  for (const note of notes) {
    const span = findAnchor(a.text, note.anchor);
    if (!span) orphaned.push(note);
    else placed.push({ note, span, claim: a.claims.find((c) => c.start === span.start && c.end === span.end) });
  }
  placed.sort((x, y) => x.span.start - y.span.start);
  return { placed, orphaned };
}

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
/** The message key that names a value in the UI: message keys allow no hyphen, so `to-check` is `verdict_to_check`. */
const messageKey = <P extends string, V extends string>(prefix: P, value: V) =>
  `${prefix}_${value.replace(/-/g, '_')}` as `${P}_${Underscored<V>}`;
export const claimReasonKey = (r: ClaimReason) => messageKey('reason', r);
export const verdictKey = (v: Verdict) => messageKey('verdict', v);

/** The claim's speaker as the desk shows it: the quote's speaker where it holds one, else none (unattributed). */
export function claimSpeaker(a: Annotations, claim: Claim | undefined) {
  return claim?.quote === undefined ? undefined : a.quotes[claim.quote]?.speaker;
}

export const verdictName = (v: Verdict, lang: Lang) => VERDICT_NAMES[v][lang];
