import { ZERO, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import type { Cadence } from './types.ts';

/** What a period need is spread over: the target's monthly shares, the working days and weeks. */
export interface CadenceBasis {
  shares: Decimal[];
  workingDays: number;
  weeks: Decimal;
}

/**
 * A period need at each cadence. Per month is ceil(need × the month's share of the target): whole, never behind
 * the phasing, and rising with the need (so the months may add up to a little more than the period need).
 * Per week and per day are ceiled, except for outcomes (won deals), which stay exact rates.
 */
export function cadence(need: Decimal, basis: CadenceBasis, outcome = false): Cadence {
  const spread = (over: Decimal) => (over.isZero() ? ZERO : outcome ? need.div(over) : ceil(need.div(over)));
  return {
    period: need,
    perMonth: basis.shares.map((share) => ceil(need.times(share))),
    perWeek: spread(basis.weeks),
    perDay: spread(ZERO.plus(basis.workingDays)),
  };
}

/** A cadence divided among `heads` people, each share ceiled (outcomes stay exact). */
export function perHead(team: Cadence, heads: Decimal, outcome = false): Cadence {
  const split = (v: Decimal) => (heads.isZero() ? ZERO : outcome ? v.div(heads) : ceil(v.div(heads)));
  return {
    period: split(team.period),
    perMonth: team.perMonth.map(split),
    perWeek: split(team.perWeek),
    perDay: split(team.perDay),
  };
}
