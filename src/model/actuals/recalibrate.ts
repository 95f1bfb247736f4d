import { Decimal } from '../../core/decimal.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { BookingsToDate, ConversionActual, Recalibration, RecalibratedFact } from './types.ts';

/**
 * Decision: a measured value is suggested only when it rests on at least 30 deals, the usual floor for reading a
 * proportion; below that it is shown beside the plan's, with its count, and not suggested.
 */
export const MIN_DEALS = 30;

/**
 * The plan's facts the actuals measure, each beside its measured value and the deals it rests on: every stage's
 * conversion rate, and the average deal size. Decision: a rate is measured over the decided deals only, those
 * that went on and those lost in the stage; a deal still open in it has no outcome yet and would pull the rate
 * down in the middle of a period. A measured rate of 0 is not suggested (the plan would need infinite volume).
 */
export function recalibrate(facts: PlanFacts, conversion: readonly ConversionActual[], bookings: BookingsToDate): Recalibration {
  const rows: RecalibratedFact[] = conversion.map((c) => {
    const decided = c.converted + c.lost;
    const measured = decided > 0 ? new Decimal(c.converted).div(decided) : undefined;
    const row: RecalibratedFact = { path: `goals.funnel.${c.from}.rate`, unit: 'rate', subject: c.from, plan: c.planRate, deals: decided };
    if (measured) row.measured = measured;
    if (measured && decided >= MIN_DEALS && measured.gt(0)) row.suggested = measured.toDecimalPlaces(3, Decimal.ROUND_HALF_UP);
    return row;
  });
  const size: RecalibratedFact = { path: 'goals.average_deal_size', unit: 'money', subject: '', plan: facts.goals.average_deal_size, deals: bookings.wonDeals };
  if (bookings.wonDeals > 0) size.measured = bookings.booked.div(bookings.wonDeals);
  if (size.measured && bookings.wonDeals >= MIN_DEALS && size.measured.gt(0)) size.suggested = size.measured.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  rows.push(size);
  const overrides = rows.flatMap((r) => (r.suggested && !r.suggested.eq(r.plan) ? [{ path: r.path, value: r.suggested, unit: r.unit }] : []));
  return { minDeals: MIN_DEALS, facts: rows, overrides, recomputed: [] };
}

/** The plan's facts with the recalibration's overrides set: the same facts a scenario with those overrides gives. */
export function recalibratedFacts(facts: PlanFacts, recalibration: Recalibration): PlanFacts {
  const value = (path: string) => recalibration.overrides.find((o) => o.path === path)?.value;
  const goals = facts.goals;
  return {
    ...facts,
    goals: {
      ...goals,
      average_deal_size: value('goals.average_deal_size') ?? goals.average_deal_size,
      funnel: goals.funnel.map((s) => {
        const rate = value(`goals.funnel.${s.id}.rate`);
        return rate ? { ...s, rate } : s;
      }),
    },
  };
}
