import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.ts';
import { computeModel, sensitivity, sensitivityInputs, type Sensitivity } from '../../src/model/index.ts';
import type { PlanFacts } from '../../src/validate/index.ts';
import { d, workedExampleFacts } from './worked-example.ts';

/**
 * Sensitivity on the worked example (planning-model.md) with its hire named (an override names a hire by its id).
 * The expected figures are worked out by hand: a full AE month is $600,000 / 12 × 80% = $40,000; the period's
 * expected bookings are ae-1 3 × 40,000 + ae-2 3 × 40,000 + ae-3 (ramp 0, 25%, 50%) 30,000 + the hire starting
 * Nov 16 (ramp 0 in Nov, 25% in Dec) 10,000 = $280,000 against the $250,000 target: a gap of +$30,000.
 */
function facts(): PlanFacts {
  const f = workedExampleFacts();
  return { ...f, team: { ...f.team, hires: [{ id: 'hire-ae-4', role: 'ae', start: '2026-11-16' }] } };
}
const base = facts();
const result = sensitivity(base, computeModel(base)) as Sensitivity;
const row = (path: string) => result.rows.find((r) => r.path === path)!;

describe('sensitivity: the worked example at ±10 % and ±4 weeks', () => {
  it('starts from the plan’s own figures', () => {
    expect(result.config).toEqual({ percent: d(10), weeks: 4 });
    expect(result.base.gap.toString()).toBe('30000');
    expect(result.base.deals.toString()).toBe('20');
  });

  it('moves quota and attainment by a tenth of the $280,000 expected', () => {
    for (const path of ['team.roles.ae.quota', 'team.roles.ae.attainment']) {
      // 280,000 × 0.9 − 250,000 and 280,000 × 1.1 − 250,000.
      expect(row(path).low.figures.gap.toString()).toBe('2000');
      expect(row(path).high.figures.gap.toString()).toBe('58000');
      expect(row(path).swing.toString()).toBe('56000');
    }
    expect(row('team.roles.ae.quota').low.value.toString()).toBe('540000');
  });

  it('moves the hire’s start by four weeks: Oct 19 ramps a month earlier, Dec 14 brings nothing in the period', () => {
    const start = row('team.hires.hire-ae-4.start');
    expect(start.low.value).toBe('2026-10-19');
    expect(start.high.value).toBe('2026-12-14');
    // Oct 19: 25% in Nov and 50% in Dec, +$30,000 instead of +$10,000; Dec 14: ramp 0 in Dec.
    expect(start.low.figures.gap.toString()).toBe('50000');
    expect(start.high.figures.gap.toString()).toBe('20000');
  });

  it('moves the deals needed with the deal size: ⌈250,000 / 11,250⌉ = 23, ⌈250,000 / 13,750⌉ = 19', () => {
    const size = row('goals.average_deal_size');
    expect(size.low.figures.deals.toString()).toBe('23');
    expect(size.high.figures.deals.toString()).toBe('19');
    expect(size.swing.isZero()).toBe(true);
  });

  it('ranks by the swing of the gap, the largest first, and lists every input once', () => {
    expect(result.rows.slice(0, 3).map((r) => r.path)).toEqual(['team.roles.ae.quota', 'team.roles.ae.attainment', 'team.hires.hire-ae-4.start']);
    for (let i = 1; i < result.rows.length; i++) expect(result.rows[i - 1]!.swing.gte(result.rows[i]!.swing)).toBe(true);
    expect(new Set(result.rows.map((r) => r.path)).size).toBe(sensitivityInputs(base).length);
  });
});

describe('sensitivity: properties', () => {
  const percent = fc.integer({ min: 1, max: 90 }).map((n) => new Decimal(n));
  const stages = base.goals.funnel.filter((s) => s.rate).length;

  it('a better stage rate never needs more deals or heads, and never deepens the gap', () => {
    fc.assert(
      fc.property(percent, fc.integer({ min: 0, max: stages - 1 }), (p, i) => {
        const s = sensitivity(base, computeModel(base), { percent: p, weeks: 4 })!;
        const stage = s.rows.filter((r) => r.kind === 'stage_rate')[i]!;
        expect(stage.high.figures.gap.gte(s.base.gap)).toBe(true);
        expect(stage.high.figures.deals.lte(s.base.deals)).toBe(true);
        expect(stage.high.figures.headsNeeded.lte(s.base.headsNeeded)).toBe(true);
        // A rate is kept a rate: at most 100%.
        expect((stage.high.value as Decimal).lte(1)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('more attainment or quota never deepens the gap, less never closes it', () => {
    fc.assert(
      fc.property(percent, (p) => {
        const s = sensitivity(base, computeModel(base), { percent: p, weeks: 4 })!;
        for (const r of s.rows.filter((r) => r.kind === 'quota' || r.kind === 'attainment')) {
          expect(r.high.figures.gap.gte(s.base.gap)).toBe(true);
          expect(r.low.figures.gap.lte(s.base.gap)).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });
});
