import { describe, expect, it } from 'vitest';
import { onlyError, planFrom } from './plan-from.ts';

/** README "The plan format" → `section: metrics`: every field, from a plan file to the validated facts. */

const METRICS = '07-metrics.md';

describe('kpis', () => {
  it('every field is read; a target written as a bare number is its text', async () => {
    const run = await planFrom({
      [METRICS]: {
        'kpis.dials_per_bdr.kind': 'primary',
        'kpis.dials_per_bdr.stage': 'meeting_held',
        'kpis.dials_per_bdr.role': 'sdr',
        'kpis.dials_per_bdr.target': '50',
        'kpis.dials_per_bdr.measured_by': 'Calls logged',
      },
    });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.metrics.kpis.find((k) => k.id === 'dials_per_bdr')).toEqual({
      id: 'dials_per_bdr',
      name: 'Dials per BDR per day',
      kind: 'primary',
      stage: 'meeting_held',
      role: 'sdr',
      target: '50',
      measured_by: 'Calls logged',
    });
  });

  it('stage, role, target and measured_by may be left out', async () => {
    const fields = ['stage', 'role', 'target', 'measured_by'];
    const run = await planFrom({ [METRICS]: Object.fromEntries(fields.map((f) => [`kpis.win_rate.${f}`, null])) });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.metrics.kpis.find((k) => k.id === 'win_rate')).toEqual({ id: 'win_rate', name: 'Win rate', kind: 'secondary' });
  });

  it('a kind other than primary or secondary is refused, with the one meant', async () => {
    const run = await planFrom({ [METRICS]: { 'kpis.win_rate.kind': 'secondry' } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(METRICS, 'kpis.win_rate.kind'), reason: 'kind must be primary or secondary; did you mean `secondary`?' });
    expect(run.pointsAt(error)).toBe('secondry');
  });

  it.each([
    ['stage', 'opportunities', 'stage `opportunities` is not a funnel stage; did you mean `opportunity`?'],
    ['role', 'aes', 'role `aes` is not a role; did you mean `ae`?'],
  ])('a %s that does not exist is refused at it', async (field, value, message) => {
    const run = await planFrom({ [METRICS]: { [`kpis.win_rate.${field}`]: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(METRICS, `kpis.win_rate.${field}`), reason: message, ruleId: 'unknown-reference' });
  });

  it('a kpi without a kind is reported at the kpi', async () => {
    const run = await planFrom({ [METRICS]: { 'kpis.win_rate.kind': null } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(METRICS, 'kpis.win_rate'),
      reason: 'missing field `kind`; add `kind: <value>`',
      note: 'it must be primary or secondary',
    });
  });

  it('a kind left empty is reported at its key', async () => {
    const run = await planFrom({ [METRICS]: { 'kpis.win_rate.kind': '' } });
    const error = onlyError(run);
    expect(error).toMatchObject({ reason: '`kind` has no value; write one after `kind:`', note: 'it must be primary or secondary' });
    expect(run.pointsAt(error)).toBe('kind');
  });
});

describe('dashboards and tools', () => {
  it('every field is read', async () => {
    const run = await planFrom({
      [METRICS]: {
        'dashboards.0': '{role: revops, tool: Looker, why: Data quality, widgets: [Stale deals]}',
        'tools.0': '{name: Looker, measures: Everything}',
      },
    });
    expect(run.loaded.facts?.metrics.dashboards?.[0]).toEqual({ role: 'revops', tool: 'Looker', why: 'Data quality', widgets: ['Stale deals'] });
    expect(run.loaded.facts?.metrics.tools?.[0]).toEqual({ name: 'Looker', measures: 'Everything' });
  });

  it('both may be left out', async () => {
    const run = await planFrom({ [METRICS]: { dashboards: null, tools: null } });
    expect(run.errors).toEqual([]);
  });

  it('a dashboard for a role that does not exist is refused at the role', async () => {
    const run = await planFrom({ [METRICS]: { 'dashboards.0.role': 'sdrs' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(METRICS, 'dashboards.0.role'), reason: 'role `sdrs` is not a role; did you mean `sdr`?' });
  });

  it('a dashboard without widgets, a tool without measures: reported at each', async () => {
    const run = await planFrom({ [METRICS]: { 'dashboards.1.widgets': null, 'tools.2.measures': null } });
    expect(run.errors).toEqual([
      expect.objectContaining({ ...run.where(METRICS, 'dashboards.1'), reason: 'missing field `widgets`; add `widgets: <value>`' }),
      expect.objectContaining({ ...run.where(METRICS, 'tools.2'), reason: 'missing field `measures`; add `measures: <value>`' }),
    ]);
  });

  it('widgets written as one line of text are refused', async () => {
    const run = await planFrom({ [METRICS]: { 'dashboards.0.widgets': 'Emails sent today' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(METRICS, 'dashboards.0.widgets'),
      reason: 'widgets must be a list of text items (lines starting with "- ")',
    });
  });
});
