import { describe, expect, it } from 'vitest';
import { resolveCalendar } from '../../src/model/calendar.ts';
import { computeModel } from '../../src/model/index.ts';
import { d, withPlan, workedExampleFacts } from './worked-example.ts';

const plan = (patch: Parameters<typeof withPlan>[1]) => withPlan(workedExampleFacts(), patch).plan;
const days = (c: ReturnType<typeof resolveCalendar>) => c.months.map((m) => [m.key, m.start, m.end, m.workingDays]);

describe('period resolution', () => {
  it('resolves a 2026-Q1 quarter: Jan 22, Feb 20, Mar 22', () => {
    const c = resolveCalendar(plan({ period: '2026-Q1', calendar: {} }));
    expect(c).toMatchObject({ kind: 'quarter', label: '2026-Q1', start: '2026-01-01', end: '2026-03-31', workingDays: 64 });
    expect(days(c)).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31', 22],
      ['2026-02', '2026-02-01', '2026-02-28', 20],
      ['2026-03', '2026-03-01', '2026-03-31', 22],
    ]);
  });

  it('resolves a month period', () => {
    const c = resolveCalendar(plan({ period: '2026-11' }));
    expect(c).toMatchObject({ kind: 'month', label: '2026-11', start: '2026-11-01', end: '2026-11-30', workingDays: 20 });
    expect(c.months).toHaveLength(1);
    expect(c.weeks.toString()).toBe('4');
  });

  it('resolves a 90-day plan across month boundaries, clipping the first and last month', () => {
    const c = resolveCalendar(plan({ period: { start: '2026-10-15', days: 90 } }));
    expect(c).toMatchObject({ kind: 'days', start: '2026-10-15', end: '2027-01-12', workingDays: 62 });
    expect(days(c)).toEqual([
      ['2026-10', '2026-10-15', '2026-10-31', 12],
      ['2026-11', '2026-11-01', '2026-11-30', 20],
      ['2026-12', '2026-12-01', '2026-12-31', 22],
      ['2027-01', '2027-01-01', '2027-01-12', 8],
    ]);
    // Partial months carry their working-day share of a month (Oct has 22, Jan 2027 has 21).
    expect(c.months.map((m) => m.fraction.toFixed(4))).toEqual(['0.5455', '1.0000', '1.0000', '0.3810']);
  });

  it('resolves {start, end} inclusive of both days', () => {
    const c = resolveCalendar(plan({ period: { start: '2026-10-05', end: '2026-10-09' } }));
    expect(c).toMatchObject({ kind: 'range', label: '2026-10-05 – 2026-10-09', workingDays: 5 });
  });

  it('follows a custom workweek and ignores holidays that fall outside it', () => {
    // Sun-Thu week; 2026-10-02 is a Friday (not a working day anyway), 2026-10-04 a Sunday.
    const c = resolveCalendar(
      plan({ period: '2026-10', calendar: { workweek: ['sun', 'mon', 'tue', 'wed', 'thu'], holidays: ['2026-10-02', '2026-10-04'] } }),
    );
    // October 2026 has 4 Sundays and 4 Mondays, 4 Tuesdays, 4 Wednesdays, 5 Thursdays = 21, minus the Sunday holiday.
    expect(c.workingDays).toBe(20);
  });
});

describe('phasing', () => {
  it('phases evenly per month when asked', () => {
    const model = computeModel(withPlan(workedExampleFacts(), { phasing: 'even' }));
    expect(model.period.months.map((m) => m.target.toFixed(2))).toEqual(['83333.33', '83333.33', '83333.33']);
    // The remainder goes to the last month, so the months add up to the target exactly.
    const total = model.period.months.reduce((acc, m) => acc.plus(m.target), d(0));
    expect(total.eq(250000)).toBe(true);
  });

  it('takes explicit monthly amounts that sum to the target, and phases needs by them', () => {
    const model = computeModel(
      withPlan(workedExampleFacts(), { phasing: { '2026-10': d(100000), '2026-11': d(50000), '2026-12': d(100000) } }),
    );
    expect(model.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(model.period.months.map((m) => m.target.toString())).toEqual(['100000', '50000', '100000']);
    expect(model.funnel.at(-1)?.need.perMonth.map(String)).toEqual(['8', '4', '8']);
  });

  it('reports explicit amounts that do not sum to the target as an error at plan.phasing', () => {
    const model = computeModel(
      withPlan(workedExampleFacts(), { phasing: { '2026-10': d(80000), '2026-11': d(80000), '2026-12': d(80000) } }),
    );
    const error = model.messages.find((m) => m.code === 'phasing-sum');
    expect(error).toMatchObject({ severity: 'error', at: { section: 'plan', path: ['phasing'] } });
    expect(error?.values).toEqual({ sum: d(240000), target: d(250000) });
  });

  it('reports a phased month outside the period', () => {
    const model = computeModel(
      withPlan(workedExampleFacts(), { phasing: { '2026-10': d(125000), '2027-01': d(125000) } }),
    );
    expect(model.messages.find((m) => m.code === 'phasing-month-outside')?.at).toEqual({
      section: 'plan',
      path: ['phasing', '2027-01'],
    });
    expect(model.period.months.map((m) => m.target.toString())).toEqual(['125000', '0', '0']);
  });
});
