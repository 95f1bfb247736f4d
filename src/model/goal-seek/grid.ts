import type { Decimal } from '../../core/decimal.ts';

/**
 * The values an input may take in a goal-seek, as whole steps away from the plan's value in the direction that
 * helps: step k = 1, 2, … up to `steps`. Step 0 is the plan as written.
 */
export interface Grid {
  /** The plan's value. */
  current: Decimal;
  /** The grid's spacing: 0.1 percentage point for a rate, 1 for money and counts. */
  step: Decimal;
  /** `up`: a higher value helps (a rate, a deal size); `down`: a lower one does (activities per result). */
  direction: 'up' | 'down';
  /** The end of the input's valid domain, included (a rate's 100%, one activity per result). */
  bound: Decimal;
}

/**
 * Decision: the first step is the first grid point strictly past the plan's value (25% → 25.1%; 0.78125% with a
 * 0.01-point grid → 0.79%), so every answer is a round figure on the grid, never the plan's value plus a step.
 */
function first(grid: Grid): Decimal {
  const { current, step } = grid;
  return grid.direction === 'up' ? current.div(step).floor().plus(1).times(step) : current.div(step).ceil().minus(1).times(step);
}

/** The value at step k (k ≥ 1). */
export function valueAt(grid: Grid, k: number): Decimal {
  const start = first(grid);
  const offset = grid.step.times(k - 1);
  return grid.direction === 'up' ? start.plus(offset) : start.minus(offset);
}

/** How many steps the domain holds past the plan's value (0 when the plan's value is at its end already). */
export function stepsIn(grid: Grid): number {
  const start = first(grid);
  const room = grid.direction === 'up' ? grid.bound.minus(start) : start.minus(grid.bound);
  return room.isNegative() ? 0 : room.div(grid.step).floor().plus(1).toNumber();
}

export type SearchResult = { reachable: true; k: number } | { reachable: false };

/**
 * The least step k in 1..steps at which `reaches(k)` holds, for a goal the plan (step 0) does not reach.
 * The model is monotone in each input, so a search finds it: doubling from the first step (answers are mostly
 * near the plan's value, domains up to 10^15 steps wide), then bisection. Whatever the model, the answer keeps
 * the invariant reaches(k) and not reaches(k − 1), which the caller checks again. The domain's end failing: not
 * reachable.
 */
export function leastStep(steps: number, reaches: (k: number) => boolean): SearchResult {
  if (steps < 1 || !reaches(steps)) return { reachable: false };
  let lo = 0; // fails (the plan as written)
  let hi = 1;
  while (hi < steps && !reaches(hi)) {
    lo = hi;
    hi = Math.min(steps, hi * 2);
  }
  // Now reaches(hi) holds (hi = steps was tested first) and reaches(lo) does not.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return { reachable: true, k: hi };
}
