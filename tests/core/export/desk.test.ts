/**
 * The desk's files through the one export module: each format's text, the file names that keep three JSON-LD files
 * apart, and a ClaimReview that names what it lacks (the reviewer's name, an http(s) site, a finding) instead of
 * being written invalid or empty.
 */
import { describe, expect, it } from 'vitest';
import { DESK_FORMATS, EXPORT_MIME, exportFileName } from '../../../src/core/export';
import { toClaimReviews } from '../../../src/core/export/claimreview';
import { exportDesk, isReviewerUrl, localDay, reviewerMissing } from '../../../src/core/export/desk';
import { toMarkdown } from '../../../src/core/export/markdown';
import { annotations, noteOn, REVIEWER, SOURCE } from '../claims/desk-fixture';

const a = annotations();
const TODAY = '2026-03-04';
const found = noteOn(a, 'وارتفعت', 'false', 'base year differs');
const open = noteOn(a, 'وارتفعت', 'checking');

describe('core/export/desk', () => {
  // A moment and the clock's offset from UTC (minutes, as getTimezoneOffset gives it: negative east of Greenwich).
  it.each([
    ['2026-12-07T22:30:00Z', -120, '2026-12-08'], // half past midnight in Beirut: already the next day there
    ['2026-12-07T21:59:00Z', -120, '2026-12-07'],
    ['2026-12-08T03:00:00Z', 300, '2026-12-07'], // ten at night in New York, still the day before
    ['2026-12-07T12:00:00Z', 0, '2026-12-07'],
  ])("dates a review %s at offset %i by the reviewer's own day: %s", (at, offset, day) => {
    const now = Object.assign(new Date(at), { getTimezoneOffset: () => offset });
    expect(localDay(now)).toBe(day);
  });

  it('names each desk file apart from the others and from the annotations’ W3C file', () => {
    const names = ['w3c', ...DESK_FORMATS].map((f) => exportFileName('Port volumes', f as 'w3c'));
    expect(names).toEqual([
      'hamish-port-volumes.jsonld',
      'hamish-port-volumes.claimreview.jsonld',
      'hamish-port-volumes.md',
      'hamish-port-volumes.notes.jsonld',
    ]);
    expect(DESK_FORMATS.map((f) => EXPORT_MIME[f])).toEqual([
      'application/ld+json',
      'text/markdown',
      'application/ld+json',
    ]);
  });

  it('writes the ClaimReview drafts the core writes, with the reviewer trimmed', () => {
    const out = exportDesk(a, [found], 'claimreview', SOURCE, { name: ` ${REVIEWER.name} `, url: REVIEWER.url }, TODAY);
    expect(out.missing).toBeUndefined();
    expect(JSON.parse(out.text!)).toEqual(toClaimReviews(a, [found], SOURCE, REVIEWER, TODAY));
  });

  it('names what a ClaimReview lacks rather than writing one', () => {
    expect(exportDesk(a, [found], 'claimreview', SOURCE, undefined, TODAY)).toEqual({
      missing: ['reviewerName', 'reviewerUrl'],
    });
    expect(exportDesk(a, [found], 'claimreview', SOURCE, { name: '  ', url: REVIEWER.url }, TODAY).missing).toEqual([
      'reviewerName',
    ]);
    expect(exportDesk(a, [open], 'claimreview', SOURCE, REVIEWER, TODAY).missing).toEqual(['findings']);
    expect(exportDesk(a, [], 'claimreview', SOURCE, { name: 'x', url: 'ftp://x.example' }, TODAY).missing).toEqual([
      'reviewerUrl',
      'findings',
    ]);
  });

  it.each([
    ['https://factcheck.example.org/', true],
    ['http://desk.example', true],
    ['  https://desk.example/path  ', true],
    ['javascript:alert(1)', false],
    ['ftp://desk.example', false],
    ['desk.example', false],
    ['https://', false],
    ['', false],
  ])('a reviewer site %j is %s', (url, ok) => {
    expect(isReviewerUrl(url)).toBe(ok);
    expect(reviewerMissing({ name: 'Desk', url }).includes('reviewerUrl')).toBe(!ok);
  });

  it('writes Markdown and the notes as W3C annotations whatever the reviewer', () => {
    expect(exportDesk(a, [found], 'markdown', SOURCE, undefined, TODAY).text).toBe(toMarkdown(a, [found], SOURCE));
    const w3c = JSON.parse(exportDesk(a, [found], 'notes', SOURCE, undefined, TODAY).text!);
    expect(w3c.first.items[0].body).toEqual([
      expect.objectContaining({ purpose: 'commenting', value: 'base year differs' }),
      expect.objectContaining({ purpose: 'tagging', value: 'false' }),
    ]);
    expect(w3c.first.items[0].target.selector.exact).toBe(found.anchor.exact);
  });
});
