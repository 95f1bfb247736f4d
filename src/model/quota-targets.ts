import { ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { outcomeCadence, quotaCadence, type CadenceBasis } from './cadence.ts';
import type { PaidStage } from './outcomes.ts';
import type { FunnelRow, RoleQuota, RoleTarget } from './types.ts';

/**
 * One rep's reverse funnel from their own quota, chained as the team's is (funnel.ts): won deals =
 * ceil(period quota / average deal size), then need[above] = ceil(need[below] / rate[above]). By funnel index.
 */
export function quotaFunnel(quota: Decimal, averageDealSize: Decimal, funnel: FunnelRow[]): Decimal[] {
  const needs: Decimal[] = [];
  const last = funnel.length - 1;
  if (last < 0) return needs;
  needs[last] = ceil(quota.div(averageDealSize));
  for (let i = last - 1; i >= 0; i--) {
    const rate = funnel[i]?.rate;
    needs[i] = rate ? ceil((needs[i + 1] as Decimal).div(rate)) : (needs[i + 1] as Decimal);
  }
  return needs;
}

/**
 * A quota role's outcome targets for one rep, from what the rep is paid on: their own quota for the period, and
 * the deals and funnel stages that quota takes at the plan's average deal size and conversion rates. Decision: at
 * 100% of the quota, not at attainment: the pay plan pays on the quota and the handbook shows it beside these
 * targets, while attainment is the plan's forecast of how much of it reps deliver on average (the supply side,
 * capacity.ts), not a lower target to aim for. So the bookings row is the quota table's quota, month by month;
 * a count's months are its period figure apportioned by the quota's months (they add up to the period). The
 * team's need of each stage stays `teamNeed`.
 */
export function quotaOutcomes(
  stages: PaidStage[],
  quota: RoleQuota,
  input: { funnel: FunnelRow[]; averageDealSize: Decimal; target: Decimal; basis: CadenceBasis },
): RoleTarget[] {
  const { funnel, basis } = input;
  const needs = quotaFunnel(quota.period.quota, input.averageDealSize, funnel);
  const weights = quota.months.map((m) => m.quota);
  const counts = stages.map(({ row, teamNeed }): RoleTarget => {
    const index = funnel.findIndex((r) => r.id === row.id);
    const period = needs[index] as Decimal;
    return { id: row.id, name: row.name, kind: 'stage', unit: 'count', exactRates: true, teamNeed, perRep: outcomeCadence(period, weights, basis) };
  });
  const bookings: RoleTarget = { id: 'bookings', kind: 'bookings', unit: 'money', exactRates: true, teamNeed: input.target, perRep: quotaCadence(quota, basis) };
  return [...counts, bookings];
}
