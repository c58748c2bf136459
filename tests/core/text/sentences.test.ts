import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/core/text/sentences';

const split = (text: string, lang: string) => sentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('core/text/sentences', () => {
  it.each([
    ['قال إن "الوضع صعب". وأضاف: هل من حل؟ نعم!', ['قال إن "الوضع صعب".', 'وأضاف: هل من حل؟', 'نعم!']],
    ['ارتفع المؤشر 3.5 في المئة. ثم تراجع.', ['ارتفع المؤشر 3.5 في المئة.', 'ثم تراجع.']],
    ['بلا نقطة في آخرها', ['بلا نقطة في آخرها']],
    ['(قال ذلك أمس.) ثم غادر', ['(قال ذلك أمس.)', 'ثم غادر']],
  ])('splits Arabic %s', (text, expected) => {
    expect(split(text, 'ar')).toEqual(expected);
  });

  it.each([
    ['Mr. Berri met the U.S. envoy. Gen. Haykal left.', ['Mr. Berri met the U.S. envoy.', 'Gen. Haykal left.']],
    ['"We will," he said. Then silence.', ['"We will," he said.', 'Then silence.']],
  ])('splits English %s', (text, expected) => {
    expect(split(text, 'en')).toEqual(expected);
  });

  it('reports offsets shifted by the block start', () => {
    expect(sentences('أ. ب.', 'ar', 10)).toEqual([
      { start: 10, end: 12 },
      { start: 13, end: 15 },
    ]);
  });
});
