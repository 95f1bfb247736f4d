import type { PlanFacts } from '../validate/index.ts';
import type { Assignment } from './activities.ts';
import { ceil, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import type { Role } from './people.ts';
import type { FunnelRow, SourceRow } from './types.ts';

/** A funnel stage a role is paid on and how many of it the role's whole team must deliver in the period. */
export interface PaidStage {
  row: FunnelRow;
  teamNeed: Decimal;
}

/**
 * The funnel stages a role is paid on. Decision (the plan format says nothing of pay per stage):
 * - the top stage, when the role does a sourcing activity (its emails and calls book the meetings);
 * - each stage a process stage it owns produces (`funnel_stage` of a stage whose `owner` is the role);
 * - for a role without quota, also the stage right below the lowest of those: its hand-off, where its work is
 *   counted (a booked meeting counts once it is held; the example pays SDRs and BDRs on meetings held);
 * - for a quota role, the won deal (its bookings are added by quota-targets.ts, which sizes one rep's stages
 *   from the rep's quota).
 * A sourcing role delivers its sources' share of each of those stages: Σ stage need of its sources at the top
 * stage (what its activity volumes are sized on), ceil(need × Σ share) below it. Any other role delivers the whole
 * stage.
 */
export function paidStages(
  facts: PlanFacts,
  role: Role,
  funnel: FunnelRow[],
  sources: SourceRow[],
  assignments: Assignment[],
): PaidStage[] {
  const sourcing = sources.filter((s) => assignments.some((a) => a.role.id === role.id && a.activity === s.activity));
  const indexes = new Set<number>();
  if (sourcing.length > 0 && funnel.length > 0) indexes.add(0);
  for (const stage of facts.process.stages) {
    const index = funnel.findIndex((row) => row.id === stage.funnel_stage);
    if (stage.owner === role.id && index !== -1) indexes.add(index);
  }
  if (role.quota !== undefined) indexes.add(funnel.length - 1);
  else if (indexes.size > 0) {
    const handOff = Math.max(...indexes) + 1;
    if (handOff < funnel.length) indexes.add(handOff);
  }
  const share = sum(sourcing.map((s) => s.share));
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const row = funnel[index] as FunnelRow;
      if (sourcing.length === 0) return { row, teamNeed: row.need.period };
      const teamNeed = index === 0 ? sum(sourcing.map((s) => s.stageNeed)) : ceil(row.need.period.times(share));
      return { row, teamNeed };
    });
}
