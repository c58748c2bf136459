import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, parseDate } from '../../src/ui/dates';

describe('ui/dates', () => {
  it.each([
    ['2025-01-20', 'en', '20 January 2025'],
    ['2025-01-20', 'ar', '20 كانون الثاني 2025'],
    ['2025-10', 'en', 'October 2025'],
    ['2025-10', 'ar', 'تشرين الأول 2025'],
    ['1992', 'en', '1992'],
    // A timestamp keeps the day the page wrote, whatever the reader's zone.
    ['2026-01-12T23:30:00+02:00', 'ar', '12 كانون الثاني 2026'],
    ['Wed, 20 Nov 2024', 'en', '20 November 2024'],
    // No year: shown whole, never cut to "Wed Nov 20" or given a year it never had.
    ['Wed Nov 20', 'en', 'Wed Nov 20'],
    ['الأربعاء 20 تشرين الثاني', 'ar', 'الأربعاء 20 تشرين الثاني'],
  ] as const)('%j in %s → %j', (text, lang, shown) => {
    expect(formatDate(text, lang)).toBe(shown);
  });

  it('reads a date at the precision it was written, and gives none where the year is unknown', () => {
    expect(parseDate('2025-10')?.precision).toBe('month');
    expect(parseDate('Wed Nov 20')).toBeUndefined();
    expect(isoDate('2025-03-14T09:00:00Z')).toBe('2025-03-14');
    expect(isoDate('2025-10')).toBe('2025-10');
  });
});
