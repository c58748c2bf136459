import { describe, expect, it } from 'vitest';
import { percent, scoreClaims, sumClaimScores } from '../../../src/core/eval/claims';
import type { Claim } from '../../../src/core/types';

const TEXT = 'One. Two rose. Three fell. Four. Five. Six. Seven.';
const at = (s: string, score: number): Claim => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, score, reasons: [] };
};

describe('core/eval/claims', () => {
  it('finds gold by where its first words stand, and reads precision at 5 off the ranking', () => {
    const claims = [
      at('Two rose.', 0.9),
      at('Three fell.', 0.8),
      at('Four.', 0.7),
      at('Five.', 0.6),
      at('Six.', 0.5),
      at('Seven.', 0.4),
    ];
    const s = scoreClaims(TEXT, ['Two', 'Three', 'Seven', 'One'], claims, 7);
    expect(s).toEqual({ gold: 4, found: 3, predicted: 6, predictedGold: 3, top: 5, topGold: 2, sentences: 7 });
  });

  it('reads fewer than five where fewer are found', () => {
    expect(scoreClaims(TEXT, ['Two'], [at('Two rose.', 0.5)], 7)).toMatchObject({ top: 1, topGold: 1 });
  });

  it('throws on gold that is not in the text', () => {
    expect(() => scoreClaims(TEXT, ['Eight'], [], 7)).toThrow(/not in the text/);
  });

  it('sums articles and gives percentages', () => {
    const one = scoreClaims(TEXT, ['Two'], [at('Two rose.', 0.5)], 7);
    expect(sumClaimScores([one, one])).toMatchObject({ gold: 2, found: 2, top: 2, sentences: 14 });
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBe(0);
  });
});
