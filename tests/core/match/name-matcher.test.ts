import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../src/core/match/name-matcher';
import { fold } from '../../../src/core/text/normalize';
import { tokenize } from '../../../src/core/text/tokens';

const matcher = new NameMatcher<string>();
for (const [name, id] of [
  ['الجيش الوطني الليبي', 'lna'],
  ['الجيش الوطني', 'lna-short'],
  ['إسلام آباد', 'islamabad'],
  ['باكستان', 'pakistan'],
  ['Joseph Aoun', 'aoun'],
  ['ليبيا', 'libya'],
] as const)
  matcher.add(name, id);

function run(text: string): string[] {
  const t = fold(text);
  const tokens = tokenize(t);
  return matcher
    .matchAll(t, tokens)
    .map((h) => `${h.values.join('+')}:${t.slice(tokens[h.first].start, tokens[h.last].end)}`);
}

describe('core/match/name-matcher', () => {
  it.each([
    ['قائد الجيش الوطني الليبي خليفة', ['lna:الجيش الوطني الليبي']],
    ['قائد الجيش الوطني ونائبه', ['lna-short:الجيش الوطني']],
    ['للجيش الوطني الليبي', ['lna:للجيش الوطني الليبي']],
    ['زيارة إلى إسلام آباد، ما', ['islamabad:اسلام اباد']],
    ['ليبيا وباكستان', ['libya:ليبيا', 'pakistan:وباكستان']],
    ['في لليبيا', ['libya:لليبيا']],
    ['President Joseph Aoun said', ['aoun:Joseph Aoun']],
    ['president joseph aoun', ['aoun:joseph aoun']],
    ['الجيش. الوطني الليبي', []],
    ['Joseph\n\nAoun', []],
  ])('finds the names in %s', (text, found) => {
    expect(run(text)).toEqual(found);
  });
});
