/**
 * The UI's strings, Arabic beside English: every key in both, the same placeholders in both, and the strings whose
 * meaning a test can check said right (`as of` is not `حتى`, "until", which would say a role ended).
 */
import { describe, expect, it } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Role } from '../../src/glossary/schema';
import { roleLine } from '../../src/ui/components/EntityCard';
import { t } from '../../src/ui/i18n';

const placeholders = (s: string) => [...s.matchAll(/\$[A-Z]+\$/g)].map((m) => m[0]).sort();
const placeholderNames = (s: string) => [...s.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1]);

describe('ui/locales', () => {
  it('holds every key in both languages, with the same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en))
      expect(placeholders(ar[key as keyof typeof ar].message), key).toEqual(placeholders(message));
  });

  it('defines every placeholder a message uses, as the browser requires to load the extension at all', () => {
    for (const bundle of [en, ar] as Record<string, { message: string; placeholders?: Record<string, unknown> }>[])
      for (const [key, { message, placeholders }] of Object.entries(bundle))
        for (const p of placeholderNames(message)) expect(placeholders?.[p.toLowerCase()], `${key} ${p}`).toBeDefined();
  });

  it('says "as of" as the state of facts at a date, never "until"', () => {
    expect(t('ar', 'asOf', { DATE: 'x' })).not.toMatch(/حتى|لغاية|إلى/);
    expect(t('en', 'asOf', { DATE: 'x' })).toBe('as of x');
  });

  it.each([
    [
      'en',
      'President of the United States (since 20 January 2025) · as of October 2025',
      'President (20 January 2017 – 20 January 2021) · as of October 2025',
    ],
    [
      'ar',
      'رئيس الولايات المتحدة (منذ 20 كانون الثاني 2025) · وفق معطيات تشرين الأول 2025',
      'رئيس (20 كانون الثاني 2017 – 20 كانون الثاني 2021) · وفق معطيات تشرين الأول 2025',
    ],
  ] as const)('a card’s dated line in %s: a role held, and a role that ended', (lang, current, ended) => {
    const now: Role = { ar: 'رئيس الولايات المتحدة', en: 'President of the United States', start: '2025-01-20' };
    const past: Role = { ar: 'رئيس', en: 'President', start: '2017-01-20', end: '2021-01-20' };
    expect(roleLine(lang, now, '2025-10')).toBe(current);
    expect(roleLine(lang, past, '2025-10')).toBe(ended);
  });

  it('names what the words name: a rule-found name, the history, the import', () => {
    expect(t('en', 'notInGlossary')).toBe('Not in the glossary: recognised in the text.');
    expect(t('en', 'notInGlossary')).not.toMatch(/rule/);
    expect(t('ar', 'notInGlossary')).not.toMatch(/القواعد/);
    expect(t('en', 'clearHistory')).toMatch(/pinned names/);
    expect(t('ar', 'clearHistory')).toMatch(/المثبّتة/);
  });

  it('names the findings a ClaimReview needs by the statuses the reader chooses from, and the schemes a site may use', () => {
    for (const lang of ['ar', 'en'] as const) {
      const needs = t(lang, 'missingFindings').toLowerCase();
      for (const v of ['supported', 'misleading', 'false', 'unverifiable'] as const)
        expect(needs, `${lang} ${v}`).toContain(t(lang, `verdict_${v}`).toLowerCase());
      expect(needs).not.toContain(t(lang, 'verdict_checking').toLowerCase());
      for (const key of ['reviewerUrlInvalid', 'missingReviewerUrl'] as const)
        expect(t(lang, key), `${lang} ${key}`).toMatch(/http:\/\/.*https:\/\//);
    }
  });
});
