import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import { computeMilestones } from '../../src/model/milestones.ts';
import type { ActionPlanSection } from '../../src/validate/schema/index.ts';
import { runEdited } from '../validate/run-plan.ts';
import { workedExampleFacts } from './worked-example.ts';

const plan = (milestones: ActionPlanSection['milestones']): ActionPlanSection => ({ section: 'action_plan', milestones });
const dates = (section: ActionPlanSection) => computeMilestones(section).map((m) => [m.id, m.start, m.end, m.days]);

describe('milestones get their dates in the model', () => {
  it('ends a milestone given duration_days on start + days − 1 (inclusive)', () => {
    const model = computeModel(workedExampleFacts());
    expect(model.milestones).toEqual([
      {
        id: 'hire-ae',
        title: 'Hire an AE',
        owner: 'ae',
        start: '2026-10-01',
        end: '2026-11-14',
        days: 45,
        point: false,
        delayed: false,
        dependsOn: [],
      },
    ]);
  });

  it('starts after the last dependency ends when that is later than its own start', () => {
    const section = plan([
      { id: 'a', title: 'A', owner: 'ae', start: '2026-10-01', end: '2026-10-20' },
      { id: 'b', title: 'B', owner: 'ae', start: '2026-10-01', duration_days: 3 },
      // Listed before its dependency c: order does not matter.
      { id: 'd', title: 'D', owner: 'ae', start: '2026-10-05', duration_days: 5, depends_on: ['a', 'c'] },
      { id: 'c', title: 'C', owner: 'ae', start: '2026-10-02', end: '2026-10-25', depends_on: ['b'] },
      { id: 'e', title: 'E', owner: 'ae', start: '2026-12-01', duration_days: 2, depends_on: ['a'] },
    ]);
    expect(dates(section)).toEqual([
      ['a', '2026-10-01', '2026-10-20', 20],
      ['b', '2026-10-01', '2026-10-03', 3],
      ['d', '2026-10-26', '2026-10-30', 5],
      ['c', '2026-10-04', '2026-10-25', 22],
      // Its own start is later than A's end: kept.
      ['e', '2026-12-01', '2026-12-02', 2],
    ]);
    expect(computeMilestones(section).map((m) => m.delayed)).toEqual([false, false, true, true, false]);
  });

  it('makes a milestone with neither end nor duration a one-day point, and never ends before a pushed start', () => {
    const section = plan([
      { id: 'a', title: 'A', owner: 'ae', start: '2026-10-01', end: '2026-10-20' },
      { id: 'qbr', title: 'QBR', owner: 'ae', start: '2026-12-15' },
      { id: 'late', title: 'Late', owner: 'ae', start: '2026-10-05', end: '2026-10-10', depends_on: ['a'] },
    ]);
    const [, qbr, late] = computeMilestones(section);
    expect(qbr).toMatchObject({ start: '2026-12-15', end: '2026-12-15', days: 1, point: true });
    expect(late).toMatchObject({ start: '2026-10-21', end: '2026-10-21', days: 1, delayed: true });
  });

  it('works out the dates of a plan file’s milestones (end, duration_days and depends_on)', async () => {
    const { facts } = await runEdited({});
    const model = computeModel(facts!);
    expect(model.milestones.map((m) => [m.id, m.start, m.end, m.days, m.delayed])).toEqual([
      ['hire_ae', '2026-10-02', '2026-11-16', 46, false],
      // Written to start 2026-11-16, the day the hire it depends on ends: it starts the day after, 30 days.
      ['onboard_ae', '2026-11-17', '2026-12-16', 30, true],
    ]);
  });
});
