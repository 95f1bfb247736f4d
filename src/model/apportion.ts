import { ZERO, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';

/**
 * A whole count split over months in proportion to their weights, so that the months add up to it exactly
 * (largest remainder, Hamilton's method): each month gets the whole part of its exact share, and what is left
 * goes one each to the months with the largest remainders. Decision: a tie goes to the earlier month, so the
 * split is deterministic and asks for the work sooner rather than at the period's end. Weights that sum to 0
 * (no working days) give every month 0.
 */
export function apportion(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const whole = sum(weights);
  if (!whole.gt(0)) return weights.map(() => ZERO);
  const exact = weights.map((w) => total.times(w).div(whole));
  const parts = exact.map((e) => e.floor());
  const left = total.minus(sum(parts)).toNumber();
  const byRemainder = exact.map((e, i) => ({ i, rest: e.minus(parts[i] as Decimal) })).sort((a, b) => b.rest.cmp(a.rest) || a.i - b.i);
  for (const { i } of byRemainder.slice(0, Math.max(0, left))) parts[i] = (parts[i] as Decimal).plus(1);
  return parts;
}
