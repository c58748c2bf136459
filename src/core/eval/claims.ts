/**
 * Scoring claims to check, pure. A gold claim is given by the first words of its sentence; a claim finds it when its
 * span holds where those words stand. Precision at 5: of each article's five best-ranked claims (fewer where fewer are
 * found), how many are gold; recall: of the gold claims, how many any claim finds; summed over articles.
 */
import { rankClaims } from '../claims';
import type { Claim } from '../types';

export interface ClaimScore {
  gold: number;
  /** Gold claims that some claim holds. */
  found: number;
  /** Claims found, and how many of them are gold. */
  predicted: number;
  predictedGold: number;
  /** Claims among the five best of each article, and how many of them are gold. */
  top: number;
  topGold: number;
  /** The article's body sentences: what `predicted` is out of. */
  sentences: number;
}

/** How many best-ranked claims precision at k reads. */
export const AT = 5;

const holds = (c: Claim, at: number) => c.start <= at && at < c.end;

/**
 * Scores the claims of one article against its gold. A gold string missing from the text is an error in the gold:
 * it throws, rather than count as a miss.
 */
export function scoreClaims(text: string, gold: string[], claims: Claim[], sentences: number): ClaimScore {
  const at = gold.map((g) => {
    const i = text.indexOf(g);
    if (i < 0) throw new Error(`claim gold not in the text: "${g}"`);
    return i;
  });
  const isGold = (c: Claim) => at.some((a) => holds(c, a));
  const top = rankClaims(claims).slice(0, AT);
  return {
    gold: gold.length,
    found: at.filter((a) => claims.some((c) => holds(c, a))).length,
    predicted: claims.length,
    predictedGold: claims.filter(isGold).length,
    top: top.length,
    topGold: top.filter(isGold).length,
    sentences,
  };
}

export function sumClaimScores(list: ClaimScore[]): ClaimScore {
  const sum: ClaimScore = { gold: 0, found: 0, predicted: 0, predictedGold: 0, top: 0, topGold: 0, sentences: 0 };
  for (const s of list) for (const k of Object.keys(sum) as (keyof ClaimScore)[]) sum[k] += s[k];
  return sum;
}

/** Percent, one decimal; 0 where there is nothing to divide. */
export const percent = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);
