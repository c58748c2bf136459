/**
 * The desk's notes as W3C Web Annotations, which Hypothesis and other annotation tools read: each note on its claim's
 * words (a TextQuoteSelector with the words around them), its text as a commenting TextualBody, its verdict as a
 * tagging one. Orphaned notes keep the words they were given, so they can still be found by hand.
 */
import { placeNotes, type ClaimNote } from '../claims/desk';
import type { Annotations } from '../types';
import type { ExportSource } from './index';

export function toClaimAnnotations(a: Annotations, notes: ClaimNote[], source: ExportSource) {
  const target = source.url ?? 'urn:hamish:article';
  const { placed, orphaned } = placeNotes(a, notes);
  const items = [...placed.map((p) => p.note), ...orphaned].map((n, i) => ({
    id: `${target}#hamish-claim-${i}`,
    type: 'Annotation',
    motivation: n.note ? 'commenting' : 'assessing',
    modified: n.updated,
    body: [
      ...(n.note
        ? [{ type: 'TextualBody', purpose: 'commenting', value: n.note, format: 'text/plain', language: a.lang }]
        : []),
      { type: 'TextualBody', purpose: 'tagging', value: n.verdict, format: 'text/plain' },
    ],
    target: { source: target, selector: { type: 'TextQuoteSelector', ...n.anchor } },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${target}#hamish-claims`,
    type: 'AnnotationCollection',
    label: a.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
