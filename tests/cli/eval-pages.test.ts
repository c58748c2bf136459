import { describe, expect, it } from 'vitest';
import { sameHeadline, wordF1 } from '../../src/cli/eval-pages';

describe('cli/eval-pages', () => {
  it.each([
    ['How to Build a Terrarium | eHow', 'How to Build a Terrarium', true],
    ['Silicon Exposed: Open flow for small chips', 'Open flow for small chips', true],
    ['Student Dies After Pills "Burned Her Up"', 'Student Dies After Pills “Burned Her Up”', true],
    ['The Modern Ambitions Behind Neon', 'Why Neon Is the Symbol of the Century', false],
    ['Veteran Wraps Baby in Flag', 'Good Morning America', false],
    ['Minecraft 1.8 - The Bountiful Update', 'Minecraft', false],
    ['', '', true],
  ])('takes %j and %j for the same headline: %s', (reference, ours, same) => {
    expect(sameHeadline(reference, ours)).toBe(same);
  });

  it('scores word overlap as F1', () => {
    expect(wordF1('a b c', 'a b c')).toBe(1);
    expect(wordF1('a b', 'c d')).toBe(0);
    expect(wordF1('A b', 'a c')).toBe(0.5);
  });
});
