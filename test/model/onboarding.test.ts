import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import type { Decimal } from '../../src/core/decimal.ts';
import type { PlanModel } from '../../src/model/types.ts';
import { runEdited } from '../validate/run-plan.ts';
import { d, withRole, workedExampleFacts } from './worked-example.ts';

const s = (v: Decimal | undefined) => v?.toString();
const plan = (model: PlanModel, role: string) => model.roles.find((r) => r.role === role)!;

describe('the 30/60/90-day onboarding plan', () => {
  it('scales one rep’s targets by the ramp: an SDR at 50% then 100%', () => {
    const model = computeModel(withRole(workedExampleFacts(), 'sdr', { ramp: [d('0.5'), d(1)] }));
    const sdr = plan(model, 'sdr');
    expect(sdr.onboarding.map((m) => [m.month, m.firstDay, m.lastDay, s(m.productivity), m.full])).toEqual([
      [1, 1, 30, '0.5', false],
      [2, 31, 60, '1', true],
      [3, 61, 90, '1', true],
    ]);
    const emails = (i: number) => sdr.onboarding[i]!.targets.find((t) => t.id === 'cold_emails')!;
    expect([s(emails(0).perDay), s(emails(0).perWeek), s(emails(0).fullMonth)]).toEqual(['10', '50', '214']);
    // Outcomes keep exact rates: half of 0.15625 booked meetings a day, half of a full month of 10 / 3.
    const booked = sdr.onboarding[0]!.targets.find((t) => t.id === 'meetings_booked')!;
    expect([s(booked.perDay), s(booked.perWeek)]).toEqual(['0.078125', '0.390625']);
    expect(booked.fullMonth.eq(d(10).div(3).times('0.5'))).toBe(true);
  });

  it('shows at full productivity exactly the figures of the targets, for every target of every role', async () => {
    // The example plan: the same 20 emails a day give one monthly figure in both places.
    const { facts } = await runEdited({});
    const model = computeModel(facts!);
    for (const role of model.roles.filter((r) => r.handbook)) {
      const targets = [...role.activities, ...role.outcomes];
      for (const month of role.onboarding.filter((m) => m.productivity.eq(1))) {
        expect(month.targets.map((t) => t.id)).toEqual(targets.map((t) => t.id));
        month.targets.forEach((scaled, i) => {
          const own = targets[i]!.perRep;
          expect([s(scaled.perDay), s(scaled.perWeek), s(scaled.fullMonth)], `${role.role} ${scaled.id}`).toEqual([
            s(own.perDay),
            s(own.perWeek),
            s(own.fullMonth),
          ]);
        });
        if (role.quota) expect(s(month.quota?.quota)).toBe(s(role.quota.fullMonth.quota));
      }
    }
    const emails = plan(model, 'sdr').activities.find((t) => t.id === 'cold_emails')!;
    expect(s(emails.perRep.fullMonth)).toBe('427'); // ceil(1,280 / 3)
  });

  it('ramps a quota role’s full month of quota and expected bookings: 0, 25%, 50%', () => {
    const ae = plan(computeModel(workedExampleFacts()), 'ae');
    expect(ae.onboarding.map((m) => [s(m.productivity), s(m.quota?.quota), s(m.quota?.expected)])).toEqual([
      ['0', '0', '0'],
      ['0.25', '12500', '10000'],
      ['0.5', '25000', '20000'],
    ]);
    // A month at 0% has no targets to show: flagged, so the handbook says what the month is for instead.
    expect(ae.onboarding.map((m) => m.noTargets)).toEqual([true, false, false]);
    expect(ae.onboarding[0]!.targets.every((t) => t.perDay.isZero() && t.perWeek.isZero() && t.fullMonth.isZero())).toBe(true);
    const bookings = ae.onboarding[1]!.targets.find((t) => t.kind === 'bookings')!;
    expect(bookings.fullMonth.eq(ae.outcomes.find((t) => t.kind === 'bookings')!.perRep.fullMonth.times('0.25'))).toBe(true);
  });

  it('is full from the first month for a role without a ramp', () => {
    const bdr = plan(computeModel(workedExampleFacts()), 'bdr');
    expect(bdr.onboarding.map((m) => m.full)).toEqual([true, true, true]);
    expect(bdr.onboarding.map((m) => m.noTargets)).toEqual([false, false, false]);
  });
});
