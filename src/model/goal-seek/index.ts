import type { PlanFacts } from '../../validate/index.ts';
import type { Decimal } from '../../core/decimal.ts';
import type { PlanModel } from '../types.ts';
import { evaluator, missedGoals, reaches, type Goal } from './goals.ts';
import { leastStep } from './grid.ts';
import { leversFor, type Lever, type LeverKind, type LeverUnit } from './levers.ts';

export type { Goal, GoalKind, GoalFigures } from './goals.ts';
export type { LeverKind, LeverUnit } from './levers.ts';
export { reaches } from './goals.ts';
export { leversFor, override } from './levers.ts';

/** The least change in one input that reaches a goal, or that the input's whole domain does not. */
export interface GoalSeekAnswer {
  kind: LeverKind;
  /** The fact it changes, as a scenario override names it (`team.hires` for added heads). */
  path: string;
  subject: string;
  /** What the plan calls it (a stage's or source's name, a role's title, a person's name); '' for the deal size. */
  name: string;
  /** The last stage with a rate converts into the won deal: its rate is the win rate. */
  winRate?: boolean;
  role?: string;
  activity?: string;
  activityName?: string;
  /** The day added heads start: the period's first (as the hires that would close the period's gap). */
  from?: string;
  unit: LeverUnit;
  direction: 'up' | 'down';
  /** The plan's value (0 added heads; an ISO date for a start). */
  current: Decimal | string;
  reachable: boolean;
  /** The least value that reaches the goal (the latest date for a start; the heads to add). */
  value?: Decimal | string;
  /** One step less (0.1 point, one unit, one day less): it does not reach the goal. */
  below?: Decimal | string;
  /** How many grid steps the answer is from the plan's value (1: the first step past it). */
  steps?: number;
}

export interface GoalSeekResult {
  goal: Goal;
  answers: GoalSeekAnswer[];
}

function answer(lever: Lever, evaluate: (k: number) => boolean): GoalSeekAnswer {
  // Each step is evaluated once: the check below reads the search's own evaluations again.
  const seen = new Map<number, boolean>();
  const test = (k: number) => {
    const known = seen.get(k);
    if (known !== undefined) return known;
    const result = evaluate(k);
    seen.set(k, result);
    return result;
  };
  const { kind, path, subject, name, role, activity, unit, direction, current } = lever;
  const base: GoalSeekAnswer = { kind, path, subject, name, unit, direction, current, reachable: false };
  if (lever.winRate) base.winRate = true;
  if (role !== undefined) base.role = role;
  if (activity !== undefined) base.activity = activity;
  if (lever.activityName !== undefined) base.activityName = lever.activityName;
  if (lever.from !== undefined) base.from = lever.from;
  const found = leastStep(lever.steps, test);
  if (!found.reachable) return base;
  // Verified exactly on the grid: the answer reaches the goal and the step before it (the plan itself at k = 1) does not.
  if (!test(found.k) || test(found.k - 1)) throw new Error(`goal-seek: ${path} is not monotone around step ${found.k}`);
  return { ...base, reachable: true, steps: found.k, value: lever.value(found.k), below: found.k === 1 ? current : lever.value(found.k - 1) };
}

/**
 * For each goal the plan misses (a month's gap, the period target, a role's missing heads), the least change in
 * each input that moves it that reaches it, searched on the input's grid and checked exactly. Pure; the plan's
 * facts are never changed (each step is a copy with one override).
 */
export function goalSeek(facts: PlanFacts, model: PlanModel): GoalSeekResult[] {
  const goals = missedGoals(model);
  if (goals.length === 0) return [];
  const evaluate = evaluator(facts);
  return goals.map((goal) => {
    const need = goal.kind === 'staffed' ? 'headcount' : 'capacity';
    const answers = leversFor(goal, facts, model.period.start).map((lever) => answer(lever, (k) => reaches(goal, evaluate.figures(lever.at(k), need))));
    return { goal, answers };
  });
}
