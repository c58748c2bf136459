import { describe, expect, it } from 'vitest';
import { DOC_OUTSIDE, documentBits, documentDisagreements } from '../../../../src/core/entities/tagger/article-reading';
import { TAGS } from '../../../../src/core/entities/tagger/tags';

/** Tags by name: `B-person` → 1 … */
const tags = (...names: (typeof TAGS)[number][]) => Uint8Array.from(names, (n) => TAGS.indexOf(n));
const PERSON_ALONE = 1 << 0;
const PERSON_LAST = 1 << 1;
const PERSON_BEFORE_LAST = 1 << 2;
const PLACE_ALONE = 1 << 3;
const ORG_LAST = 1 << 7;

describe('core/entities/tagger/article-reading', () => {
  it.each([
    [
      'a surname read as the last word of a person elsewhere, not here',
      ['صامويل', 'إيتو', 'قال', 'إيتو'],
      tags('B-person', 'I-person', 'O', 'O'),
      // The first reads nothing: no other صامويل. The second reads its namesake outside names.
      [0, DOC_OUTSIDE, 0, PERSON_LAST],
    ],
    [
      'each occurrence counts the others only: one mention alone gives itself nothing',
      ['إيتو', 'سجل'],
      tags('B-person', 'O'),
      [0, 0],
    ],
    [
      'a word read as a name once and outside names once: each reads the other',
      ['برشلونة', 'إلى', 'برشلونة'],
      tags('B-place', 'O', 'O'),
      [DOC_OUTSIDE, 0, PLACE_ALONE],
    ],
    [
      'three names in one word: alone, a last word, inside',
      ['جوزيه', 'جوزيه', 'مورينيو', 'نادي', 'جوزيه', 'جوزيه'],
      tags('B-person', 'B-person', 'I-person', 'B-organization', 'I-organization', 'I-organization'),
      [
        PERSON_BEFORE_LAST | ORG_LAST | (1 << 8),
        PERSON_ALONE | ORG_LAST | (1 << 8),
        0,
        0,
        PERSON_ALONE | PERSON_BEFORE_LAST | ORG_LAST,
        PERSON_ALONE | PERSON_BEFORE_LAST | (1 << 8),
      ],
    ],
  ])('%s', (_, stems, first, want) => {
    expect([...documentBits(stems, first)]).toEqual(want);
  });

  it.each([
    ['a word read as a person elsewhere and as nothing here', [PERSON_LAST, 0], tags('O', 'O'), [1, 0]],
    ['a word read as a person elsewhere and here', [PERSON_LAST, 0], tags('B-person', 'O'), undefined],
    ['a word read as a place elsewhere and a person here', [0, PLACE_ALONE], tags('O', 'B-person'), [0, 1]],
    ['a word only ever outside names', [DOC_OUTSIDE, DOC_OUTSIDE], tags('O', 'O'), undefined],
    [
      'a name here read outside names elsewhere: the second pass reads it as the first did',
      [DOC_OUTSIDE],
      tags('B-place'),
      undefined,
    ],
  ])('the second pass reads again where %s: %s', (_, doc, first, want) => {
    const found = documentDisagreements(Uint16Array.from(doc), first);
    expect(found && [...found]).toEqual(want);
  });

  it('reads again only where a token left open disagrees (the glossary claims the others)', () => {
    const doc = Uint16Array.from([PERSON_LAST, 0, PERSON_ALONE]);
    const first = tags('O', 'O', 'O');
    expect(documentDisagreements(doc, first, (i) => i !== 0 && i !== 2)).toBeUndefined();
    expect([...documentDisagreements(doc, first, (i) => i === 2)!]).toEqual([0, 0, 1]);
  });
});
