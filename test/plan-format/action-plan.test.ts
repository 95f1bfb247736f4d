import { describe, expect, it } from 'vitest';
import { ganttDiagram } from '../../src/diagrams/generate/gantt.ts';
import { onlyError, planFrom, type PlanRun } from './plan-from.ts';

/**
 * README "The plan format" → `section: action_plan`: every field and both forms of a milestone's end, from a plan
 * file to the timeline (the gantt chart's source, which needs no browser).
 */

const ACTION_PLAN = '06-action-plan.md';

function gantt(run: PlanRun): string[] {
  const { facts, model } = run.loaded;
  if (!facts || !model) throw new Error(`not valid: ${run.errors.map((m) => m.reason).join('; ')}`);
  return ganttDiagram(facts, model).source.split('\n').map((line) => line.trim());
}

/** The timeline's task of the milestone at `index`: `title :m<index>, start, end or duration`. */
const task = (run: PlanRun, index: number) => taskIn(gantt(run), index);

function taskIn(lines: string[], index: number): string {
  const found = lines.find((line) => line.includes(`:m${index},`));
  if (!found) throw new Error(`no task m${index}`);
  return found;
}

describe('milestones', () => {
  it('end: the task runs from the start to that date', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.crm_setup.end': '2026-10-20' } });
    expect(task(run, 3)).toBe('HubSpot sequences, dialer and account tiers set up for Q4 :m3, 2026-10-01, 2026-10-20');
  });

  it('duration_days: the task runs that many days from the start', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.duration_days': '15' } });
    expect(run.loaded.facts?.action_plan.milestones.find((m) => m.id === 'deal_desk_live')?.duration_days).toBe(15);
    // The model's end date: 2026-10-12 + 15 days, the start included.
    expect(task(run, 5)).toBe('Deal desk queue and discount approval rules live :m5, 2026-10-12, 2026-10-26');
  });

  it('duration_days instead of end, on a milestone that had an end', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.crm_setup.end': null, 'milestones.crm_setup.duration_days': '9' } });
    expect(run.errors).toEqual([]);
    expect(task(run, 3)).toBe('HubSpot sequences, dialer and account tiers set up for Q4 :m3, 2026-10-01, 2026-10-09');
  });

  it('duration_days: the model gives the milestone its end date (2026-10-12 + 10 days, the start included: 2026-10-21)', async () => {
    const run = await planFrom({});
    expect(run.loaded.model?.milestones.find((m) => m.id === 'deal_desk_live')).toMatchObject({ start: '2026-10-12', end: '2026-10-21', days: 10 });
  });

  it('depends_on: the task starts after the dependency', async () => {
    // Written to start 2026-10-12; the cohort it now waits for is hired by 2026-10-23: 10 days from 2026-10-24.
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.depends_on': '[hire_outbound_cohort]' } });
    expect(task(run, 5)).toBe('Deal desk queue and discount approval rules live :m5, 2026-10-24, 2026-11-02');
    // A dependency that ends before the milestone's own start leaves it where it is.
    const early = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.depends_on': '[crm_setup]' } });
    expect(task(early, 5)).toBe('Deal desk queue and discount approval rules live :m5, 2026-10-12, 2026-10-21');
  });

  it('workstream: the milestone joins that section of the timeline; left out, the default one (Plan)', async () => {
    const sectionOf = (lines: string[], index: number) =>
      lines.slice(0, lines.indexOf(taskIn(lines, index))).filter((l) => l.startsWith('section ')).at(-1);
    const moved = gantt(await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.workstream': 'Deal desk' } }));
    expect(sectionOf(moved, 5)).toBe('section Deal desk');
    const none = gantt(await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.workstream': null } }));
    expect(sectionOf(none, 5)).toBe('section Plan');
  });

  it('owner and title are read', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.owner': 'head_of_sales', 'milestones.deal_desk_live.title': 'Deal desk' } });
    expect(run.loaded.facts?.action_plan.milestones.find((m) => m.id === 'deal_desk_live')).toMatchObject({ owner: 'head_of_sales', title: 'Deal desk' });
  });
});

describe('milestone errors', () => {
  it('both end and duration_days: reported at duration_days', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.end': '2026-10-23' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.deal_desk_live.duration_days'),
      reason: 'milestone `deal_desk_live` has both `end` and `duration_days`',
      ruleId: 'milestone-end',
    });
  });

  it('neither end nor duration_days: reported at the milestone', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.duration_days': null } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.deal_desk_live'),
      reason: 'milestone `deal_desk_live` needs `end` or `duration_days`',
    });
  });

  it('an end before the start: reported at the end', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.crm_setup.end': '2026-09-30' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.crm_setup.end'),
      reason: 'milestone `crm_setup` ends 2026-09-30, before it starts 2026-10-01',
      ruleId: 'end-before-start',
    });
  });

  it.each([
    ['0', 'duration_days must be at least 1: a milestone takes one day or more'],
    ['-3', 'duration_days must not be negative'],
    ['2.5', 'duration_days must be a whole number, e.g. 45'],
    ['two weeks', 'duration_days must be a whole number, e.g. 45'],
  ])('duration_days %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.deal_desk_live.duration_days': value } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(ACTION_PLAN, 'milestones.deal_desk_live.duration_days'), reason: message });
    expect(run.pointsAt(error)).toBe(value);
  });

  it('a start that is not a date: reported at it', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.crm_setup.start': '2026-10-32' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.crm_setup.start'),
      reason: 'start 2026-10-32 is not a date that exists; check the month and the day',
    });
  });

  it('depends_on naming no milestone: reported at the entry, with the one meant', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.dashboards_live.depends_on': '[crm_setupp]' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.dashboards_live.depends_on.0'),
      reason: 'depends_on `crm_setupp` is not a milestone; did you mean `crm_setup`?',
    });
  });

  it('a dependency cycle: reported at its first entry', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.open_ae_req.depends_on': '[hire_ae]' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.open_ae_req.depends_on.0'),
      reason: 'dependency cycle: open_ae_req → hire_ae → open_ae_req',
      ruleId: 'dependency-cycle',
    });
  });

  it('an owner that is no role: reported at it', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { 'milestones.crm_setup.owner': 'rev_ops' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(ACTION_PLAN, 'milestones.crm_setup.owner'),
      reason: 'owner `rev_ops` is not a role; did you mean `revops`?',
    });
  });

  it('no milestones at all is refused', async () => {
    const run = await planFrom({ [ACTION_PLAN]: { milestones: '[]' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(ACTION_PLAN, 'milestones'), reason: 'milestones must list at least one item' });
  });
});
