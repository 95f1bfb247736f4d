import { describe, expect, it } from 'vitest';
import { isDecimal } from '../../src/core/decimal.ts';
import { MINIMAL_PLAN, tempPlan } from '../parse/temp-plan.ts';
import { runEdited, runPlan } from './run-plan.ts';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

describe('the minimal plan fixture', () => {
  it('validates without any message and carries exact numbers', async () => {
    const { cwd } = tempPlan({});
    cpSync(MINIMAL_PLAN, join(cwd, 'content'), { recursive: true });
    const { facts, messages } = await runPlan({ cwd });
    expect(messages).toEqual([]);
    expect(facts).toBeDefined();
    expect(facts?.plan.period).toBe('2026-Q4');
    expect(facts?.goals.target.toString()).toBe('250000');
    expect(facts?.goals.funnel.map((s) => s.rate?.toString())).toEqual(['0.8', '0.5', '0.25', undefined]);
    expect(facts?.goals.sources.map((s) => s.one_in?.toString())).toEqual(['128', '128']);
    const ae = facts?.team.roles.find((r) => r.id === 'ae');
    expect(isDecimal(ae?.quota) && ae.quota.toString()).toBe('600000');
    expect(ae?.ramp?.map(String)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    expect(facts?.team.hires?.[0]).toMatchObject({ role: 'ae', start: '2026-11-16' });
    expect(facts?.plan.calendar?.holidays).toEqual(['2026-11-26', '2026-12-25']);
  });
});

describe('schema messages, placed on the offending value', () => {
  it('suggests the percent for a rate written as a whole number', async () => {
    const { facts, messages } = await runEdited({ '03-goals.md': [['rate: 25%', 'rate: 25']] });
    expect(facts).toBeUndefined();
    expect(messages).toEqual([
      expect.objectContaining({
        file: 'content/03-goals.md',
        line: 14,
        column: 11,
        endLine: 14,
        endColumn: 13,
        severity: 'error',
        reason: 'rate must be a rate between 0 and 1; did you mean 25%?',
      }),
    ]);
  });

  it('suggests the field an unknown one was meant to be, at the key', async () => {
    const { messages } = await runEdited({ '04-team.md': [['    quota: 600000', '    qouta: 600000']] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      line: 24,
      column: 5,
      reason: 'unknown field `qouta`; did you mean `quota`?',
      ruleId: 'unknown-field',
    });
    expect(messages[0]?.note).toContain('quota_period');
  });

  it('says how to add a missing field, at the group it belongs in', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['  - id: opportunity\n    name: Opportunity\n', '  - id: opportunity\n']] });
    expect(messages).toEqual([
      expect.objectContaining({ line: 12, column: 5, reason: 'missing field `name`; add `name: <value>`', ruleId: 'missing-field' }),
    ]);
  });

  it('says a top-level field is missing', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['target: 250000\n', '']] });
    expect(messages.map((m) => m.reason)).toEqual(['missing field `target`; add `target: <value>`']);
    expect(messages[0]?.line).toBe(2);
  });

  it('points at the key of a field left empty', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['target: 250000', 'target:']] });
    expect(messages).toEqual([expect.objectContaining({ line: 3, column: 1, reason: '`target` has no value; write one after `target:`' })]);
  });

  it('names the field and suggests an enum value', async () => {
    const { messages } = await runEdited({ '08-metrics.md': [['kind: primary', 'kind: primray']] });
    expect(messages).toEqual([
      expect.objectContaining({ line: 6, column: 11, reason: 'kind must be primary or secondary; did you mean `primary`?' }),
    ]);
  });

  it('explains the part of a union that is wrong', async () => {
    const days = await runEdited({ '01-plan.md': [['period: 2026-Q4', 'period: {start: 2026-10-01, days: 45}']] });
    expect(days.messages).toEqual([expect.objectContaining({ line: 6, column: 35, reason: 'days must be 30, 60 or 90; for a plan of another length write {start, end}' })]);
    const bad = await runEdited({ '01-plan.md': [['period: 2026-Q4', 'period: 2026-Q5']] });
    expect(bad.messages[0]?.reason).toMatch(/^period must be a quarter \(2026-Q4\)/);
    const end = await runEdited({ '01-plan.md': [['period: 2026-Q4', 'period: {start: 2026-10-01, end: 31 dec}']] });
    expect(end.messages[0]?.reason).toBe('end must be a date written YYYY-MM-DD, e.g. 2026-10-01');
  });

  it('refuses a capacity of 0, so the model never meets one (it has no check of its own for it)', async () => {
    const { messages, facts } = await runEdited({ '04-team.md': [['cold_emails: 20', 'cold_emails: 0']] });
    expect(facts).toBeUndefined();
    expect(messages).toEqual([expect.objectContaining({ line: 12, reason: 'cold_emails must be greater than 0', ruleId: 'invalid-value' })]);
  });

  it('reports a bad record key at the key', async () => {
    const { messages } = await runEdited({ '04-team.md': [['cold_emails: 20', 'Cold Emails: 20']] });
    expect(messages[0]).toMatchObject({ line: 12, column: 7, ruleId: 'invalid-key' });
    expect(messages[0]?.reason).toMatch(/^capacity key `Cold Emails` must be an id/);
  });

  it('reports several errors across two files in one run, sorted by file and line', async () => {
    const { text, messages } = await runEdited({
      '03-goals.md': [['rate: 25%', 'rate: 25'], ['average_deal_size: 12500', 'average_deal_size: -5']],
      '04-team.md': [['attainment: 80%', 'attainment: 80']],
    });
    expect(messages.map((m) => `${m.file}:${m.line}`)).toEqual(['content/03-goals.md:4', 'content/03-goals.md:14', 'content/04-team.md:26']);
    expect(text.split('\n')).toEqual([
      'content/03-goals.md:4:20 error average_deal_size must be an amount greater than 0',
      'content/03-goals.md:14:11 error rate must be a rate between 0 and 1; did you mean 25%?',
      'content/04-team.md:26:17 error attainment must be a share of quota between 0 and 2 (200%); did you mean 80%?',
      '3 errors, 0 warnings',
    ]);
  });

  it('skips schema checks on a file with YAML syntax errors', async () => {
    const { messages, facts } = await runEdited({ '03-goals.md': [['target: 250000', 'target: 250000\ntarget: 1\nrate: 25']] });
    expect(facts).toBeUndefined();
    expect(messages.map((m) => m.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe('sections', () => {
  it('suggests the section meant by an unknown name', async () => {
    const { messages } = await runEdited({ '06-process.md': [['section: process', 'section: proces']] });
    expect(messages).toEqual([
      expect.objectContaining({ file: 'content/06-process.md', line: 2, column: 10, reason: 'unknown section `proces`; did you mean `process`?' }),
    ]);
  });

  it('reports a section claimed twice on the second file, naming the first', async () => {
    const { messages } = await runEdited({ '09-more-goals.md': '---\nsection: goals\n---\n' });
    expect(messages).toEqual([
      expect.objectContaining({ file: 'content/09-more-goals.md', line: 2, reason: 'section `goals` is already in content/03-goals.md' }),
    ]);
  });

  it('reports a missing section on the plan file, saying which file to add', async () => {
    const { messages, facts } = await runEdited({ '08-metrics.md': null });
    expect(facts).toBeUndefined();
    expect(messages).toEqual([
      expect.objectContaining({
        file: 'content/01-plan.md',
        line: 2,
        reason: 'the plan has no `metrics` section; add a file such as content/08-metrics.md with `section: metrics`',
        ruleId: 'missing-section',
      }),
    ]);
  });

  it('reports missing sections on the first file when there is no plan file', async () => {
    const { messages } = await runEdited({ '01-plan.md': null, '08-metrics.md': null });
    expect(messages.map((m) => [m.file, m.reason.split(';')[0]])).toEqual([
      ['content/02-mission.md', 'the plan has no `plan` section'],
      ['content/02-mission.md', 'the plan has no `metrics` section'],
    ]);
  });

  it('reports a file whose section cannot be read once, without missing-section noise', async () => {
    const { messages } = await runEdited({ '08-metrics.md': [['section: metrics', 'section: [metrics']] });
    expect(messages.map((m) => [m.file, m.ruleId])).toEqual([['content/08-metrics.md', 'yaml-syntax']]);
  });
});

describe('hostile input', () => {
  it('rejects a `__proto__` key wherever it is, without polluting any prototype', async () => {
    const { messages, facts } = await runEdited({
      '03-goals.md': [['target: 250000', 'target: 250000\n__proto__:\n  polluted: true']],
      '04-team.md': [['cold_emails: 20', 'cold_emails: 20\n      __proto__: 5']],
    });
    expect(facts).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(messages.map((m) => [m.file, m.line, m.ruleId])).toEqual([
      ['content/03-goals.md', 4, 'reserved-key'],
      ['content/04-team.md', 13, 'reserved-key'],
    ]);
  });

  it('reports a section name that is not text', async () => {
    const { messages } = await runEdited({ '08-metrics.md': [['section: metrics', 'section: 8']] });
    expect(messages.map((m) => m.reason)).toEqual(['unknown section `8`']);
  });
});
