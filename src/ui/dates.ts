/**
 * Dates as the UI shows them: read from what pages and the glossary hold (ISO dates and months, years, or a date a
 * page wrote its own way), written with `Intl.DateTimeFormat` in the UI's language. A date whose year is unknown is
 * shown whole, as written, rather than guessed or cut.
 */
import type { UiLang } from './i18n';

type Precision = 'year' | 'month' | 'day';

interface ParsedDate {
  date: Date;
  precision: Precision;
}

/** Lebanese month names (كانون الثاني) with Western digits, as Annahar writes dates; English in the British order. */
const LOCALES: Record<UiLang, string> = { ar: 'ar-LB-u-nu-latn', en: 'en-GB' };

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO date, month or year at the precision it was written; any other text only where it names a four-digit year
 * (`Wed Nov 20` has none, and `Date.parse` would invent one).
 */
export function parseDate(text: string): ParsedDate | undefined {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, m, d] = iso;
    // A timestamp keeps its own day in UTC; a bare date is that day wherever the reader is.
    const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
    return Number.isNaN(date.getTime()) ? undefined : { date, precision: d ? 'day' : m ? 'month' : 'year' };
  }
  if (!/\b\d{4}\b/.test(s)) return undefined;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  // Read in the reader's own zone, as the page wrote it; kept as that calendar day.
  const local = new Date(ms);
  return { date: new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate())), precision: 'day' };
}

/** The date in the UI's language at the precision it is known; the text itself where it cannot be read. */
export function formatDate(text: string, lang: UiLang): string {
  const parsed = parseDate(text);
  if (!parsed) return text.trim();
  return new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[parsed.precision]).format(parsed.date);
}

/** The machine-readable form for `<time datetime>`, where the date can be read. */
export function isoDate(text: string): string | undefined {
  const parsed = parseDate(text);
  if (!parsed) return undefined;
  const iso = parsed.date.toISOString();
  return parsed.precision === 'year'
    ? iso.slice(0, 4)
    : parsed.precision === 'month'
      ? iso.slice(0, 7)
      : iso.slice(0, 10);
}
