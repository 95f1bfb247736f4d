import { ZERO, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { apportion } from './apportion.ts';
import type { Cadence, RepCadence, RoleQuota } from './types.ts';

/** What a period need is spread over: the target's monthly shares, the working days and weeks. */
export interface CadenceBasis {
  shares: Decimal[];
  workingDays: number;
  weeks: Decimal;
  /** The period's length in months (Σ of the months' working-day fractions): what a full month divides by. */
  lengthInMonths: Decimal;
}

const over = (value: Decimal, by: Decimal) => (by.isZero() ? ZERO : value.div(by));

/**
 * A period need at each cadence. Per month is ceil(need × the month's share of the target): whole, never behind
 * the phasing, and rising with the need (so the months may add up to a little more than the period need).
 * Per week and per day are ceiled, except for outcomes (won deals), which stay exact rates.
 */
export function cadence(need: Decimal, basis: CadenceBasis, outcome = false): Cadence {
  const spread = (by: Decimal) => (outcome ? over(need, by) : ceil(over(need, by)));
  return {
    period: need,
    perMonth: basis.shares.map((share) => ceil(need.times(share))),
    perWeek: spread(basis.weeks),
    perDay: spread(ZERO.plus(basis.workingDays)),
  };
}

/** A team cadence of something people do divided among `heads` people, each figure ceiled. */
export function perHead(team: Cadence, heads: Decimal, basis: CadenceBasis): RepCadence {
  const split = (v: Decimal) => ceil(over(v, heads));
  const period = split(team.period);
  return {
    period,
    perMonth: team.perMonth.map(split),
    perWeek: split(team.perWeek),
    perDay: split(team.perDay),
    fullMonth: ceil(over(period, basis.lengthInMonths)),
  };
}

/**
 * One rep's outcome (meetings, opportunities, deals) at every cadence from its whole period figure. Decision: the
 * months are the period figure apportioned by `weights` (apportion.ts), so they add up to it: ceiling each month
 * on its own asks a rep for 4 + 4 + 4 meetings in a period of 10, where small counts make the overshoot large.
 * Week, day and full month are exact rates, as the funnel's won deals are.
 */
export function outcomeCadence(period: Decimal, weights: readonly Decimal[], basis: CadenceBasis): RepCadence {
  return {
    period,
    perMonth: apportion(period, weights),
    perWeek: over(period, basis.weeks),
    perDay: over(period, ZERO.plus(basis.workingDays)),
    fullMonth: over(period, basis.lengthInMonths),
  };
}

/** One rep's share of a team's outcome: the period share is whole, ceil(need / heads), months phased like the target. */
export function outcomePerHead(need: Decimal, heads: Decimal, basis: CadenceBasis): RepCadence {
  return outcomeCadence(ceil(over(need, heads)), basis.shares, basis);
}

/** One rep's quota as a target in money: the quota's own months and full month; week and day exact. */
export function quotaCadence(quota: RoleQuota, basis: CadenceBasis): RepCadence {
  const period = quota.period.quota;
  return {
    period,
    perMonth: quota.months.map((m) => m.quota),
    perWeek: over(period, basis.weeks),
    perDay: over(period, ZERO.plus(basis.workingDays)),
    fullMonth: quota.fullMonth.quota,
  };
}
