import type { PlanFacts } from '../../validate/index.ts';
import { Decimal, sum } from '../../core/decimal.ts';
import { addDays } from '../../core/dates.ts';
import { override } from '../goal-seek/levers.ts';
import type { PlanModel } from '../types.ts';
import { sensitivityInputs, type SensitivityInput } from './inputs.ts';

export type { SensitivityInput, SensitivityKind, SensitivityUnit } from './inputs.ts';
export { sensitivityInputs } from './inputs.ts';

/** How far each input moves: ±`percent` % of its value, a start by ±`weeks` weeks. */
export interface SensitivityConfig {
  percent: Decimal;
  weeks: number;
}

/** Decision: 10 % and 4 weeks unless scenarios.yaml says otherwise (`sensitivity: { percent, weeks }`). */
export const DEFAULT_SENSITIVITY: SensitivityConfig = { percent: new Decimal(10), weeks: 4 };

/** The period's figures a sensitivity reports, for the base or one changed input. */
export interface SensitivityFigures {
  /** The period's gap (expected − target): negative is short. */
  gap: Decimal;
  deals: Decimal;
  /** Heads needed over every role, and those missing. */
  headsNeeded: Decimal;
  headsMissing: number;
}

export interface SensitivityOutcome {
  /** The changed value (clamped to the input's domain); an ISO date for a start. */
  value: Decimal | string;
  figures: SensitivityFigures;
  /** The gap's change against the base. */
  gapDelta: Decimal;
}

export interface SensitivityRow extends SensitivityInput {
  /** −N % (a start N weeks earlier) and +N % (N weeks later). */
  low: SensitivityOutcome;
  high: SensitivityOutcome;
  /** |high.gap − low.gap|: the rows are ranked by it, the largest first. */
  swing: Decimal;
}

export interface Sensitivity {
  config: SensitivityConfig;
  /** The period the figures are of (its label, `2026-Q4`). */
  period: string;
  base: SensitivityFigures;
  /** Ranked: the largest swing of the gap first; ties by the swing of the deals, then of the heads, then plan order. */
  rows: SensitivityRow[];
}

function figuresOf(model: PlanModel): SensitivityFigures | undefined {
  const total = model.capacity?.total;
  if (!total) return undefined;
  return { gap: total.gap, deals: model.deals.needed, headsNeeded: sum(model.headcount.map((h) => h.needed)), headsMissing: model.missingHeads };
}

/** The input's value moved by `sign` × the config: a date by whole weeks, a number by a share of itself, kept in its domain. */
export function moved(input: SensitivityInput, sign: 1 | -1, config: SensitivityConfig): Decimal | string {
  if (typeof input.base === 'string') return addDays(input.base, sign * 7 * config.weeks);
  const factor = new Decimal(100).plus(config.percent.times(sign)).div(100);
  const value = input.base.times(factor);
  return input.max && value.gt(input.max) ? input.max : value;
}

/**
 * The effect of each numeric input moved by ±N % (a hire's start by ±N weeks) on the period's gap, deals needed
 * and heads, each computed by the whole model on a copy of the facts with one override (the scenarios' path
 * grammar and setter). Pure and exact. Undefined for a plan without quota roles (no gap to move).
 */
export function computeSensitivity(facts: PlanFacts, model: PlanModel, compute: (facts: PlanFacts) => PlanModel, config: SensitivityConfig = DEFAULT_SENSITIVITY): Sensitivity | undefined {
  const base = figuresOf(model);
  if (!base || !model.capacity) return undefined;
  const outcome = (input: SensitivityInput, sign: 1 | -1): SensitivityOutcome => {
    const value = moved(input, sign, config);
    const figures = figuresOf(compute(override(facts, input.path, value))) ?? base;
    return { value, figures, gapDelta: figures.gap.minus(base.gap) };
  };
  const rows = sensitivityInputs(facts).map((input, order) => {
    const low = outcome(input, -1);
    const high = outcome(input, 1);
    return { row: { ...input, low, high, swing: high.figures.gap.minus(low.figures.gap).abs() }, order };
  });
  const spread = (r: SensitivityRow, pick: (f: SensitivityFigures) => Decimal) => pick(r.high.figures).minus(pick(r.low.figures)).abs();
  rows.sort((a, b) =>
    b.row.swing.cmp(a.row.swing) ||
    spread(b.row, (f) => f.deals).cmp(spread(a.row, (f) => f.deals)) ||
    spread(b.row, (f) => f.headsNeeded).cmp(spread(a.row, (f) => f.headsNeeded)) ||
    a.order - b.order,
  );
  return { config, period: model.capacity.total.key, base, rows: rows.map((r) => r.row) };
}
