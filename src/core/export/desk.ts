/**
 * The desk's three files from one call, for the side panel and the CLI alike: ClaimReview drafts, Markdown and the
 * notes as W3C Web Annotations. A ClaimReview without its reviewing organisation, or with no claim given a finding,
 * would be an invalid or empty review: instead of writing one, the export names what is missing.
 */
import { FINDINGS, type ClaimNote } from '../claims/desk';
import type { Annotations } from '../types';
import { toClaimAnnotations } from './claim-annotations';
import { toClaimReviews, type Reviewer } from './claimreview';
import type { DeskFormat, ExportSource } from './index';
import { toMarkdown } from './markdown';

/** What a ClaimReview export can lack: the reviewer's name, a web address for it, a claim with a finding. */
export type DeskMissing = 'reviewerName' | 'reviewerUrl' | 'findings';

export type DeskExport = { text: string; missing?: undefined } | { text?: undefined; missing: DeskMissing[] };

/**
 * A reviewer's site must be a web page the review can be published on: http or https, a host, no spaces. (A pattern,
 * not `URL`: the core runs without the DOM's globals.)
 */
export const isReviewerUrl = (url: string): boolean => /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url.trim());

/** A day as the reviewer lives it, as ISO (`2026-12-07`): a review written in the evening in Beirut is dated that
 * day, not the next in UTC. The side panel and the command line date their reviews alike. */
export function localDay(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** What the reviewer's settings lack for a ClaimReview (nothing: an empty list). */
export function reviewerMissing(reviewer: Partial<Reviewer> | undefined): DeskMissing[] {
  return [
    ...(reviewer?.name?.trim() ? [] : (['reviewerName'] as const)),
    ...(reviewer?.url && isReviewerUrl(reviewer.url) ? [] : (['reviewerUrl'] as const)),
  ];
}

/** One desk file's text, or what it lacks. `today` (ISO date) is the reviews' date. */
export function exportDesk(
  a: Annotations,
  notes: ClaimNote[],
  format: DeskFormat,
  source: ExportSource,
  reviewer: Partial<Reviewer> | undefined,
  today: string,
): DeskExport {
  if (format === 'markdown') return { text: toMarkdown(a, notes, source) };
  if (format === 'notes') return { text: JSON.stringify(toClaimAnnotations(a, notes, source), null, 2) + '\n' };
  const missing = reviewerMissing(reviewer);
  if (!notes.some((n) => FINDINGS.includes(n.verdict))) missing.push('findings');
  if (missing.length) return { missing };
  const by = { name: reviewer!.name!.trim(), url: reviewer!.url!.trim() };
  return { text: JSON.stringify(toClaimReviews(a, notes, source, by, today), null, 2) + '\n' };
}
