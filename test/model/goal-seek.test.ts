import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.ts';
import { computeModel, goalSeek, leversFor, reaches, type GoalSeekResult, type PlanModel } from '../../src/model/index.ts';
import type { PlanFacts } from '../../src/validate/index.ts';
import { d, withGoals, withRate, withRole, withTeam, workedExampleFacts } from './worked-example.ts';

/**
 * Goal-seek on the worked example (planning-model.md): October is short by $5,937.50. Every answer is checked here
 * with computeModel itself, on facts changed by hand (not by the goal-seek's own overrides): at the answer the goal
 * is reached, one grid step less it is not.
 */

const october = (m: PlanModel) => m.capacity!.months.find((row) => row.key === '2026-10')!.gap;
const missing = (m: PlanModel, role: string) => m.headcount.find((h) => h.role === role)?.missing ?? 0;
const withStart = (facts: PlanFacts, id: string, start: string) =>
  withTeam(facts, { people: facts.team.people!.map((p) => (p.id === id ? { ...p, start } : p)) });
const withHireStart = (facts: PlanFacts, start: string) => withTeam(facts, { hires: facts.team.hires!.map((h) => ({ ...h, start })) });
const withHires = (facts: PlanFacts, role: string, n: number) =>
  withTeam(facts, { hires: [...(facts.team.hires ?? []), ...Array.from({ length: n }, () => ({ role, start: '2026-10-01' }))] });

/** The worked example with an outbound team: 8 SDRs and 3 BDRs of the 10 and 4 the funnel needs. */
function staffedFacts(): PlanFacts {
  const facts = workedExampleFacts();
  const people = (role: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${role}-${i + 1}`, role, start: '2025-01-06' }));
  return withTeam(facts, { people: [...facts.team.people!, ...people('sdr', 8), ...people('bdr', 3)] });
}

function answers(): GoalSeekResult[] {
  const facts = staffedFacts();
  return goalSeek(facts, computeModel(facts));
}
const find = (results: GoalSeekResult[], goal: string, kind: string, subject?: string) => {
  const result = results.find((r) => r.goal.key === goal)!;
  return result.answers.find((a) => a.kind === kind && (subject === undefined || a.subject === subject))!;
};

describe('goal-seek: the worked example’s October gap', () => {
  const results = answers();

  it('names the goals the plan misses: October, and the SDRs and BDRs the funnel needs', () => {
    const base = computeModel(staffedFacts());
    expect(october(base).toString()).toBe('-5937.5');
    expect(results.map((r) => `${r.goal.kind}:${r.goal.key}:${r.goal.shortfall}`)).toEqual(
      [...base.capacity!.months.filter((m) => m.gap.isNegative()).map((m) => `month:${m.key}:${m.gap}`), ...base.headcount.filter((h) => h.missing > 0).map((h) => `staffed:${h.role}:${h.missing}`)],
    );
  });

  it('attainment: reaches October at the answer, not 0.1 point below', () => {
    const a = find(results, '2026-10', 'attainment');
    expect(a.reachable).toBe(true);
    const at = (rate: Decimal) => october(computeModel(withRole(workedExampleFacts(), 'ae', { attainment: rate })));
    expect(at(a.value as Decimal).gte(0)).toBe(true);
    expect(at((a.value as Decimal).minus('0.001')).lt(0)).toBe(true);
    // On the 0.1-point grid: a whole number of per mille.
    expect((a.value as Decimal).times(1000).isInteger()).toBe(true);
  });

  it('quota: reaches October at the answer, not one dollar below', () => {
    const a = find(results, '2026-10', 'quota');
    const at = (quota: Decimal) => october(computeModel(withRole(workedExampleFacts(), 'ae', { quota })));
    expect(at(a.value as Decimal).gte(0)).toBe(true);
    expect(at((a.value as Decimal).minus(1)).lt(0)).toBe(true);
  });

  it('the October AE’s latest start and the November hire’s: reach October, one day later does not', () => {
    const third = find(results, '2026-10', 'start', 'ae-3');
    const byDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const person = (start: string) => october(computeModel(withStart(workedExampleFacts(), 'ae-3', start)));
    expect(person(third.value as string).gte(0)).toBe(true);
    expect(person(byDay(third.value as string, 1)).lt(0)).toBe(true);
    const hire = find(results, '2026-10', 'start', 'ae-1');
    const hired = (start: string) => october(computeModel(withHireStart(workedExampleFacts(), start)));
    expect(hired(hire.value as string).gte(0)).toBe(true);
    expect(hired(byDay(hire.value as string, 1)).lt(0)).toBe(true);
  });

  it('more AEs starting on the period’s first day: not reachable (a first month ramps at 0)', () => {
    const a = find(results, '2026-10', 'headcount');
    expect(a.reachable).toBe(false);
    expect(october(computeModel(withHires(workedExampleFacts(), 'ae', 100))).lt(0)).toBe(true);
  });

  it('the win rate and the deal size staff the SDRs: reached at the answer, not a step below', () => {
    const win = find(results, 'sdr', 'stage_rate', 'opportunities');
    expect([win.reachable, find(results, 'sdr', 'deal_size').reachable]).toEqual([true, true]);
    const atRate = (rate: Decimal) => missing(computeModel(withRate(staffedFacts(), 'opportunities', rate)), 'sdr');
    expect(atRate(win.value as Decimal)).toBe(0);
    expect(atRate((win.value as Decimal).minus('0.001'))).toBeGreaterThan(0);
    const size = find(results, 'sdr', 'deal_size');
    const atSize = (value: Decimal) => missing(computeModel(withGoals(staffedFacts(), { average_deal_size: value })), 'sdr');
    expect(atSize(size.value as Decimal)).toBe(0);
    expect(atSize((size.value as Decimal).minus(1))).toBeGreaterThan(0);
    const heads = find(results, 'sdr', 'headcount');
    expect(missing(computeModel(withHires(staffedFacts(), 'sdr', (heads.value as Decimal).toNumber())), 'sdr')).toBe(0);
    expect(missing(computeModel(withHires(staffedFacts(), 'sdr', (heads.value as Decimal).toNumber() - 1)), 'sdr')).toBeGreaterThan(0);
  });

  it('an input that does not move the goal, to the end of its domain, is not reachable', () => {
    // Cold calls feed the BDRs, not the SDRs: no yield of theirs staffs the SDRs.
    expect(find(results, 'sdr', 'source_yield', 'cold_calls').reachable).toBe(false);
    const one = withGoals(staffedFacts(), { sources: staffedFacts().goals.sources.map((s) => (s.activity === 'cold_calls' ? { ...s, one_in: d(1) } : s)) });
    expect(missing(computeModel(one), 'sdr')).toBeGreaterThan(0);
  });

  it('never changes the facts it is given', () => {
    const facts = workedExampleFacts();
    const before = JSON.stringify(facts);
    goalSeek(facts, computeModel(facts));
    expect(JSON.stringify(facts)).toBe(before);
  });
});

describe('goal-seek properties', () => {
  it('a better rate never needs more activity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('meetings_booked', 'meetings_held', 'opportunities'), (perMille, more, stage) => {
        const lower = d(perMille).div(1000);
        const higher = Decimal.min(1, lower.plus(d(more).div(1000)));
        const volume = (rate: Decimal) => computeModel(withRate(workedExampleFacts(), stage, rate)).sources.map((s) => s.volume.period);
        const [a, b] = [volume(lower), volume(higher)];
        return b.every((v, i) => v.lte(a[i]!));
      }),
      { numRuns: 60 },
    );
  });

  it('every answer reaches its goal and one step less does not, in the full model, for generated plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 95 }),
        fc.integer({ min: 100_000, max: 600_000 }),
        fc.integer({ min: 10, max: 60 }),
        (attainment, target, emails) => {
          const facts = withRole(withGoals(withRole(staffedFacts(), 'ae', { attainment: d(attainment).div(100) }), { target: d(target) }), 'sdr', { capacity: { cold_emails: d(emails) } });
          const model = computeModel(facts);
          for (const { goal, answers: list } of goalSeek(facts, model)) {
            const levers = leversFor(goal, facts, model.period.start);
            for (const a of list.filter((x) => x.reachable)) {
              const lever = levers.find((l) => l.path === a.path && l.subject === a.subject)!;
              const k = a.steps!;
              if (String(lever.value(k)) !== String(a.value)) return false;
              if (!reaches(goal, computeModel(lever.at(k)))) return false;
              if (reaches(goal, computeModel(lever.at(k - 1)))) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 4 },
    );
  });
});
