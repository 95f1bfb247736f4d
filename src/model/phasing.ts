import type { PlanSettings } from '../validate/index.ts';
import type { CalendarMonth } from './calendar.ts';
import { ZERO, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { phasingMonthOutside, phasingSum } from './messages.ts';
import type { ModelMessage } from './types.ts';

export interface Phasing {
  /** The target of each month of the period, exact. */
  targets: Decimal[];
  /** Each month's share of the target: how every period need is phased too. */
  shares: Decimal[];
  messages: ModelMessage[];
}

/** Split `total` by weights; the last month takes the remainder so the months add up to the total exactly. */
function byWeights(total: Decimal, weights: number[]): Decimal[] {
  const all = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => total.times(w).div(all));
  if (parts.length > 0) parts[parts.length - 1] = total.minus(sum(parts.slice(0, -1)));
  return parts;
}

function explicit(
  target: Decimal,
  months: CalendarMonth[],
  amounts: Record<string, Decimal>,
  label: string,
): { targets: Decimal[]; messages: ModelMessage[] } {
  const keys = new Set(months.map((m) => m.key));
  const messages = Object.keys(amounts)
    .filter((key) => !keys.has(key))
    .map((key) => phasingMonthOutside(key, label));
  // Decision: a month of the period left out of explicit phasing gets no target (0).
  const targets = months.map((m) => amounts[m.key] ?? ZERO);
  const total = sum(Object.values(amounts));
  if (!total.eq(target)) messages.push(phasingSum(total, target));
  return { targets, messages };
}

/** The target phased over the period's months: by working days (default), evenly, or as written. */
export function phaseTarget(
  target: Decimal,
  months: CalendarMonth[],
  phasing: PlanSettings['phasing'],
  label: string,
): Phasing {
  let targets: Decimal[];
  let messages: ModelMessage[] = [];
  const noWorkingDays = months.every((m) => m.workingDays === 0);
  if (typeof phasing === 'object') {
    ({ targets, messages } = explicit(target, months, phasing, label));
  } else if (phasing === 'even' || noWorkingDays) {
    // Decision: with no working days at all (an error elsewhere) working-day phasing falls back to even.
    targets = byWeights(target, months.map(() => 1));
  } else {
    targets = byWeights(
      target,
      months.map((m) => m.workingDays),
    );
  }
  const shares = targets.map((t) => (target.isZero() ? ZERO : t.div(target)));
  return { targets, shares, messages };
}
