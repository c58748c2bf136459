/**
 * schema.org ClaimReview JSON-LD drafts, one per claim the desk has given a finding (supported, misleading, false,
 * unverifiable), for a fact-checking desk to complete and publish. Every field Google's fact-check documentation
 * requires is filled (`claimReviewed`, `reviewRating.alternateName`, `url`), and the recommended ones the article
 * tells: the claim's author (its speaker, a Person or an Organization; the outlet where the claim is its own or its
 * sources unnamed), where it appeared (the article's URL and date), the reviewing organisation and the date.
 */
import { claimSpeaker, FINDINGS, placeNotes, SCALE, VERDICT_NAMES, type ClaimNote } from '../claims/desk';
import type { Annotations, Speaker } from '../types';
import type { ExportSource } from './index';

/** The organisation that reviews, from the settings: its name and the site its fact-checks are published on. */
export interface Reviewer {
  name: string;
  url: string;
}

type Party = { '@type': 'Person' | 'Organization'; name: string };

/** One ClaimReview draft, as JSON-LD. */
export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: Party;
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string; datePublished?: string };
  };
  author: Party & { url: string };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  datePublished: string;
  inLanguage: string;
}

/** The claim's author: a named person, a body, or the outlet that printed it unattributed or from unnamed sources. */
function author(a: Annotations, speaker: Speaker | undefined, source: ExportSource): Party | undefined {
  if (speaker && speaker.kind !== 'anonymous') {
    const entity = speaker.entity ? a.entities.find((e) => e.key === speaker.entity) : undefined;
    const person = speaker.kind === 'named' && entity?.kind !== 'organization';
    return { '@type': person ? 'Person' : 'Organization', name: speaker.name };
  }
  return source.site ? { '@type': 'Organization', name: source.site } : undefined;
}

/**
 * The drafts, in text order (orphaned notes last, with the words they were given: the claim was made even if the page
 * no longer shows it). `today` is the review's date (ISO); the review's `url` is the reviewer's site, where the desk
 * publishes its fact-check.
 */
export function toClaimReviews(
  a: Annotations,
  notes: ClaimNote[],
  source: ExportSource,
  reviewer: Reviewer,
  today: string,
): ClaimReviewLd[] {
  const { placed, orphaned } = placeNotes(a, notes);
  const items = [...placed, ...orphaned.map((note) => ({ note, claim: undefined }))];
  return items
    .filter(({ note }) => FINDINGS.includes(note.verdict))
    .map(({ note, claim }): ClaimReviewLd => {
      const name = VERDICT_NAMES[note.verdict];
      const claimAuthor = author(a, claimSpeaker(a, claim), source);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: reviewer.url,
        claimReviewed: note.anchor.exact,
        itemReviewed: {
          '@type': 'Claim',
          ...(claimAuthor ? { author: claimAuthor } : {}),
          ...(source.published ? { datePublished: source.published } : {}),
          ...(source.url
            ? {
                appearance: {
                  '@type': 'CreativeWork',
                  url: source.url,
                  ...(source.published ? { datePublished: source.published } : {}),
                },
              }
            : {}),
        },
        author: { '@type': 'Organization', name: reviewer.name, url: reviewer.url },
        reviewRating: {
          '@type': 'Rating',
          alternateName: name[a.lang],
          ...(name.scale ? { ratingValue: name.scale, bestRating: SCALE.best, worstRating: SCALE.worst } : {}),
        },
        datePublished: today,
        inLanguage: a.lang,
      };
    });
}
