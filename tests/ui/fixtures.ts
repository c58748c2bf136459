/**
 * A small Arabic article as the content script would hand it over, with glossary cards for two of its names and a
 * name and a speaker that look like markup: page text is untrusted, and the UIs must show it as text.
 */
import type { Annotations, Entity, Mention, Quote } from '../../src/core/types';
import { wikipediaSearch, type Card } from '../../src/glossary/compile';
import type { PageState } from '../../src/messaging/protocol';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_SPEAKER = '<script>alert(1)</script>';

const TITLE = 'نبيه بري يدعو إلى الحوار';
const PARAGRAPHS = [
  'قال نبيه بري في بيروت إن «الحوار مستمر» و«لا بديل عنه».',
  'وأكدت مصادر مطلعة أن «الوضع هادئ».',
  `وقالت جمعية ${HOSTILE_NAME} إن «المساعدات وصلت».`,
  'وجاء في البيان «لا تعليق».',
];
const TEXT = [TITLE, ...PARAGRAPHS].join('\n\n');

/** The span of the `nth` occurrence of `words` in the article text. */
function span(words: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(words, start + 1);
  if (start < 0) throw new Error(`fixture: no "${words}"`);
  return { start, end: start + words.length, text: words };
}

const mention = (words: string, kind: Mention['kind'], entity: string, nth = 0): Mention => ({
  ...span(words, nth),
  kind,
  entity,
  source: 'glossary',
  confidence: 1,
});

const quote = (words: string, speaker?: Quote['speaker']): Quote => ({ ...span(words), speaker, direct: true });

const entity = (key: string, kind: Entity['kind'], names: Entity['names'], mentions: number): Entity => ({
  key,
  kind,
  names,
  glossary: !key.startsWith('rule:'),
  mentions,
  demonyms: 0,
  salience: mentions / 4,
});

const BERRI = { name: 'نبيه بري', kind: 'named' as const, entity: 'nabih-berri' };

export const ANNOTATIONS: Annotations = {
  lang: 'ar',
  title: TITLE,
  text: TEXT,
  blocks: [TITLE, ...PARAGRAPHS].map((block) => {
    const { start, end } = span(block);
    return { start, end };
  }),
  mentions: [
    mention('نبيه بري', 'person', 'nabih-berri'),
    mention('نبيه بري', 'person', 'nabih-berri', 1),
    mention('بيروت', 'place', 'beirut'),
    mention(HOSTILE_NAME, 'organization', 'rule:org:hostile'),
  ],
  entities: [
    entity('nabih-berri', 'person', { ar: 'نبيه بري' }, 2),
    entity('beirut', 'place', { ar: 'بيروت' }, 1),
    entity('rule:org:hostile', 'organization', { ar: HOSTILE_NAME }, 1),
  ],
  quotes: [
    quote('الحوار مستمر', BERRI),
    quote('لا بديل عنه', BERRI),
    quote('الوضع هادئ', { name: 'مصادر مطلعة', kind: 'anonymous' }),
    quote('المساعدات وصلت', { name: HOSTILE_SPEAKER, kind: 'institution' }),
    quote('لا تعليق'),
  ],
  vague: [span('مصادر مطلعة')],
  summary: {
    sentences: [span(PARAGRAPHS[0]), span(PARAGRAPHS[1])],
    digest: 'نبيه بري في بيروت',
  },
  claims: [],
};

export const STATE: PageState = {
  url: 'http://localhost/article/berri',
  site: 'النهار',
  published: '2025-03-14T09:00:00Z',
  annotations: ANNOTATIONS,
};

const card = (id: string, kind: Card['kind'], ar: string, en: string, extra: Partial<Card> = {}): Card => ({
  id,
  kind,
  ar: { name: ar, description: `وصف ${ar}` },
  en: { name: en, description: `About ${en}` },
  asOf: '2025-01',
  sources: [],
  searchLinks: { ar: wikipediaSearch('ar', ar), en: wikipediaSearch('en', en) },
  ...extra,
});

export const CARDS: Record<string, Card> = {
  'nabih-berri': card('nabih-berri', 'person', 'نبيه بري', 'Nabih Berri', {
    roles: [{ ar: 'رئيس مجلس النواب', en: 'Speaker of Parliament', start: '1992' }],
    related: ['amal-movement'],
    ar: { name: 'نبيه بري', description: 'وصف نبيه بري', aliases: ['الأستاذ نبيه بري'] },
  }),
  beirut: card('beirut', 'place', 'بيروت', 'Beirut', { links: ['https://en.wikipedia.org/wiki/Beirut'] }),
  'amal-movement': card('amal-movement', 'organization', 'حركة أمل', 'Amal Movement'),
};
