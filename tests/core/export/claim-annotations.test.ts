import { describe, expect, it } from 'vitest';
import { findAnchor } from '../../../src/core/claims/desk';
import { toClaimAnnotations } from '../../../src/core/export/claim-annotations';
import { annotations, noteOn, SOURCE } from '../claims/desk-fixture';

describe('core/export/claim-annotations', () => {
  const a = annotations();
  const notes = [noteOn(a, 'وقال وزير', 'supported', 'confirmed by the port'), noteOn(a, 'وارتفعت', 'checking')];
  const parsed = JSON.parse(JSON.stringify(toClaimAnnotations(a, notes, SOURCE)));
  const items = parsed.first.items as {
    id: string;
    body: unknown[];
    target: { source: string; selector: { exact: string; prefix: string; suffix: string } };
  }[];

  it('parses as an annotation collection of the notes', () => {
    expect(parsed['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(parsed.type).toBe('AnnotationCollection');
    expect(parsed.total).toBe(2);
    expect(new Set(items.map((i) => i.id)).size).toBe(2);
  });

  it('carries the note as a commenting body and the verdict as a tag', () => {
    expect(items[0].body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'confirmed by the port',
        format: 'text/plain',
        language: 'ar',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'supported', format: 'text/plain' },
    ]);
    expect(items[1].body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'checking', format: 'text/plain' },
    ]);
  });

  it('has each selector find its claim in the text', () => {
    for (const [i, item] of items.entries()) {
      const { selector, source } = item.target;
      expect(source).toBe(SOURCE.url);
      const span = findAnchor(a.text, selector)!;
      expect(a.text.slice(span.start, span.end)).toBe(notes[i].anchor.exact);
      expect(a.text.slice(span.start - selector.prefix.length, span.start)).toBe(selector.prefix);
      expect(a.text.slice(span.end, span.end + selector.suffix.length)).toBe(selector.suffix);
    }
  });
});
