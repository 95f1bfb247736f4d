import type { GoalsSection } from '../validate/index.ts';
import { cadence, type CadenceBasis } from './cadence.ts';
import { ONE, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { dealsNotDivisible, rateMissing } from './messages.ts';
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

/** The conversion of each stage into the next; a missing rate (an error) counts as 1 so the chain still computes. */
export function stageRates(goals: GoalsSection): { rates: Decimal[]; messages: ModelMessage[] } {
  const messages: ModelMessage[] = [];
  const rates = goals.funnel.slice(0, -1).map((stage, i) => {
    if (stage.rate) return stage.rate;
    messages.push(rateMissing(i, stage.id));
    return ONE;
  });
  return { rates, messages };
}

/** The win rate: the conversion of the stage just above the won deal. */
export function winRate(goals: GoalsSection): Decimal {
  return stageRates(goals).rates.at(-1) ?? ONE;
}

/**
 * The reverse funnel, chained from the won deal up: need[above] = ceil(need[below] / rate[above]).
 * Ceiling at every step (not once at the top) keeps each stage whole and enough for the one below.
 */
export function computeFunnel(
  goals: GoalsSection,
  dealsNeeded: Decimal,
  basis: CadenceBasis,
): { rows: FunnelRow[]; messages: ModelMessage[] } {
  const { rates, messages } = stageRates(goals);
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
  return { rows, messages };
}
