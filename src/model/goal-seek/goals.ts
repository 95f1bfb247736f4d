import type { PlanFacts } from '../../validate/index.ts';
import type { Decimal } from '../../core/decimal.ts';
import { ZERO, sum } from '../../core/decimal.ts';
import { assignActivities } from '../activities.ts';
import type { CadenceBasis } from '../cadence.ts';
import { resolveCalendar, type Calendar } from '../calendar.ts';
import { computeCapacity } from '../capacity.ts';
import { computeDeals, computeFunnel } from '../funnel.ts';
import { computeHeadcount } from '../headcount.ts';
import { phaseTarget } from '../phasing.ts';
import { computeSources } from '../sources.ts';
import type { Capacity, HeadcountRow, PlanModel } from '../types.ts';

/**
 * The goals a goal-seek answers, each one the plan as written misses:
 * - `month`: close a month's gap (expected bookings of the quota roles ≥ the month's target);
 * - `period`: reach 100% of the period target;
 * - `staffed`: a role has every head the reverse funnel's activity needs (none missing). Decision: the funnel's
 *   rates, yields and the deal size move the demand side only (the supply side is quota × ramp × attainment), so
 *   the goal they can reach is this one, and the answers for a gap name the supply side's inputs.
 */
export type GoalKind = 'month' | 'period' | 'staffed';

export interface Goal {
  kind: GoalKind;
  /** The month key (`2026-10`), the period label (`2026-Q4`) or the role id. */
  key: string;
  /** How far the plan is from it: the gap (negative money) for a month or the period, the missing heads for a role. */
  shortfall: Decimal;
}

/** The figures a goal is judged on: the model's, or the same functions' on changed facts (`Evaluator`). */
export interface GoalFigures {
  capacity?: Capacity | undefined;
  headcount: HeadcountRow[];
}

/** Whether the figures reach the goal. */
export function reaches(goal: Goal, figures: GoalFigures): boolean {
  switch (goal.kind) {
    case 'month': {
      const month = figures.capacity?.months.find((m) => m.key === goal.key);
      return month?.gap.gte(0) === true;
    }
    case 'period':
      return figures.capacity?.total.gap.gte(0) === true;
    case 'staffed':
      return (figures.headcount.find((h) => h.role === goal.key)?.missing ?? 0) === 0;
  }
}

/** The goals the plan misses, in the document's order: the months, the period, then the roles. */
export function missedGoals(model: PlanModel): Goal[] {
  const goals: Goal[] = [];
  for (const month of model.capacity?.months ?? []) {
    if (month.gap.isNegative()) goals.push({ kind: 'month', key: month.key, shortfall: month.gap });
  }
  const total = model.capacity?.total;
  if (total?.gap.isNegative()) goals.push({ kind: 'period', key: total.key, shortfall: total.gap });
  for (const row of model.headcount) {
    if (row.missing > 0) goals.push({ kind: 'staffed', key: row.role, shortfall: ZERO.plus(row.missing) });
  }
  return goals;
}

/**
 * The model's functions that a goal depends on, run on changed facts. Decision: a search evaluates only these
 * (the same functions computeModel wires, in the same order) rather than the whole model, which also writes
 * every role's targets and the milestones: a search runs hundreds of evaluations, and nothing a goal-seek
 * changes (rates, yields, deal size, quota, attainment, capacity, people) moves the calendar or the phasing,
 * which are computed once. test/model/goal-seek checks each answer against computeModel itself.
 */
export interface Evaluator {
  figures(facts: PlanFacts, need: 'capacity' | 'headcount'): GoalFigures;
  calendar: Calendar;
}

export function evaluator(facts: PlanFacts): Evaluator {
  const calendar = resolveCalendar(facts.plan);
  const phasing = phaseTarget(facts.goals.target, calendar.months, facts.plan.phasing, calendar.label);
  const basis: CadenceBasis = {
    shares: phasing.shares,
    workingDays: calendar.workingDays,
    weeks: calendar.weeks,
    lengthInMonths: sum(calendar.months.map((m) => m.fraction)),
  };
  return {
    calendar,
    figures(changed, need) {
      if (need === 'capacity') {
        return { capacity: computeCapacity(changed.team, calendar, phasing.targets, changed.goals.target).capacity, headcount: [] };
      }
      const deals = computeDeals(changed.goals);
      const funnel = computeFunnel(changed.goals, deals.deals.needed, basis);
      const top = funnel.rows[0];
      const sources = top ? computeSources(changed.goals, top, basis) : { rows: [] };
      const assigned = assignActivities(changed, funnel.rows, sources.rows);
      return { headcount: computeHeadcount(changed.team, assigned.assignments, calendar) };
    },
  };
}
