import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { VERDICT_NAMES } from '../../../src/core/claims/desk';
import { toClaimReviews } from '../../../src/core/export/claimreview';
import { annotations, noteOn, REVIEWER, SOURCE } from '../claims/desk-fixture';

const text = { type: 'string', minLength: 1 };
const party = {
  type: 'object',
  required: ['@type', 'name'],
  properties: { '@type': { enum: ['Person', 'Organization'] }, name: text },
};
/**
 * What search engines read of a ClaimReview, after Google's fact-check documentation: required there are
 * `claimReviewed`, `reviewRating` with its `alternateName`, and `url`; recommended are the review's `author` and
 * `datePublished`, `itemReviewed` as a Claim with its `author`, `datePublished` and `appearance`, and the rating's
 * numbers. The issue asks for the recommended ones the article can tell, so they are required here too.
 */
const CLAIM_REVIEW = {
  type: 'object',
  required: ['@context', '@type', 'url', 'claimReviewed', 'reviewRating', 'author', 'datePublished', 'itemReviewed'],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'ClaimReview' },
    url: { type: 'string', pattern: '^https?://' },
    claimReviewed: text,
    datePublished: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
    author: {
      ...party,
      required: ['@type', 'name', 'url'],
      properties: { ...party.properties, '@type': { const: 'Organization' } },
    },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName'],
      properties: {
        '@type': { const: 'Rating' },
        alternateName: text,
        ratingValue: { type: 'number' },
        bestRating: { type: 'number' },
        worstRating: { type: 'number' },
      },
    },
    itemReviewed: {
      type: 'object',
      required: ['@type', 'author', 'datePublished', 'appearance'],
      properties: {
        '@type': { const: 'Claim' },
        author: party,
        datePublished: { type: 'string' },
        appearance: {
          type: 'object',
          required: ['@type', 'url'],
          properties: { '@type': { const: 'CreativeWork' }, url: { type: 'string', pattern: '^https?://' } },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true }).compile(CLAIM_REVIEW);

describe('core/export/claimreview', () => {
  const a = annotations();
  const notes = [
    noteOn(a, 'وقال وزير', 'supported'),
    noteOn(a, 'وقالت مصادر', 'unverifiable'),
    noteOn(a, 'وارتفعت', 'misleading', 'the base year differs'),
  ];
  const reviews = toClaimReviews(a, notes, SOURCE, REVIEWER, '2026-03-04');

  it('drafts one review per finding, each holding every field search engines read', () => {
    expect(reviews).toHaveLength(3);
    for (const r of reviews) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names the claim, its author and the verdict', () => {
    const [minister, sources, trend] = reviews;
    expect(minister.claimReviewed).toBe(notes[0].anchor.exact);
    expect(minister.itemReviewed.author).toEqual({ '@type': 'Person', name: 'فايز رسامني' });
    expect(minister.reviewRating).toMatchObject({ alternateName: VERDICT_NAMES.supported.ar, ratingValue: 3 });
    // unnamed sources answer for nothing: the outlet that printed them is the claim's author
    expect(sources.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'النهار' });
    expect(sources.reviewRating.ratingValue).toBeUndefined();
    expect(trend.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      url: SOURCE.url,
      datePublished: SOURCE.published,
    });
    expect(trend.author).toEqual({ '@type': 'Organization', ...REVIEWER });
  });

  it('drafts nothing for work in progress', () => {
    expect(
      toClaimReviews(
        a,
        [noteOn(a, 'وقال وزير', 'checking'), noteOn(a, 'وارتفعت', 'to-check')],
        SOURCE,
        REVIEWER,
        '2026-03-04',
      ),
    ).toEqual([]);
  });

  it('fails the schema where a required field is missing (the check can fail)', () => {
    const { claimReviewed: _, ...without } = reviews[0];
    expect(validate(without)).toBe(false);
    expect(validate({ ...reviews[0], reviewRating: { '@type': 'Rating' } })).toBe(false);
  });

  it('keeps an orphaned finding, by the words it was given', () => {
    const gone = { ...notes[2], anchor: { ...notes[2].anchor, exact: 'جملة لم تعد في الصفحة.' } };
    const [r] = toClaimReviews(a, [gone], SOURCE, REVIEWER, '2026-03-04');
    expect(r.claimReviewed).toBe('جملة لم تعد في الصفحة.');
    expect(validate(r)).toBe(true);
  });
});
