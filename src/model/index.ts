import type { Actuals, PlanFacts } from '../validate/index.ts';
import { compareActuals, recalibratedFacts, type ActualsModel } from './actuals/index.ts';
import { compareScenarios } from './scenarios.ts';
import { activityTargets, assignActivities } from './activities.ts';
import type { CadenceBasis } from './cadence.ts';
import { resolveCalendar } from './calendar.ts';
import { computeCapacity } from './capacity.ts';
import { ZERO, sum } from '../core/decimal.ts';
import { computeEconomics } from './economics.ts';
import { figuresOutOfRange } from './figure-range.ts';
import { computeDeals, computeFunnel, pipelineStage } from './funnel.ts';
import { computeHeadcount } from './headcount.ts';
import { computeHiring } from './hiring.ts';
import { zeroWorkingDays } from './messages.ts';
import { computeMilestones } from './milestones.ts';
import { phaseTarget } from './phasing.ts';
import { computeRolePlans } from './roles.ts';
import { computeSources } from './sources.ts';
import { computeStages, sourceStages } from './stages.ts';
import { computeStaffing } from './staffing.ts';
import { unusualCapacities } from './team-checks.ts';
import { computeSensitivity, type Sensitivity, type SensitivityConfig } from './sensitivity/index.ts';
import type { ModelMessage, Period, PlanModel } from './types.ts';

export type * from './types.ts';
export { status } from './capacity.ts';
export { sourceStages, type SourceStage } from './stages.ts';

/**
 * Everything the plan's facts imply (planning-model.md), computed exactly and without I/O.
 * Never throws on valid facts: what cannot be computed (no working days) comes back as zeros with an error message.
 */
export function computeModel(facts: PlanFacts): PlanModel {
  const { plan, goals, team } = facts;
  const messages: ModelMessage[] = [];
  const calendar = resolveCalendar(plan);
  if (calendar.workingDays === 0) messages.push(zeroWorkingDays(calendar.label));

  const phasing = phaseTarget(goals.target, calendar.months, plan.phasing, calendar.label);
  const period: Period = {
    kind: calendar.kind,
    label: calendar.label,
    start: calendar.start,
    end: calendar.end,
    workingDays: calendar.workingDays,
    weeks: calendar.weeks,
    months: calendar.months.map((m, i) => ({
      key: m.key,
      start: m.start,
      end: m.end,
      workingDays: m.workingDays,
      fraction: m.fraction,
      target: phasing.targets[i] ?? ZERO,
    })),
    lengthInMonths: sum(calendar.months.map((m) => m.fraction)),
  };
  const basis: CadenceBasis = {
    shares: phasing.shares,
    workingDays: calendar.workingDays,
    weeks: calendar.weeks,
    lengthInMonths: period.lengthInMonths,
  };

  const deals = computeDeals(goals);
  const funnel = computeFunnel(goals, deals.deals.needed, basis);
  const top = funnel.rows[0];
  const sources = top ? computeSources(goals, top, basis) : { rows: [] };
  const assigned = assignActivities(facts, funnel.rows, sources.rows);
  const headcount = computeHeadcount(team, assigned.assignments, calendar);
  const capacity = computeCapacity(team, calendar, phasing.targets, goals.target);
  const hiring = computeHiring(team, plan.as_of ?? calendar.start);
  const economics = computeEconomics(goals, team, calendar, pipelineStage(goals), deals.deals.needed);
  const activities = activityTargets(assigned.assignments, headcount, basis);
  const staffing = computeStaffing(team, calendar, headcount, goals.target);
  const placed = sourceStages(facts.process.stages, { funnel: funnel.rows, sources: sources.rows, activities });
  const roles = computeRolePlans({
    facts,
    period,
    basis,
    funnel: funnel.rows,
    sources: sources.rows,
    assignments: assigned.assignments,
    activities,
    headcount,
    staffing,
  });

  messages.push(
    ...figuresOutOfRange({ deals: deals.deals, funnel: funnel.rows, sources: sources.rows, headcount, staffing }),
    ...phasing.messages,
    ...deals.messages,
    ...assigned.messages,
    ...unusualCapacities(team),
    ...capacity.messages,
    ...hiring.messages,
    ...economics.messages,
  );
  const model: PlanModel = {
    currency: plan.currency,
    locale: plan.locale,
    period,
    deals: deals.deals,
    funnel: funnel.rows,
    sources: sources.rows,
    stages: computeStages(facts.process.stages, funnel.rows, sources.rows, placed),
    activities,
    headcount,
    missingHeads: headcount.reduce((total, h) => total + h.missing, 0),
    staffing,
    roles,
    milestones: computeMilestones(facts.action_plan),
    hiring: hiring.rows,
    economics: economics.economics,
    // Errors first, each group in the order it was found.
    messages: [...messages.filter((m) => m.severity === 'error'), ...messages.filter((m) => m.severity === 'warning')],
  };
  if (capacity.capacity) model.capacity = capacity.capacity;
  return model;
}

export { resolveCalendar } from './calendar.ts';
export { hireNames } from './hiring.ts';
export { monthlyQuota, rampAt } from './people.ts';
export { compareScenarios } from './scenarios.ts';
export type * from './scenarios.ts';
export { compareActuals, dashboardTeams, MIN_DEALS } from './actuals/index.ts';
export type * from './actuals/index.ts';
export { goalSeek, leversFor, override, reaches } from './goal-seek/index.ts';
export type * from './goal-seek/index.ts';
export { DEFAULT_SENSITIVITY, sensitivityInputs } from './sensitivity/index.ts';
export type * from './sensitivity/index.ts';

/** Each numeric input moved by ±N % (a start by ±N weeks), its effect on the period's gap, deals and heads, ranked. */
export function sensitivity(facts: PlanFacts, model: PlanModel, config?: SensitivityConfig): Sensitivity | undefined {
  return computeSensitivity(facts, model, computeModel, config);
}

/**
 * The plan against its actuals (compareActuals), with the plan recomputed by this same model from the measured
 * values the recalibration suggests, compared with the plan as written like a scenario (`measured`).
 */
export function actualsModel(facts: PlanFacts, model: PlanModel, actuals: Actuals, asOf: string): ActualsModel {
  const compared = compareActuals(facts, model, actuals, asOf);
  const { recalibration } = compared;
  if (recalibration.overrides.length > 0) {
    const measured = computeModel(recalibratedFacts(facts, recalibration));
    const comparison = compareScenarios({ id: 'base', name: 'base', model }, [{ id: 'measured', name: 'measured', model: measured }]);
    recalibration.recomputed = comparison.rows.flatMap((row) => {
      const [plan, cell] = row.cells;
      if (!row.differs || row.unit === 'status' || !cell) return [];
      const { group, key, subject, measure, unit } = row;
      return [{ group, key, subject, measure, unit, trend: cell.trend, ...(plan?.value ? { plan: plan.value } : {}), ...(cell.value ? { measured: cell.value } : {}), ...(cell.delta ? { delta: cell.delta } : {}) }];
    });
  }
  return compared;
}
