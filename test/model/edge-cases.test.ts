import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.ts';
import { computeModel } from '../../src/model/index.ts';
import type { PlanModel } from '../../src/model/types.ts';
import { d, withGoals, withPlan, withRate, withRole, withTeam, workedExampleFacts } from './worked-example.ts';

/** Equal to far below any shown digit: 40-digit quotients round in the order they are computed. */
const near = (a: Decimal | undefined, b: Decimal) => a?.minus(b).abs().lt('1e-30') === true;
const codes = (model: PlanModel) => model.messages.map((m) => m.code);
const find = (model: PlanModel, code: string) => model.messages.find((m) => m.code === code);

describe('deals', () => {
  it('ceils a non-divisible target, shows the overshoot and warns at the deal size', () => {
    const model = computeModel(withGoals(workedExampleFacts(), { target: d(260000) }));
    expect(model.deals.needed.toString()).toBe('21');
    expect(model.deals.impliedBookings.toString()).toBe('262500');
    expect(model.deals.overshoot.toString()).toBe('2500');
    expect(find(model, 'target-not-divisible')).toMatchObject({
      severity: 'warning',
      at: { section: 'goals', path: ['average_deal_size'] },
    });
  });
});

describe('a month period', () => {
  it('puts the whole target, quota and cadence in the one month', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { period: '2026-11' }));
    expect(model.period.months.map((m) => [m.key, m.workingDays, m.target.toString()])).toEqual([['2026-11', 20, '250000']]);
    expect(model.funnel.at(-1)?.need.perMonth.map(String)).toEqual(['20']);
    expect(model.sources[0]?.volume.perDay.toString()).toBe('640'); // 12,800 / 20
    // Nov: 2 ramped + the Oct starter at 25% + the Nov hire at 0% = 2.25 reps × 50,000 × 0.8.
    expect(model.capacity?.total.expected.toString()).toBe('90000');
    expect(model.capacity?.rampedRepsNeeded.toString()).toBe('7'); // 250,000 / 40,000 = 6.25
  });
});

describe('a 90-day plan across month boundaries', () => {
  const model = computeModel(withPlan(workedExampleFacts(), { period: { start: '2026-10-15', days: 90 } }));

  it('phases by the working days inside the period', () => {
    expect(model.period.workingDays).toBe(62);
    const targets = model.period.months.map((m) => m.target);
    expect(near(targets[0], d(250000).times(12).div(62))).toBe(true);
    expect(targets.reduce((a, b) => a.plus(b)).eq(250000)).toBe(true);
    expect(model.funnel.at(-1)?.need.perDay.eq(d(20).div(62))).toBe(true);
  });

  it('gives partial months their working-day share of the monthly quota', () => {
    const [oct, , , jan] = model.capacity?.months ?? [];
    expect(oct?.rre.toString()).toBe('2'); // the 2026-10-01 starter is in ramp month 1 (0%)
    expect(near(oct?.streetQuota, d(2).times(50000).times(12).div(22))).toBe(true);
    expect(jan?.rre.toString()).toBe('3.25'); // 2 + 0.75 (tenure 4) + 0.5 (Nov hire, tenure 3)
    expect(near(jan?.streetQuota, d('3.25').times(50000).times(8).div(21))).toBe(true);
    expect(model.capacity?.total.key).toBe('2026-10-15 – 2027-01-12');
  });
});

describe('sources', () => {
  it('accepts a yield written as a rate', () => {
    const facts = withGoals(workedExampleFacts(), {
      sources: [
        { activity: 'cold_emails', name: 'Cold emails', share: d(0.5), rate: d(0.008) },
        { activity: 'cold_calls', name: 'Cold calls', share: d(0.5), one_in: d(128) },
      ],
    });
    const emails = computeModel(facts).sources[0];
    expect(emails?.oneIn.toString()).toBe('125');
    expect(emails?.volume.period.toString()).toBe('12500');
    expect(emails?.perWonDeal.toString()).toBe('1250');
  });
});

describe('ramp and attrition', () => {
  it('counts a hire starting on the last day of a month as a whole first tenure month', () => {
    const facts = withTeam(withRole(workedExampleFacts(), 'ae', { ramp: [d(0.5), d(1)] }), {
      hires: [{ role: 'ae', start: '2026-10-31' }],
    });
    const model = computeModel(facts);
    expect(model.capacity?.months.map((m) => m.rre.toString())).toEqual(['3', '4', '4']);
    // Cost counts the start month whole too: (3 people + 1 hire) × 3 months × 10,000.
    expect(model.economics.roles.find((r) => r.role === 'ae')?.cost.toString()).toBe('120000');
    expect(model.hiring[0]?.fullyRamped).toBe('2026-11-01');
  });

  it('stops counting someone after their end month', () => {
    const facts = withTeam(workedExampleFacts(), {
      people: [{ id: 'ae-1', role: 'ae', start: '2024-01-08', end: '2026-11-10' }],
      hires: [],
    });
    expect(computeModel(facts).capacity?.months.map((m) => m.rre.toString())).toEqual(['1', '1', '0']);
  });

  it('shrinks 10 ramped reps at 20% annual attrition to 9.457 after 3 months', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ id: `ae-${i}`, role: 'ae', start: '2025-01-01' }));
    const model = computeModel(withTeam(workedExampleFacts(), { attrition: d(0.2), people, hires: [] }));
    const rre = model.capacity?.months.map((m) => m.rre) ?? [];
    expect(rre.map((r) => r.toFixed(3))).toEqual(['9.816', '9.635', '9.457']);
    // s^3 = 0.8^(1/4): check against two square roots, an independent exact route.
    expect(near(rre[2], d(0.8).sqrt().sqrt().times(10))).toBe(true);
  });
});

describe('errors the model finds', () => {
  it('returns zeros and an error, without throwing, when the period has no working days', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { period: { start: '2026-10-03', end: '2026-10-04' } }));
    expect(model.period.workingDays).toBe(0);
    expect(model.messages[0]).toMatchObject({
      severity: 'error',
      code: 'zero-working-days',
      at: { section: 'plan', path: ['period'] },
    });
    expect(model.funnel.every((f) => f.need.perDay.isZero() && f.need.perWeek.isZero())).toBe(true);
    expect(model.headcount.every((h) => h.needed.isZero())).toBe(true);
    expect(model.deals.needed.toString()).toBe('20');
  });

  it('treats an end before the start as no working days', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { period: { start: '2026-10-10', end: '2026-10-01' } }));
    expect(codes(model)).toContain('zero-working-days');
    expect(model.period.months).toEqual([]);
  });

  // A capacity of 0 is validation's to reject (`must be greater than 0`, test/validate/validate-plan.test.ts), so the
  // model only ever meets a capacity that is missing.
  it('flags a missing capacity when the process names the role as the only owner', () => {
    const model = computeModel(withRole(workedExampleFacts(), 'sdr', { capacity: {} }));
    expect(find(model, 'capacity-missing')).toMatchObject({
      severity: 'error',
      at: { section: 'team', path: ['roles', 0, 'capacity'] },
    });
  });

  it('does not flag a zero capacity when another role does the activity', () => {
    const facts = withRole(workedExampleFacts(), 'bdr', { capacity: { cold_calls: d(50), cold_emails: d(0) } });
    const model = computeModel(facts);
    expect(codes(model)).not.toContain('capacity-missing');
    expect(model.activities.find((a) => a.activity === 'cold_emails')?.role).toBe('sdr');
  });

  it('warns when nobody does a sourcing activity', () => {
    const facts = withRole(workedExampleFacts(), 'sdr', { capacity: {} });
    const model = computeModel({ ...facts, process: { ...facts.process, stages: facts.process.stages.slice(1) } });
    expect(find(model, 'activity-unowned')).toMatchObject({
      severity: 'warning',
      at: { section: 'goals', path: ['sources', 0, 'activity'] },
    });
    expect(model.headcount.map((h) => h.role)).toEqual(['bdr']);
  });

  // Shares that do not add up, a stage without a rate, a source without a yield and a roster end before the start
  // are validation's to report (rules shares-sum, funnel-rate, source-yield, end-before-start; see
  // test/validate/cross-checks.test.ts): the model never sees such facts and has no copy of those checks.
});

describe('warnings', () => {
  it('flags a requisition that had to open before the as-of date', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { as_of: '2026-10-10' }));
    expect(model.hiring[0]?.late).toBe(true);
    expect(find(model, 'requisition-past')).toMatchObject({
      severity: 'warning',
      at: { section: 'team', path: ['hires', 0, 'start'] },
    });
  });

  it('shows short months, the period gap and the hires that would close it', () => {
    const model = computeModel(withGoals(workedExampleFacts(), { target: d(400000) }));
    expect(model.capacity?.months.map((m) => m.status)).toEqual(['red', 'orange', 'yellow']);
    expect(model.capacity?.total.coverage.toString()).toBe('0.7');
    expect(model.capacity?.total.status).toBe('orange');
    // One AE from Oct 1 books (0 + 0.25 + 0.5) × 50,000 × 0.8 = 30,000; the gap is 120,000.
    expect(model.capacity?.hiresToCloseGap.toString()).toBe('4');
    expect(model.messages.filter((m) => m.code === 'month-short')).toHaveLength(3);
    expect(find(model, 'period-short')?.values).toMatchObject({ period: '2026-Q4', hires: d(4) });
  });

  it('warns about a month more than 10% short even when the period is covered', () => {
    const phasing = { '2026-10': d(100000), '2026-11': d(75000), '2026-12': d(75000) };
    const model = computeModel(withPlan(workedExampleFacts(), { phasing }));
    expect(model.capacity?.total.status).toBe('green');
    const short = model.messages.filter((m) => m.code === 'month-short');
    expect(short).toHaveLength(1);
    // Raw values: worded and formatted for the plan's locale where the finding is reported.
    expect(short[0]?.values).toEqual({ month: '2026-10', coverage: d(0.8), periodCovered: true });
    expect(codes(model)).not.toContain('period-short');
  });

  it('warns about quota:OTE outside 3-6x and attainment above 120%', () => {
    const model = computeModel(withRole(workedExampleFacts(), 'ae', { ote: d(250000), attainment: d(1.3) }));
    expect(find(model, 'quota-ote')?.at).toEqual({ section: 'team', path: ['roles', 2, 'quota'] });
    expect(find(model, 'attainment-high')?.at).toEqual({ section: 'team', path: ['roles', 2, 'attainment'] });
  });

  it('computes payback and LTV:CAC and warns when they are poor', () => {
    const good = computeModel(withGoals(workedExampleFacts(), { gross_margin: d(0.8), annual_churn: d(0.1) }));
    expect(good.economics.paybackMonths?.toString()).toBe('6.6'); // 5,500 / (12,500 / 12 × 0.8)
    expect(good.economics.ltv?.toString()).toBe('100000');
    expect(good.economics.ltvToCac?.toFixed(2)).toBe('18.18');
    expect(codes(good)).not.toContain('payback-long');

    const poor = computeModel(
      withGoals(workedExampleFacts(), { gross_margin: d(0.8), annual_churn: d(0.25), other_sales_costs: d(300000) }),
    );
    expect(poor.economics.totalCost.toString()).toBe('410000');
    expect(poor.economics.cac.toString()).toBe('20500');
    expect(poor.economics.paybackMonths?.toString()).toBe('24.6');
    expect(codes(poor)).toEqual(expect.arrayContaining(['payback-long', 'ltv-cac-low']));
  });
});

describe('headcount', () => {
  it('counts current people at the period start, planned hires in the period, and what is missing', () => {
    const sdr = (id: string, start: string, end?: string) => ({ id, role: 'sdr', start, ...(end ? { end } : {}) });
    const facts = withTeam(workedExampleFacts(), {
      people: [
        ...Array.from({ length: 6 }, (_, i) => sdr(`sdr-${i}`, '2026-01-05')),
        sdr('gone', '2025-01-01', '2026-09-30'),
        sdr('signed', '2026-11-02'),
      ],
      hires: [
        { role: 'sdr', start: '2026-10-15' },
        { role: 'sdr', start: '2026-12-01' },
        { role: 'sdr', start: '2027-01-04' },
      ],
    });
    const row = computeModel(facts).headcount.find((h) => h.role === 'sdr');
    expect(row).toMatchObject({ current: 6, planned: 3, missing: 1 });
    expect(row?.needed.toString()).toBe('10');
  });

  it('adds up FTE over all activities of a role', () => {
    const facts = withRole(workedExampleFacts(), 'sdr', { capacity: { cold_emails: d(80), cold_calls: d(40) } });
    const row = computeModel(facts).headcount.find((h) => h.role === 'sdr');
    expect(row?.fte.toString()).toBe('7.5'); // 200/80 + 200/40
    expect(row?.needed.toString()).toBe('8');
  });
});

describe('every finding', () => {
  it('carries raw values and points at a value in a section', () => {
    const facts = withRate(
      withGoals(withPlan(workedExampleFacts(), { as_of: '2026-12-01' }), {
        target: d(410000),
        gross_margin: d(0.5),
        annual_churn: d(0.5),
      }),
      'opportunities',
      new Decimal(0.3),
    );
    const model = computeModel(facts);
    expect(model.messages.length).toBeGreaterThan(3);
    for (const m of model.messages) {
      expect(Object.keys(m.values).length).toBeGreaterThan(0);
      expect(m.at.path.length).toBeGreaterThan(0);
      expect(m).not.toHaveProperty('message');
    }
  });
});
