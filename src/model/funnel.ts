import type { GoalsSection } from '../validate/index.ts';
import { cadence, type CadenceBasis } from './cadence.ts';
import { ONE, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { dealsNotDivisible } from './messages.ts';
import type { Deals, FunnelRow, ModelMessage } from './types.ts';

/** Deals needed = ceil(target / deal size), with the bookings they imply and the overshoot. */
export function computeDeals(goals: GoalsSection): { deals: Deals; messages: ModelMessage[] } {
  const { target, average_deal_size: averageDealSize } = goals;
  const needed = ceil(target.div(averageDealSize));
  const impliedBookings = needed.times(averageDealSize);
  const overshoot = impliedBookings.minus(target);
  const messages = overshoot.isZero() ? [] : [dealsNotDivisible(target, averageDealSize, needed, overshoot)];
  return { deals: { target, averageDealSize, needed, impliedBookings, overshoot }, messages };
}

/**
 * The conversion of each stage into the next. Validation rejects a stage above the won deal without a rate
 * (rule funnel-rate), so the fallback of 1 only keeps the function total.
 */
export function stageRates(goals: GoalsSection): Decimal[] {
  return goals.funnel.slice(0, -1).map((stage) => stage.rate ?? ONE);
}

/** The stage pipeline coverage counts from when the plan names none: `opportunity`, else the top stage. */
const DEFAULT_PIPELINE_STAGE = 'opportunity';

/**
 * The stage the plan counts as its pipeline and the win rate from there: the product of the stage rates from it
 * down to the won deal. Decision: goals.pipeline_stage when given (validation checks it names a funnel stage),
 * else the stage with id `opportunity`, else the top stage; an unknown id (an error already) falls back the same way.
 */
export function pipelineStage(goals: GoalsSection): { stage: string; winRate: Decimal } {
  const rates = stageRates(goals);
  const ids = goals.funnel.map((s) => s.id);
  const wanted = [goals.pipeline_stage, DEFAULT_PIPELINE_STAGE].find((id) => id !== undefined && ids.includes(id));
  const index = wanted === undefined ? 0 : ids.indexOf(wanted);
  const winRate = rates.slice(index).reduce((acc, rate) => acc.times(rate), ONE);
  return { stage: ids[index] ?? '', winRate };
}

/**
 * The reverse funnel, chained from the won deal up: need[above] = ceil(need[below] / rate[above]).
 * Ceiling at every step (not once at the top) keeps each stage whole and enough for the one below.
 */
export function computeFunnel(
  goals: GoalsSection,
  dealsNeeded: Decimal,
  basis: CadenceBasis,
): { rows: FunnelRow[] } {
  const rates = stageRates(goals);
  const last = goals.funnel.length - 1;
  const needs: Decimal[] = [];
  // The product of the rates below a stage is exact; inverting it once keeps perWonDeal to one rounding.
  const yieldToWon: Decimal[] = [];
  needs[last] = dealsNeeded;
  yieldToWon[last] = ONE;
  for (let i = last - 1; i >= 0; i--) {
    const rate = rates[i] as Decimal;
    needs[i] = ceil((needs[i + 1] as Decimal).div(rate));
    yieldToWon[i] = (yieldToWon[i + 1] as Decimal).times(rate);
  }
  const rows = goals.funnel.map((stage, i): FunnelRow => {
    const outcome = i === last;
    const row: FunnelRow = {
      id: stage.id,
      name: stage.name,
      need: cadence(needs[i] as Decimal, basis, outcome),
      perWonDeal: ONE.div(yieldToWon[i] as Decimal),
      outcome,
    };
    if (!outcome) row.rate = rates[i] as Decimal;
    return row;
  });
  return { rows };
}
