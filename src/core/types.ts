/**
 * The data model shared by every layer. All offsets are UTF-16 code units over `Annotations.text`, half-open
 * (`start` inclusive, `end` exclusive); nothing here refers to a DOM node.
 */

export type Lang = 'ar' | 'en';
/** The kinds of name Hamish tells apart, in the order every list shows them. */
export const ENTITY_KINDS = ['person', 'place', 'organization'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** A nisba adjective or demonym (`الليبية`, `Lebanese`): counts toward its place, never shown as a place. */
export type MentionKind = EntityKind | 'demonym';
/** Every kind of highlight a reader can switch on and off; `claims` are the sentences worth checking. */
export type HighlightKind = MentionKind | 'quote' | 'vague' | 'claims';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'person',
  'place',
  'organization',
  'quote',
  'vague',
  'demonym',
  'claims',
];

export interface Span {
  start: number;
  end: number;
}

/** The article as extraction hands it over: the headline and the body paragraphs, already whitespace-collapsed. */
export interface Article {
  title: string;
  paragraphs: string[];
  /** The page's declared language, when it has one (`lang` attribute, JSON-LD `inLanguage`). */
  lang?: string;
  url?: string;
  site?: string;
  /** ISO date of publication, when the page states one. */
  published?: string;
  byline?: string;
}

export type MentionSource = 'glossary' | 'rule' | 'model';

export interface Mention extends Span {
  /** Equal to `text.slice(start, end)`: whole tokens, proclitics included. */
  text: string;
  kind: MentionKind;
  /** Key of the entity it refers to; for a demonym, the key of its place. */
  entity: string;
  source: MentionSource;
  /** 0..1: 1 for a full glossary name, lower for short forms resolved by context and rule guesses. */
  confidence: number;
}

export interface Entity {
  key: string;
  kind: EntityKind;
  names: { ar?: string; en?: string };
  /** True where the glossary holds a card for it; false for a name found by rule. */
  glossary: boolean;
  /** Mentions of the entity itself (demonyms excluded). */
  mentions: number;
  /** Demonym mentions (`الليبية`), which add to a place's salience without being place mentions. */
  demonyms: number;
  /** Relative weight in this article, 0..1: mentions, position, headline, quotes. */
  salience: number;
}

export type SpeakerKind = 'named' | 'anonymous' | 'institution';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  entity?: string;
  /** Where the speaker is named in the text, when it is. */
  span?: Span;
}

export interface Quote extends Span {
  /** The quoted words, without their marks. */
  text: string;
  speaker?: Speaker;
  /** The reporting cue (`قال`, `said`, `بحسب`) that attributes it. */
  cue?: Span;
  /** True when the words stood in quotation marks; false for a reported claim (`أكد أن …`). */
  direct: boolean;
}

/** A phrase that attributes without naming: `مصادر مطلعة`, `sources familiar with the talks`. */
export interface Vague extends Span {
  text: string;
}

/**
 * Why a sentence is worth checking (or less so): what it holds. `opinion` and `future` lower a score — a wish or a
 * forecast cannot be checked yet — the others raise it.
 */
export const CLAIM_REASONS = [
  'figure',
  'percentage',
  'money',
  'date',
  'comparison',
  'change',
  'cause',
  'vague-source',
  'attributed',
  'opinion',
  'future',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** A sentence that asserts something a fact-checker could check. */
export interface Claim extends Span {
  /** How worth checking, 0..1: the weights of its reasons (`src/core/claims/weights.ts`), summed and clamped. */
  score: number;
  /** What it holds, in the order of `CLAIM_REASONS`. */
  reasons: ClaimReason[];
  /** Index in `Annotations.quotes` of the quote it holds, whose speaker made the claim. */
  quote?: number;
}

export interface Summary {
  /** Chosen sentences, in article order. */
  sentences: (Span & { text: string })[];
  /** One line: who, where, who was quoted. */
  digest: string;
}

export interface Annotations {
  lang: Lang;
  title: string;
  /** Headline, a blank line, then the paragraphs separated by blank lines. */
  text: string;
  /** Where the headline (index 0) and each paragraph stand in `text`. */
  blocks: Span[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  vague: Vague[];
  summary: Summary;
  /** Body sentences worth checking, in text order. */
  claims: Claim[];
}

/** An article read: its annotations, or the language it is written in where Hamish does not read it. */
export type Reading = { annotations: Annotations } | { unreadLanguage: string };
