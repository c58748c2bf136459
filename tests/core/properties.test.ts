/**
 * Properties of the core over text nobody wrote on purpose: random Unicode, Arabic and Latin mixed, diacritics,
 * tatweel, zero-width and direction marks, lone surrogates, huge and empty input, unbalanced quotation marks. The
 * core runs on pages we do not control, so it must never throw and every offset it hands the page must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { articleText } from '../../src/core/article-text';
import { NameMatcher } from '../../src/core/match/name-matcher';
import { fold, normalize, toRaw } from '../../src/core/text/normalize';
import { sentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokens';
import type { Annotations, Article, Span } from '../../src/core/types';
import { entry, testGlossary } from './test-glossary';

// ---------------------------------------------------------------------------------------------------------------
// A small glossary, so random text built from its names yields mentions, short forms and namesakes.

const glossary = testGlossary([entry('islamabad', 'place', 'إسلام آباد', 'Islamabad')]);

// ---------------------------------------------------------------------------------------------------------------
// Generators

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const ARABIC_LETTERS = range(0x0621, 0x064a);
const TASHKEEL = [...range(0x064b, 0x065f), '\u0670', '\u06d6', '\u06e1', '\u06ed'];
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u00ad',
  '\u061c',
];
const SPACES = [' ', ' ', ' ', '\n', '\t', '\u00a0', '\u202f', '\u2009', '\u3000', '\r\n'];
const QUOTES = ['"', "'", '«', '»', '“', '”', '„', '‘', '’', '‹', '›', '「', '」', '"'];
const PUNCT = ['.', '،', '؛', '؟', '!', ',', ';', ':', '-', '\u2013', '\u2014', '(', ')', '[', ']', '…', '/'];
const DIGITS = [...range(0x30, 0x39), ...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9)];
const WORDS = [
  'خليفة حفتر',
  'حفتر',
  'حفتر الابن',
  'حفتر الأب',
  'صدام حفتر',
  'وَلِلُبْنانَ',
  'لبنان',
  'ولبنان',
  'لليبيا',
  'ليبيا',
  'الليبية',
  'ليبي',
  'طرابلس',
  'إسلام آباد',
  'الجيش الوطني الليبي',
  'وللجيش الوطني',
  'جوزاف عون',
  'عون',
  'قال',
  'وقال',
  'أكد أن',
  'أضاف',
  'بحسب',
  'وفق',
  'مصادر مطلعة',
  'أوساط متابعة',
  'الرئيس',
  'العميد',
  'أبو سعيدة',
  'المهدوي',
  'عمر أبو سعيدة',
  'في',
  'من',
  'إلى',
  'أن',
  'Khalifa Haftar',
  'Haftar',
  'Haftar Jr',
  'Lebanon',
  "Lebanon's",
  'Lebanon’s',
  'Lebanese',
  'Libya',
  'Libyan',
  'Libyan National Army',
  'Tripoli',
  'Joseph Aoun',
  'Aoun',
  'al-Sharaa',
  "O'Brien",
  'said',
  'told',
  'according to',
  'sources familiar with the talks',
  'officials said',
  'President',
  'that',
  'the',
  'and',
  'turkey',
  'lebanon',
];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of text: a word of the glossary or the cues, a letter, a mark, a space, a quotation mark, anything. */
const piece = fc.oneof(
  { weight: 6, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(SPACES) },
  { weight: 3, arbitrary: pick(ARABIC_LETTERS) },
  { weight: 2, arbitrary: pick(TASHKEEL) },
  { weight: 1, arbitrary: fc.constant('\u0640') },
  { weight: 2, arbitrary: pick(INVISIBLE) },
  { weight: 2, arbitrary: pick(QUOTES) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: pick(DIGITS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

const messy = (maxLength = 60) => fc.array(piece, { maxLength }).map((xs) => xs.join(''));
const anyText = fc.oneof(messy(), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 20 }));

/** An article as extraction would hand it over (collapsed paragraphs) or as a careless caller might (raw). */
const article: fc.Arbitrary<Article> = fc
  .record({
    title: anyText,
    paragraphs: fc.array(anyText, { maxLength: 8 }),
    lang: fc.option(fc.constantFrom('ar', 'en', 'ar-LB', 'en-GB', 'fr', ''), { nil: undefined }),
  })
  .chain((a) =>
    fc
      .boolean()
      .map((collapse) => (collapse ? { ...a, title: c(a.title), paragraphs: a.paragraphs.map(c).filter(Boolean) } : a)),
  );

function c(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

// ---------------------------------------------------------------------------------------------------------------
// Invariants

const isHigh = (s: string, i: number) =>
  i >= 0 && i < s.length && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff;
const isLow = (s: string, i: number) =>
  i >= 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;
/** True where an offset cuts a surrogate pair in two. */
const cutsPair = (s: string, i: number) => isHigh(s, i - 1) && isLow(s, i);

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** The nearest visible character before `at` (dir -1) or from `at` on (dir 1), across what normalisation drops. */
function neighbour(text: string, at: number, dir: -1 | 1): string {
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const ch = text[i];
    if (normalize(ch).text !== '') return ch;
  }
  return '';
}

/** What is wrong with a span over a text of length `n`, if anything. */
function spanProblem(n: number, s: Span): string | undefined {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'offsets are not integers';
  if (s.start < 0 || s.end > n || s.start > s.end) return `outside the text (length ${n})`;
  return undefined;
}

function expectSpan(text: string, s: Span, what: string): void {
  expect(spanProblem(text.length, s), what).toBeUndefined();
}

/** Every invariant of an analysis, checked with plain code and reported at once: thousands of `expect` calls on a
 * huge input would cost more than the analysis. */
function problems(a: Annotations, input: Article): string[] {
  const out: string[] = [];
  const fail = (what: string, x: unknown) => out.push(`${what}: ${JSON.stringify(x)}`);
  const { text, blocks } = articleText(input);
  if (a.text !== text) fail('text differs from articleText', a.text.slice(0, 80));
  if (JSON.stringify(a.blocks) !== JSON.stringify(blocks)) fail('blocks differ from articleText', a.blocks);
  const span = (what: string, s: Span) => {
    const p = spanProblem(a.text.length, s);
    if (p) fail(`${what} ${p}`, s);
    return !p;
  };
  for (const b of a.blocks) span('block', b);
  const keys = new Set(a.entities.map((e) => e.key));
  let prevEnd = 0;
  for (const m of a.mentions) {
    if (!span('mention', m)) continue;
    if (m.end <= m.start) fail('empty mention', m);
    if (a.text.slice(m.start, m.end) !== m.text) fail('mention text is not its slice', m);
    // In text order and never overlapping: a painted word belongs to one name.
    if (m.start < prevEnd) fail('mention overlaps the one before', m);
    prevEnd = Math.max(prevEnd, m.end);
    // Inside one block: a name never runs from the headline into the body, or across paragraphs.
    if (!a.blocks.some((b) => b.start <= m.start && m.end <= b.end)) fail('mention crosses blocks', m);
    if (cutsPair(a.text, m.start) || cutsPair(a.text, m.end)) fail('mention cuts a surrogate pair', m);
    if (!keys.has(m.entity)) fail('mention of no entity', m);
    // Whole tokens: no letter or digit glued on either side (invisible marks between count as glue).
    if (WORD_CHAR.test(neighbour(a.text, m.start, -1)) || WORD_CHAR.test(neighbour(a.text, m.end, 1)))
      fail('mention cuts a word', m);
    if (!(m.confidence > 0 && m.confidence <= 1)) fail('confidence out of (0, 1]', m);
  }
  for (const e of a.entities) if (!(e.salience >= 0 && e.salience <= 1)) fail('salience out of [0, 1]', e);
  for (const q of a.quotes) {
    if (!span('quote', q)) continue;
    const inside = a.text.slice(q.start, q.end);
    if (!q.text.split('\n\n').every((part) => inside.includes(part))) fail('quote text not inside its span', q);
    if (q.cue) span('quote cue', q.cue);
    if (q.speaker?.span) span('speaker', q.speaker.span);
    if (q.speaker?.entity && !keys.has(q.speaker.entity)) fail('speaker of no entity', q);
  }
  for (const v of a.vague)
    if (span('vague', v) && a.text.slice(v.start, v.end) !== v.text) fail('vague text is not its slice', v);
  for (const s of a.summary.sentences)
    if (span('summary sentence', s) && a.text.slice(s.start, s.end) !== s.text)
      fail('summary text is not its slice', s);
  if (typeof a.summary.digest !== 'string') fail('digest', a.summary.digest);
  return out.slice(0, 10);
}

function checkAnnotations(a: Annotations, input: Article): void {
  expect(problems(a, input)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------

describe('core/text/normalize (properties)', () => {
  it('keeps a map from every normalised unit to the raw unit it came from', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const n = normalize(raw);
        expect(n.raw).toBe(raw);
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(raw.length);
        for (let i = 0; i < n.text.length; i++) {
          if (i > 0) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
          expect(n.map[i]).toBeLessThan(raw.length);
          // Unit by unit: the normalised unit is the fold of the raw unit it maps to.
          expect(normalize(raw[n.map[i]]).text).toBe(n.text[i]);
        }
        // Every raw unit left out is one normalisation drops on its own.
        const kept = new Set(n.map.subarray(0, n.text.length));
        for (let i = 0; i < raw.length; i++) if (!kept.has(i)) expect(normalize(raw[i]).text).toBe('');
      }),
      RUNS,
    );
  });

  it('is idempotent, and never grows the text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = fold(raw);
        expect(fold(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(raw.length);
      }),
      RUNS,
    );
  });

  it('maps any span back to a raw span whose normalisation is the span', () => {
    fc.assert(
      fc.property(
        anyText.chain((raw) => {
          const len = normalize(raw).text.length;
          return fc.tuple(fc.constant(raw), fc.integer({ min: 0, max: len }), fc.integer({ min: 0, max: len }));
        }),
        ([raw, a, b]) => {
          const n = normalize(raw);
          const [s, e] = a <= b ? [a, b] : [b, a];
          const r = toRaw(n, s, e);
          expectSpan(raw, r, `toRaw(${s}, ${e})`);
          if (e > s) expect(r.end).toBeGreaterThan(r.start);
          expect(normalize(raw.slice(r.start, r.end)).text).toBe(n.text.slice(s, e));
          // Monotone: a longer span never maps to a shorter one.
          if (e < n.text.length) expect(toRaw(n, s, e + 1).end).toBeGreaterThanOrEqual(r.end);
        },
      ),
      RUNS,
    );
  });

  it.each([
    ['empty', ''],
    ['only marks', '\u064e\u0640\u200f\u0651'],
    ['a mark before the first letter', '\u064eليبيا'],
    ['a lone high surrogate at the end', 'ليبيا\ud83d'],
    ['a lone low surrogate first', '\ude00ليبيا'],
  ])('handles %s', (_name, raw) => {
    const n = normalize(raw);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(toRaw(n, 0, n.text.length).end).toBeLessThanOrEqual(raw.length);
    expect(toRaw(n, n.text.length, n.text.length)).toEqual({ start: raw.length, end: raw.length });
  });
});

describe('core/text/sentences (properties)', () => {
  const prose = fc
    .array(
      fc.oneof(piece, pick(['. ', '؟ ', '! ', '.\n', 'etc. and', 'e.g. 4 ', 'U.S. ', 'Mr. Aoun', '"', '« ', ' »'])),
      {
        maxLength: 120,
      },
    )
    .map((xs) => xs.join(''));

  it('trims every sentence, in order, inside the block', () => {
    fc.assert(
      fc.property(prose, fc.boolean(), fc.nat(50), (body, english, offset) => {
        const text = ' '.repeat(offset) + body;
        let prev = offset;
        for (const s of sentences(text, { start: offset, end: text.length }, english)) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          // The spaces the splitter trims: ASCII white space, no-break space and the typographic spaces.
          expect(/^[ \n\t\r\u00a0\u2000-\u200b]|[ \n\t\r\u00a0\u2000-\u200b]$/.test(text.slice(s.start, s.end))).toBe(
            false,
          );
          prev = s.end;
        }
      }),
      RUNS,
    );
  });
});

describe('core/text/tokens and core/match (properties)', () => {
  it('tokens are ordered, disjoint, non-empty slices of the text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normalize(raw).text;
        let prev = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          prev = t.end;
        }
      }),
      RUNS,
    );
  });

  it('tokens are exactly the words of the definition: letters, digits and marks, joined by an inner hyphen or apostrophe, without a possessive', () => {
    // The definition as a Unicode regular expression: slower than the scanner the core uses, and plain to read.
    const WORD = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu;
    const byDefinition = (text: string) =>
      [...text.matchAll(WORD)].map((m) => {
        const word = /'s$/i.test(m[0]) ? m[0].slice(0, -2) : m[0];
        return {
          start: m.index,
          end: m.index + word.length,
          text: word,
          arabic: /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/.test(word),
        };
      });
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(tokenize(raw)).toEqual(byDefinition(raw));
        const text = normalize(raw).text;
        expect(tokenize(text)).toEqual(byDefinition(text));
      }),
      RUNS,
    );
  });

  it('the matcher returns ordered, disjoint token ranges inside the text', () => {
    const matcher = new NameMatcher<number>();
    WORDS.forEach((w, i) => matcher.add(w, i));
    fc.assert(
      fc.property(messy(80), (raw) => {
        const text = normalize(raw).text;
        const tokens = tokenize(text);
        let prev = -1;
        for (const h of matcher.matchAll(text, tokens)) {
          expect(h.first).toBeGreaterThan(prev);
          expect(h.last).toBeGreaterThanOrEqual(h.first);
          expect(h.last).toBeLessThan(tokens.length);
          expect(h.values.length).toBeGreaterThan(0);
          prev = h.last;
        }
      }),
      RUNS,
    );
  });

  it('adding a name with no word in it is refused, not an error', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...SPACES, ...PUNCT, ...QUOTES, ...INVISIBLE, ...TASHKEEL, '\u0640'))
          .map((xs) => xs.join('')),
        (name) => {
          expect(new NameMatcher<number>().add(name, 1)).toBe(false);
        },
      ),
    );
  });
});

describe('core/analyze (properties)', () => {
  it('never throws, and every span it reports lies inside the text and reads as it says', () => {
    const seen = { mentions: 0, quotes: 0, vague: 0, rule: 0 };
    fc.assert(
      fc.property(article, (a) => {
        const out = analyze(a, { glossary });
        checkAnnotations(out, a);
        seen.mentions += out.mentions.length;
        seen.rule += out.mentions.filter((m) => m.source !== 'glossary').length;
        seen.quotes += out.quotes.length;
        seen.vague += out.vague.length;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
    // The generator reaches the interesting code: names of both sources, quotes and vague sourcing.
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  });

  it('finds the glossary names it is given, whatever stands around them', () => {
    fc.assert(
      fc.property(
        messy(20),
        messy(20),
        fc.constantFrom('لبنان', 'ولبنان', 'Lebanon', 'خليفة حفتر', 'Libyan National Army'),
        (before, after, name) => {
          const a = { title: 'عنوان', paragraphs: [`${c(before)} ${name} ${c(after)}`.trim()] };
          const out = analyze(a, { glossary });
          checkAnnotations(out, a);
          expect(out.mentions.some((m) => m.text.includes(name.replace(/^و/, '')) || name.includes(m.text))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  const big = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const HUGE = 300_000;
  // Quoted spans cost more than linear time in src/core/quotes today (a scan of the whole sentence per quoted span):
  // 300 000 characters of `"a ` took 14 s. These inputs check that nothing throws, at a size that stays quick.
  const HUGE_QUOTES = 50_000;
  it.each([
    ['empty', { title: '', paragraphs: [] }],
    ['empty strings', { title: '', paragraphs: ['', '', ''] }],
    ['only spaces and marks', { title: ' \u200f ', paragraphs: ['\u064e\u0640', '\u00a0'] }],
    ['one huge word', { title: 'عنوان', paragraphs: [big('ب', HUGE)] }],
    ['one huge Latin word', { title: 'Title', paragraphs: [big('a', HUGE)] }],
    [
      'huge text of names',
      { title: 'حفتر في ليبيا', paragraphs: [big('قال خليفة حفتر إن ولبنان وليبيا والجيش الوطني الليبي. ', HUGE)] },
    ],
    [
      'huge English text of names',
      { title: 'Haftar in Libya', paragraphs: [big('Khalifa Haftar said Lebanon and Libya, officials said. ', HUGE)] },
    ],
    ['huge run of opening quotation marks', { title: 'عنوان', paragraphs: [big('«', HUGE_QUOTES)] }],
    ['huge run of unbalanced quotes and words', { title: 'عنوان', paragraphs: [big('قال "حفتر «إن ', HUGE_QUOTES)] }],
    ['huge run of straight quotes', { title: 'Title', paragraphs: [big('"a ', HUGE_QUOTES)] }],
    ['huge run of tatweel and diacritics', { title: 'عنوان', paragraphs: [big('ـــَُِّ', HUGE)] }],
    ['huge run of zero-width marks between letters', { title: 'عنوان', paragraphs: [big('ل\u200bب\u200f', HUGE)] }],
    [
      'thousands of short paragraphs',
      {
        title: 'عنوان',
        paragraphs: Array.from({ length: 5000 }, (_, i) => (i % 3 ? 'قال حفتر: "نعم' : 'خليفة حفتر في طرابلس.')),
      },
    ],
    ['huge run of sentence ends', { title: 'عنوان', paragraphs: [big('.؟! ', HUGE)] }],
    [
      'many distinct rule names',
      {
        title: 'عنوان',
        paragraphs: [
          Array.from({ length: 3000 }, (_, i) => `قال العميد سعيد ${'ب'.repeat(3 + (i % 7))}${i} إن`).join(' '),
        ],
      },
    ],
  ] as [string, Article][])(
    'copes with %s',
    (_name, a) => {
      checkAnnotations(analyze(a, { glossary }), a);
    },
    60_000,
  );
});
