import { describe, expect, it } from 'vitest';
import { d } from './worked-example.ts';
import { computeModel } from '../../src/model/index.ts';
import type { Decimal } from '../../src/core/decimal.ts';
import type { PlanModel, RoleTarget } from '../../src/model/types.ts';
import { withPlan, withRole, withTeam, workedExampleFacts } from './worked-example.ts';

const s = (v: Decimal | undefined) => v?.toString();
const plan = (model: PlanModel, role: string) => model.roles.find((r) => r.role === role)!;
const rep = (t: RoleTarget | undefined) =>
  t && { period: s(t.perRep.period), months: t.perRep.perMonth.map(s), fullMonth: s(t.perRep.fullMonth), week: s(t.perRep.perWeek), day: s(t.perRep.perDay) };
const target = (model: PlanModel, role: string, id: string) => [...plan(model, role).activities, ...plan(model, role).outcomes].find((t) => t.id === id);

describe('role plans of the worked example', () => {
  const model = computeModel(workedExampleFacts());

  it('plans every role, in team order, with the heads its needs are divided among', () => {
    expect(model.roles.map((r) => [r.role, s(r.heads), r.headsBasis, r.handbook])).toEqual([
      ['sdr', '10', 'headcount', true],
      ['bdr', '4', 'headcount', true],
      // ceil(250,000 / (150,000 quota in the quarter × 80%)) = ceil(2.08) = 3, the capacity's ramped reps needed.
      ['ae', '3', 'quota', true],
    ]);
    expect(s(model.capacity?.rampedRepsNeeded)).toBe('3');
  });

  it('gives an SDR the activity targets of PlanModel.activities, with the full month beside the calendar months', () => {
    const emails = target(model, 'sdr', 'cold_emails');
    expect(emails).toMatchObject({ kind: 'activity', unit: 'count', exactRates: false });
    expect(rep(emails)).toEqual({ period: '1280', months: ['440', '400', '440'], fullMonth: '427', week: '100', day: '20' });
    const activity = model.activities.find((a) => a.activity === 'cold_emails')!;
    expect(emails?.perRep).toEqual(activity.perRep);
    expect(s(emails?.teamNeed)).toBe('12800');
  });

  it('pays sourcing roles on the meetings their sources book and on those meetings held (their share)', () => {
    const sdr = plan(model, 'sdr');
    expect(sdr.outcomes.map((t) => [t.id, t.kind, s(t.teamNeed)])).toEqual([
      ['meetings_booked', 'stage', '100'], // the cold-email source's stage need
      ['meetings_held', 'stage', '80'], // ceil(160 × 50%)
    ]);
    // 10 a quarter per SDR, apportioned by the target's shares 22/64, 20/64, 22/64 (3.44, 3.13, 3.44): 3 each
    // and the one left to the larger remainder, October before December. Week, day and full month exact rates.
    expect(rep(sdr.outcomes[0])).toMatchObject({ period: '10', months: ['4', '3', '3'], week: '0.78125', day: '0.15625' });
    expect(sdr.outcomes[0]?.perRep.fullMonth.eq(d(10).div(3))).toBe(true);
    // 8: 2.75, 2.5, 2.75 → 2 each and two left, to October and December.
    expect(rep(sdr.outcomes[1])).toMatchObject({ period: '8', months: ['3', '2', '3'], week: '0.625', day: '0.125' });
    expect(sdr.outcomes[1]?.perRep.fullMonth.eq(d(8).div(3))).toBe(true);
    // The BDR's process stage produces no funnel stage; its calls still book meetings.
    expect(plan(model, 'bdr').outcomes.map((t) => [t.id, s(t.teamNeed), s(t.perRep.period)])).toEqual([
      ['meetings_booked', '100', '25'],
      ['meetings_held', '80', '20'],
    ]);
  });

  it('pays a quota role on its own quota: bookings are the period quota, deals and stages what it takes', () => {
    const ae = plan(model, 'ae');
    expect(ae.outcomes.map((t) => [t.id, t.kind, t.unit, s(t.teamNeed)])).toEqual([
      ['won', 'stage', 'count', '20'],
      ['bookings', 'bookings', 'money', '250000'],
    ]);
    const quota = ae.quota!;
    const bookings = ae.outcomes[1]!.perRep;
    // The rep's bookings are the quota table beside them: the period quota, each month's quota, a full month's.
    expect(bookings.period.eq(quota.period.quota)).toBe(true);
    expect(bookings.perMonth.map(s)).toEqual(quota.months.map((m) => s(m.quota)));
    expect(bookings.fullMonth.eq(quota.fullMonth.quota)).toBe(true);
    expect(s(bookings.period)).toBe('150000');
    expect(bookings.perDay.eq(d(150000).div(64))).toBe(true);
    // 150,000 / 12,500 = 12 deals a quarter, 4 a month as the quota's months are equal.
    expect(rep(ae.outcomes[0])).toMatchObject({ period: '12', months: ['4', '4', '4'], week: '0.9375', day: '0.1875' });
    expect(s(ae.outcomes[0]?.perRep.fullMonth)).toBe('4');
    expect(ae.activities).toEqual([]);
  });

  it('sizes a quota rep’s stages above won through the plan’s funnel from the rep’s deals', () => {
    // The AE also owns the opportunity and meeting-held stages: 12 deals / 25% = 48 opportunities / 50% = 96.
    const base = workedExampleFacts();
    const stages = [
      ...base.process.stages,
      { id: 'discovery', name: 'Discovery', owner: 'ae', funnel_stage: 'meetings_held' },
      { id: 'proposal', name: 'Proposal', owner: 'ae', funnel_stage: 'opportunities' },
    ];
    const ae = plan(computeModel({ ...base, process: { ...base.process, stages } }), 'ae');
    expect(ae.outcomes.map((t) => [t.id, s(t.teamNeed), s(t.perRep.period), t.perRep.perMonth.map(s)])).toEqual([
      ['meetings_held', '160', '96', ['32', '32', '32']],
      ['opportunities', '80', '48', ['16', '16', '16']],
      ['won', '20', '12', ['4', '4', '4']],
      ['bookings', '250000', '150000', ['50000', '50000', '50000']],
    ]);
  });

  it('moves the quota months and expected bookings at attainment into the model', () => {
    const quota = plan(model, 'ae').quota!;
    expect(s(quota.monthly)).toBe('50000');
    expect(quota.months.map((m) => [m.key, s(m.quota), s(m.expected)])).toEqual([
      ['2026-10', '50000', '40000'],
      ['2026-11', '50000', '40000'],
      ['2026-12', '50000', '40000'],
    ]);
    expect([s(quota.period.quota), s(quota.period.expected)]).toEqual(['150000', '120000']);
    expect([s(quota.fullMonth.quota), s(quota.fullMonth.expected)]).toEqual(['50000', '40000']);
    expect(plan(model, 'sdr').quota).toBeUndefined();
  });
});

describe('per-rep outcome months add up to the period', () => {
  const periods = [
    { start: '2026-10-01', end: '2026-12-31' },
    { start: '2026-10-15', days: 90 },
    { start: '2026-11-09', days: 30 },
  ] as const;
  it.each(periods)('for every outcome count of every role, period %o', (period) => {
    const model = computeModel(withPlan(workedExampleFacts(), { period }));
    const counts = model.roles.flatMap((r) => r.outcomes.filter((t) => t.unit === 'count').map((t) => [r.role, t] as const));
    expect(counts.length).toBeGreaterThan(4);
    for (const [role, t] of counts) {
      const months = t.perRep.perMonth.reduce((acc, m) => acc.plus(m), d(0));
      expect(months.toString(), `${role} ${t.id}`).toBe(t.perRep.period.toString());
      expect(t.perRep.perMonth.every((m) => m.isInteger() && m.gte(0)), `${role} ${t.id}`).toBe(true);
    }
  });
});

describe('role plans: edge cases', () => {
  it('gives a role with no activities, no quota and no stage no targets and no handbook, at least one head', () => {
    const base = workedExampleFacts();
    const model = computeModel(withTeam(base, { roles: [...base.team.roles, { id: 'revops', title: 'RevOps' }] }));
    const revops = plan(model, 'revops');
    expect(revops).toMatchObject({ activities: [], outcomes: [], onboarding: [], handbook: false, headsBasis: 'staffed' });
    expect(s(revops.heads)).toBe('1');
    expect(model.staffing.find((x) => x.role === 'revops')).toEqual({ role: 'revops', title: 'RevOps', current: 0, planned: 0, leaving: 0, later: 0 });
  });

  it('pays a role without quota that owns a process stage on that stage and its hand-off, divided among its people', () => {
    const base = workedExampleFacts();
    const facts = {
      ...withTeam(base, {
        roles: [...base.team.roles, { id: 'se', title: 'Sales engineer' }],
        people: [...(base.team.people ?? []), { id: 'se-1', role: 'se', start: '2025-01-06' }, { id: 'se-2', role: 'se', start: '2026-11-02' }],
      }),
      process: { ...base.process, stages: [...base.process.stages, { id: 'demo', name: 'Demo', owner: 'se', funnel_stage: 'meetings_held' }] },
    };
    const se = plan(computeModel(facts), 'se');
    expect(se.outcomes.map((t) => [t.id, s(t.teamNeed), s(t.perRep.period)])).toEqual([
      ['meetings_held', '160', '80'],
      ['opportunities', '80', '40'],
    ]);
    expect([s(se.heads), se.headsBasis, se.handbook]).toEqual(['2', 'staffed', true]);
  });

  it('keeps per-rep targets when the period holds months only in part, and the full month by the working-day fractions', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { period: { start: '2026-10-15', days: 90 } }));
    expect(model.period.months.map((m) => [m.key, m.fraction.toFixed(4)])).toEqual([
      ['2026-10', '0.5455'], // Oct 15-31: 12 of October's 22 working days
      ['2026-11', '1.0000'],
      ['2026-12', '1.0000'],
      ['2027-01', '0.3810'], // Jan 1-12: 8 of 21
    ]);
    const length = model.period.months.reduce((acc, m) => acc.plus(m.fraction), d(0));
    expect(model.period.lengthInMonths.eq(length)).toBe(true);
    const emails = target(model, 'sdr', 'cold_emails')!;
    expect(emails.perRep.fullMonth.eq(emails.perRep.period.div(length).ceil())).toBe(true);
    // A full month of quota is the monthly quota, whatever the fractions.
    expect(s(plan(model, 'ae').quota?.fullMonth.quota)).toBe('50000');
  });

  it('splits a quota role that also owns an activity by the headcount its activity needs', () => {
    const model = computeModel(withRole(workedExampleFacts(), 'ae', { capacity: { opportunities: d(1) } }));
    const ae = plan(model, 'ae');
    expect(ae.headsBasis).toBe('headcount');
    expect(ae.heads.eq(model.headcount.find((h) => h.role === 'ae')!.needed)).toBe(true);
    expect(ae.activities.map((t) => t.id)).toEqual(['opportunities']);
  });
});
