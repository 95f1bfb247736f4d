import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonMessages } from '../../src/core/diagnostics/index.ts';
import { loadPlan } from '../../src/pipeline/index.ts';
import { MINIMAL_PLAN, tempPlan } from '../parse/temp-plan.ts';

/** The minimal plan (the worked example of planning-model.md) with a scenarios.yaml beside it, loaded like a build. */
async function withScenarios(yaml: string | undefined) {
  const files: Record<string, string> = {};
  for (const name of readdirSync(MINIMAL_PLAN)) files[name] = readFileSync(join(MINIMAL_PLAN, name), 'utf8');
  if (yaml !== undefined) files['scenarios.yaml'] = yaml;
  const { cwd } = tempPlan(files);
  const plan = await loadPlan('content', cwd);
  const messages = toJsonMessages(plan.files);
  return { plan, messages, errors: messages.filter((m) => m.severity === 'error') };
}

/** One scenario with these override lines (indented under `overrides:`). */
const one = (lines: string) => `scenarios:\n  - id: what_if\n    name: What if\n    overrides:\n${lines}`;

async function scenarioModel(lines: string) {
  const { plan, errors } = await withScenarios(one(lines));
  expect(errors).toEqual([]);
  const run = plan.scenarios?.runs[0];
  if (!run) throw new Error('no scenario computed');
  return { run, base: plan.model!, plan };
}

describe('a plan without scenarios', () => {
  it('loads exactly as before: no scenarios, no extra file', async () => {
    const { plan } = await withScenarios(undefined);
    expect(plan.ok).toBe(true);
    expect(plan.scenarios).toBeUndefined();
    expect(plan.files.map((f) => f.basename)).not.toContain('scenarios.yaml');
  });
});

describe('overrides of each kind of fact', () => {
  it('a rate: the win rate at 20% needs 100 opportunities, not 80', async () => {
    const { run, base } = await scenarioModel('      goals.funnel.opportunity.rate: 20%\n');
    expect(base.funnel.find((f) => f.id === 'opportunity')!.need.period.toString()).toBe('80');
    expect(run.model.funnel.find((f) => f.id === 'opportunity')!.need.period.toString()).toBe('100');
    expect(run.model.funnel.find((f) => f.id === 'meeting_booked')!.need.period.toString()).toBe('250');
    expect(run.facts.goals.funnel[2]!.rate!.toString()).toBe('0.2');
  });

  it('an amount: a target of 300,000 takes 24 deals and phases 103,125 into October', async () => {
    const { run } = await scenarioModel('      goals.target: 300000\n');
    expect(run.model.deals.needed.toString()).toBe('24');
    expect(run.model.period.months[0]!.target.toString()).toBe('103125');
  });

  it('a date: the AE hire starting 2026-12-01 lowers December to 100,000 expected (gap +14,062.50)', async () => {
    const { run, base } = await scenarioModel('      team.hires.ae-hire-1.start: 2026-12-01\n');
    expect(base.capacity!.months[2]!.expected.toString()).toBe('110000');
    expect(run.model.capacity!.months[2]!.expected.toString()).toBe('100000');
    expect(run.model.capacity!.months[2]!.gap.toString()).toBe('14062.5');
    expect(run.model.capacity!.months[0]!.gap.toString()).toBe('-5937.5');
  });

  it('a count in a record: 25 cold emails a day per SDR needs 8 SDRs, not 10', async () => {
    const { run, base } = await scenarioModel('      team.roles.sdr.capacity.cold_emails: 25\n');
    expect(base.headcount.find((h) => h.role === 'sdr')!.needed.toString()).toBe('10');
    expect(run.model.headcount.find((h) => h.role === 'sdr')!.needed.toString()).toBe('8');
  });

  it('a list value by its index: a ramp starting at 50% gives October 2.5 ramped reps', async () => {
    const { run } = await scenarioModel('      team.roles.ae.ramp.0: 50%\n');
    expect(run.model.capacity!.months[0]!.rre.toString()).toBe('2.5');
  });

  it('a list item added by a new id, and one replaced whole (keeping its id)', async () => {
    const { run } = await scenarioModel(
      '      team.hires.ae-hire-2:\n        role: ae\n        start: 2026-10-01\n      team.hires.ae-hire-1: { role: ae, start: 2026-10-01 }\n',
    );
    expect(run.facts.team.hires!.map((h) => [h.id, h.start])).toEqual([
      ['ae-hire-1', '2026-10-01'],
      ['ae-hire-2', '2026-10-01'],
    ]);
    // Three AEs in their first month (ramp 0), then 0.25 each in November: 2 + 0.25 × 3.
    expect(run.model.capacity!.months[1]!.rre.toString()).toBe('2.75');
  });

  it('null leaves an optional field out', async () => {
    const { run } = await scenarioModel('      team.roles.ae.attainment: null\n');
    expect(run.facts.team.roles.find((r) => r.id === 'ae')!.attainment).toBeUndefined();
  });

  it('leaves the plan itself and its files untouched', async () => {
    const { plan, base } = await scenarioModel('      goals.target: 300000\n');
    expect(base.deals.needed.toString()).toBe('20');
    expect(plan.facts!.goals.target.toString()).toBe('250000');
    expect(toJsonMessages(plan.files).filter((m) => m.file.endsWith('.md') && m.severity === 'error')).toEqual([]);
  });
});

describe('bad overrides', () => {
  it('a path that does not exist: positioned at the key, with a did-you-mean', async () => {
    const { errors, plan } = await withScenarios(
      one('      goals.funnel.oportunity.rate: 20%\n      gaols.target: 5\n      goals.fnnel.x: 1\n      team.hires.ae-hire-9.start: 2026-12-01\n'),
    );
    expect(plan.ok).toBe(false);
    expect(plan.scenarios).toBeUndefined();
    expect(errors.map((m) => [m.file, m.line, m.column, m.reason, m.expected])).toEqual([
      ['content/scenarios.yaml', 5, 7, '`goals.funnel.oportunity.rate`: `goals.funnel` has no item `oportunity`; did you mean `opportunity`?', ['opportunity']],
      ['content/scenarios.yaml', 6, 7, '`gaols.target`: there is no section `gaols`; did you mean `goals`?', ['goals']],
      ['content/scenarios.yaml', 7, 7, '`goals.fnnel.x`: `goals` has no `fnnel`; did you mean `funnel`?', ['funnel']],
      ['content/scenarios.yaml', 8, 7, '`team.hires.ae-hire-9.start`: `team.hires` has no item `ae-hire-9`; did you mean `ae-hire-1`?', ['ae-hire-1']],
    ]);
    expect(errors.every((m) => m.ruleId === 'unknown-override' && m.url === 'README.md#scenarios')).toBe(true);
  });

  it('a bad value gets the schema message it would get in the plan, at the override value', async () => {
    const { errors } = await withScenarios(one('      goals.funnel.opportunity.rate: 25\n      team.hires.ae-hire-1.start: 2026-13-01\n'));
    expect(errors.map((m) => [m.line, m.column, m.reason])).toEqual([
      [5, 38, 'in scenario `what_if`: rate must be a rate between 0 and 1; did you mean 25%?'],
      [6, 35, 'in scenario `what_if`: start 2026-13-01 is not a date that exists; check the month and the day'],
    ]);
  });

  it('a check across facts fails at the override: a wrong role, shares that no longer add up', async () => {
    const { errors } = await withScenarios(one('      team.hires.ae-hire-1.role: aee\n      goals.sources.cold_emails.share: 60%\n'));
    expect(errors.map((m) => [m.line, m.reason])).toEqual([
      [5, 'in scenario `what_if`: role `aee` is not a role; did you mean `ae`?'],
      [6, 'in scenario `what_if`: the shares of the sources add up to 110%, not 100%'],
    ]);
  });

  it('the file itself: `base` is taken, duplicate ids, an unknown field, no overrides map', async () => {
    const { errors } = await withScenarios(
      'scenarios:\n  - id: base\n    overrides: {}\n  - id: a\n    overrides: {}\n  - id: a\n    overrides: {}\n  - id: b\n    overide: {}\n',
    );
    expect(errors.map((m) => [m.line, m.reason]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, 'id `base` is the plan as written; give the scenario another id'],
      [6, 'duplicate scenario id `a`'],
      [8, 'missing field `overrides`; add `overrides: <value>`'],
      [9, 'unknown field `overide`; did you mean `overrides`?'],
    ]);
  });

  it('a scenario whose figures leave the model’s range is an error on the scenarios file', async () => {
    const { errors } = await withScenarios(one('      goals.target: 999999999999\n      goals.average_deal_size: 0.0001\n'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((m) => m.file === 'content/scenarios.yaml' && m.reason.startsWith('in scenario `what_if`: '))).toBe(true);
  });
});
