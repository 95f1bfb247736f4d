import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.ts';
import { computeModel } from '../../src/model/index.ts';
import type { Cadence, PlanModel } from '../../src/model/types.ts';
import { d, withGoals, withRole, workedExampleFacts } from './worked-example.ts';

/** A plan shaped like the worked example with generated target, deal size, rates, shares and capacities. */
const planArb = fc.record({
  target: fc.integer({ min: 1, max: 5_000_000 }),
  dealSize: fc.integer({ min: 500, max: 200_000 }),
  // Rates as whole percents, per mille for the win rate: decimal inputs floats would garble.
  rates: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1000 })),
  emailShare: fc.integer({ min: 1, max: 99 }),
  oneIn: fc.integer({ min: 1, max: 400 }),
  emailsPerDay: fc.integer({ min: 1, max: 150 }),
  dialsPerDay: fc.integer({ min: 1, max: 120 }),
});
type PlanInput = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function model(input: PlanInput, target = input.target): PlanModel {
  const base = workedExampleFacts();
  const [booked, held, win] = input.rates;
  const facts = withGoals(base, {
    target: d(target),
    average_deal_size: d(input.dealSize),
    funnel: [
      { id: 'meetings_booked', name: 'Meetings booked', rate: d(booked).div(100) },
      { id: 'meetings_held', name: 'Meetings held', rate: d(held).div(100) },
      { id: 'opportunities', name: 'Opportunities', rate: d(win).div(1000) },
      { id: 'won', name: 'Won deals' },
    ],
    sources: [
      { activity: 'cold_emails', name: 'Cold emails', share: d(input.emailShare).div(100), one_in: d(input.oneIn) },
      { activity: 'cold_calls', name: 'Cold calls', share: d(100 - input.emailShare).div(100), one_in: d(input.oneIn) },
    ],
  });
  const withCapacity = withRole(
    withRole(facts, 'sdr', { capacity: { cold_emails: d(input.emailsPerDay) } }),
    'bdr',
    { capacity: { cold_calls: d(input.dialsPerDay), opportunities: d(input.dialsPerDay).div(10) } },
  );
  return computeModel(withCapacity);
}

const cadenceValues = (c: Cadence): Decimal[] => [c.period, c.perWeek, c.perDay, ...c.perMonth];

/** Every need and head count of a model, in a fixed order, so two models can be compared value by value. */
function needs(m: PlanModel): Decimal[] {
  return [
    m.deals.needed,
    ...m.funnel.flatMap((f) => cadenceValues(f.need)),
    ...m.sources.flatMap((s) => [s.stageNeed, ...cadenceValues(s.volume)]),
    ...m.activities.flatMap((a) => cadenceValues(a.team)),
    ...m.headcount.flatMap((h) => [h.fte, h.needed]),
  ];
}

describe('properties', () => {
  it('raising the target never lowers any need or headcount', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 1, max: 1_000_000 }), (input, raise) => {
        const low = needs(model(input));
        const high = needs(model(input, input.target + raise));
        expect(high).toHaveLength(low.length);
        for (const [i, value] of low.entries()) expect(high[i]?.gte(value)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('for every role, headcount × capacity covers each daily need and the headcount covers the FTE', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        for (const row of model(input).headcount) {
          expect(row.needed.gte(row.fte)).toBe(true);
          expect(row.needed.isInteger()).toBe(true);
          for (const a of row.activities) expect(row.needed.times(a.capacity).gte(a.dailyNeed)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the funnel's stage needs never increase going down", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const funnel = model(input).funnel;
        for (let i = 1; i < funnel.length; i++) {
          const [above, below] = [funnel[i - 1]?.need, funnel[i]?.need] as [Cadence, Cadence];
          for (const [k, value] of cadenceValues(below).entries()) expect(cadenceValues(above)[k]?.gte(value)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts are whole and the funnel feeds the stage below it', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const m = model(input);
        m.funnel.forEach((f, i) => {
          expect(f.need.period.isInteger()).toBe(true);
          const below = m.funnel[i + 1];
          if (f.rate && below) expect(f.need.period.times(f.rate).gte(below.need.period)).toBe(true);
        });
        expect(m.deals.impliedBookings.gte(m.deals.target)).toBe(true);
        // What people do each day, over the period's working days, adds up to at least the period need.
        for (const a of m.activities) {
          if (!a.perRep.perDay.isZero()) expect(a.team.perDay.times(m.period.workingDays).gte(a.team.period)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
