import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import type { PlanModel } from '../../src/model/types.ts';
import { withTeam, workedExampleFacts } from './worked-example.ts';

const staffing = (model: PlanModel, role: string) => model.staffing.find((s) => s.role === role);
const counts = (model: PlanModel, role: string) => {
  const s = staffing(model, role);
  return s && { current: s.current, planned: s.planned, leaving: s.leaving, later: s.later };
};

describe('staffing: one rule for every role', () => {
  const model = computeModel(workedExampleFacts());

  it('gives every role of the team a row, in team order, sized or not', () => {
    expect(model.staffing.map((s) => s.role)).toEqual(['sdr', 'bdr', 'ae']);
    // The AE owns no activity: no headcount row, but its staffing is there.
    expect(model.headcount.map((h) => h.role)).toEqual(['sdr', 'bdr']);
    expect(counts(model, 'ae')).toEqual({ current: 3, planned: 1, leaving: 0, later: 0 });
  });

  it('carries needed and missing for a quota role too: the fully ramped reps the target needs', () => {
    const ae = staffing(model, 'ae');
    // ceil(250,000 / (150,000 quota in the quarter × 80%)) = 3, the capacity's ramped reps needed.
    expect([ae?.needed?.toString(), ae?.neededBasis, ae?.missing]).toEqual(['3', 'quota', 0]);
    expect(ae?.needed?.eq(model.capacity!.rampedRepsNeeded)).toBe(true);
    // The heads the AE's plan names are the same heads.
    expect(model.roles.find((r) => r.role === 'ae')?.heads.eq(ae!.needed!)).toBe(true);
    // Two AEs fewer on the roster: 3 needed, 1 current + 1 planned, 1 missing.
    const base = workedExampleFacts();
    const fewer = computeModel(withTeam(base, { people: (base.team.people ?? []).filter((p) => !['ae-1', 'ae-2'].includes(p.id)) }));
    expect(staffing(fewer, 'ae')).toMatchObject({ current: 1, planned: 1, neededBasis: 'quota', missing: 1 });
  });

  it('carries needed and missing where the headcount model sized the role, the same as the headcount table', () => {
    for (const row of model.headcount) {
      const s = staffing(model, row.role);
      expect(s?.needed?.toString()).toBe(row.needed.toString());
      expect(s?.neededBasis).toBe('headcount');
      expect([s?.current, s?.planned, s?.missing]).toEqual([row.current, row.planned, row.missing]);
    }
    expect(staffing(model, 'sdr')).toMatchObject({ current: 0, planned: 0, missing: 10 });
    expect(model.missingHeads).toBe(14);
  });

  it('counts a roster person starting inside the period as planned and a hire after the period in neither', () => {
    const base = workedExampleFacts();
    const facts = withTeam(base, {
      people: (base.team.people ?? []).map((p) => (p.id === 'ae-2' ? { ...p, start: '2026-11-02' } : p)),
      hires: [...(base.team.hires ?? []), { id: 'hire-ae-next', role: 'ae', start: '2027-01-11' }],
    });
    const moved = computeModel(facts);
    expect(counts(moved, 'ae')).toEqual({ current: 2, planned: 2, leaving: 0, later: 1 });
  });

  it('keeps a person ending mid-period as current (leaving) and drops one gone before the period', () => {
    const base = workedExampleFacts();
    const facts = withTeam(base, {
      people: [
        ...(base.team.people ?? []).map((p) => (p.id === 'ae-1' ? { ...p, end: '2026-11-13' } : p)),
        { id: 'sdr-gone', role: 'sdr', start: '2025-01-06', end: '2026-09-30' },
        { id: 'sdr-1', role: 'sdr', start: '2025-01-06' },
      ],
    });
    const model = computeModel(facts);
    expect(counts(model, 'ae')).toEqual({ current: 3, planned: 1, leaving: 1, later: 0 });
    expect(counts(model, 'sdr')).toEqual({ current: 1, planned: 0, leaving: 0, later: 0 });
    expect(staffing(model, 'sdr')?.missing).toBe(9);
    // The leaver counts in capacity through November (the end month whole), not in December: 2.75 − 1.
    expect(model.capacity?.months.map((m) => m.rre.toString())).toEqual(['2', '2.25', '1.75']);
  });

  it('counts a hire starting before the period as current and one on the last day as planned', () => {
    const base = workedExampleFacts();
    const facts = withTeam(base, {
      hires: [
        { role: 'bdr', start: '2026-09-14' },
        { role: 'bdr', start: '2026-12-31' },
        { role: 'bdr', start: '2027-01-01' },
      ],
    });
    expect(counts(computeModel(facts), 'bdr')).toEqual({ current: 1, planned: 1, leaving: 0, later: 1 });
  });
});
