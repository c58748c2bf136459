/**
 * The project's own annotated articles (`tests/fixtures/articles/*.json`): the text carries its gold inline as
 * `[surface](kind:key)` for a mention and `[phrase](vague)` for vague sourcing; stripping the markup gives the
 * article, and the gold comes out with offsets over `articleText` of it.
 */
import { articleText } from '../article-text';
import type { Article, MentionKind, Span } from '../types';

export interface FixtureFile {
  id: string;
  lang: 'ar' | 'en';
  /** Written after the rules were tuned, by someone who never read them: the figures on unseen text. */
  heldout?: boolean;
  title: string;
  paragraphs: string[];
  quotes: {
    starts: string;
    speaker: string;
    speakerKind: 'named' | 'anonymous' | 'institution';
    entity?: string;
    direct?: boolean;
  }[];
  notQuotes?: string[];
  summaryFacts?: string[];
  /** The first words of each sentence a fact-checker would check; absent where no claim gold is written. */
  claims?: string[];
}

export interface GoldMention extends Span {
  text: string;
  kind: MentionKind;
  entity: string;
}

export interface Fixture {
  id: string;
  heldout: boolean;
  article: Article;
  text: string;
  mentions: GoldMention[];
  vague: (Span & { text: string })[];
  quotes: FixtureFile['quotes'];
  notQuotes: string[];
  summaryFacts: string[];
  /** Claim gold (first words of each sentence to check), or undefined where none is written. */
  claims?: string[];
}

const MARKUP = /\[([^[\]]+)\]\(([a-z]+)(?::([a-z0-9-]+))?\)/g;

/** Strips the markup from one block, returning its plain text and the annotations with offsets into it. */
export function stripMarkup(block: string): {
  text: string;
  marks: { start: number; end: number; tag: string; key?: string }[];
} {
  const marks: { start: number; end: number; tag: string; key?: string }[] = [];
  let text = '';
  let at = 0;
  for (const m of block.matchAll(MARKUP)) {
    text += block.slice(at, m.index);
    marks.push({ start: text.length, end: text.length + m[1].length, tag: m[2], key: m[3] });
    text += m[1];
    at = m.index + m[0].length;
  }
  text += block.slice(at);
  if (/\]\(/.test(text))
    throw new Error(`malformed markup near "${text.slice(text.indexOf(']('), text.indexOf('](') + 30)}"`);
  return { text, marks };
}

export function loadFixture(file: FixtureFile): Fixture {
  const blocks = [file.title, ...file.paragraphs].map(stripMarkup);
  const article: Article = { title: blocks[0].text, paragraphs: blocks.slice(1).map((b) => b.text), lang: file.lang };
  const { text, blocks: spans } = articleText(article);
  const mentions: GoldMention[] = [];
  const vague: Fixture['vague'] = [];
  blocks.forEach((b, i) => {
    // articleText trims each block, so offsets into the block move back by its leading white space.
    const offset = spans[i].start - (b.text.length - b.text.trimStart().length);
    for (const m of b.marks) {
      const span = { start: offset + m.start, end: offset + m.end };
      if (m.tag === 'vague') vague.push({ ...span, text: text.slice(span.start, span.end) });
      else
        mentions.push({
          ...span,
          text: text.slice(span.start, span.end),
          kind: m.tag as MentionKind,
          entity: m.key ?? '',
        });
    }
  });
  return {
    id: file.id,
    heldout: file.heldout === true,
    article,
    text,
    mentions,
    vague,
    quotes: file.quotes,
    notQuotes: file.notQuotes ?? [],
    summaryFacts: file.summaryFacts ?? [],
    ...(file.claims ? { claims: file.claims } : {}),
  };
}
