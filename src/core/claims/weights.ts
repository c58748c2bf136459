/**
 * How much each reason makes a sentence worth checking, each weight with its reason. A sentence's score is the sum of
 * the positive weights of the reasons it holds (each counted once), clamped to 0..1, then damped by each negative one
 * (times 1 + weight): a wish or a forecast lowers a sentence's worth in proportion, so a figure stated as a plan
 * (`will create thousands of jobs`) stays a claim while a bare wish falls away. A claim from `THRESHOLD` up.
 */
import type { ClaimReason } from '../types';

export const WEIGHTS: Record<ClaimReason, number> = {
  /** A number, a count or a fraction is the first thing a fact-checker checks: it is right or wrong. */
  figure: 0.45,
  /** A share is a figure with a base that can be looked up, and often misused. */
  percentage: 0.5,
  /** A sum of money, a budget, a price: checkable against accounts and published figures. */
  money: 0.3,
  /** A year, a month, `since`, `for years`: dates a claim, though most dates in news only place an event. */
  date: 0.2,
  /** `the largest`, `more than`, `the first`: a comparison is true or false against the thing compared. */
  comparison: 0.3,
  /** `doubled`, `fell`, `a rise in`: a trend claims two figures at once. */
  change: 0.3,
  /** `because`, `led to`, `as a result`: a cause asserted is a claim, and a favourite of spin. */
  cause: 0.25,
  /** Unnamed sources assert what nobody answers for: the issue asks for every such sentence to be checked. */
  'vague-source': 0.45,
  /** Attributed to a named speaker or body: someone asserts it, so it can be put to them. */
  attributed: 0.1,
  /** `should`, `نريد`, `believes`: a wish or a belief is not a fact. */
  opinion: -0.2,
  /** `will`, `expected`, `سوف`: a forecast cannot be checked yet. */
  future: -0.15,
};

/** Below this a sentence holds too little to check: a date alone, an attribution alone. */
export const THRESHOLD = 0.3;
