import { describe, expect, it } from 'vitest';
import { orgDiagram } from '../../src/diagrams/generate/org.ts';
import { Decimal } from '../../src/core/decimal.ts';
import { onlyError, planFrom, type PlanRun } from './plan-from.ts';

/**
 * README "The plan format" → `section: team`: every field and every form, from a plan file to the model.
 *
 * The example's AEs: ae-1 and ae-2 fully ramped, ae-3 starting 2026-10-01 and the hire hire-ae-4 on 2026-11-16,
 * ramp [0, 0.25, 0.5, 0.75, 1], quota 600,000 a year (50,000 a month) at 80% attainment. Ramped reps per month
 * of 2026-Q4: October 2, November 2 + 0.25 = 2.25, December 2 + 0.5 + 0.25 = 2.75.
 */

const TEAM = '03-team.md';

const model = (run: PlanRun) => {
  if (!run.loaded.model) throw new Error(`no model: ${run.errors.map((m) => m.reason).join('; ')}`);
  return run.loaded.model;
};
const capacity = (run: PlanRun, field: 'rre' | 'streetQuota' | 'expected') =>
  model(run).capacity?.months.map((m) => m[field].toString());
const headcount = (run: PlanRun, role: string) => {
  const row = model(run).headcount.find((h) => h.role === role);
  return row && { needed: row.needed.toString(), current: row.current, planned: row.planned, missing: row.missing };
};
const hiring = (run: PlanRun, role: string) => model(run).hiring.find((h) => h.role === role);

describe('roles: quota, quota_period, attainment', () => {
  it('the example: street quota is ramped reps × monthly quota, expected bookings × attainment', async () => {
    const run = await planFrom();
    expect(capacity(run, 'rre')).toEqual(['2', '2.25', '2.75']);
    expect(capacity(run, 'streetQuota')).toEqual(['100000', '112500', '137500']);
    expect(capacity(run, 'expected')).toEqual(['80000', '90000', '110000']);
  });

  it.each([
    ['600000', 'year'],
    ['150000', 'quarter'],
    ['50000', 'month'],
  ])('quota %s per %s is the same 50,000 a month', async (quota, per) => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.quota': quota, 'roles.ae.quota_period': per } });
    expect(capacity(run, 'streetQuota')).toEqual(['100000', '112500', '137500']);
    expect(model(run).economics.roles.find((r) => r.role === 'ae')?.annualQuota?.toString()).toBe('600000');
  });

  it('quota_period left out is a year', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.quota_period': null } });
    expect(capacity(run, 'streetQuota')).toEqual(['100000', '112500', '137500']);
  });

  it('quota_period other than year, quarter or month is refused, with the one meant', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.quota_period': 'quater' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(TEAM, 'roles.ae.quota_period'),
      reason: 'quota_period must be year, quarter or month; did you mean `quarter`?',
    });
    expect(run.pointsAt(error)).toBe('quater');
  });

  it.each(['100%', '1'])('attainment %s: expected bookings are the whole street quota', async (attainment) => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.attainment': attainment } });
    expect(capacity(run, 'expected')).toEqual(['100000', '112500', '137500']);
  });

  it('attainment 0.8 is the same as 80%', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.attainment': '0.8' } });
    expect(capacity(run, 'expected')).toEqual(['80000', '90000', '110000']);
  });

  it('attainment above 120% is allowed, with a warning at it', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.attainment': '150%' } });
    expect(run.errors).toEqual([]);
    expect(run.warnings).toContainEqual(
      expect.objectContaining({ ...run.where(TEAM, 'roles.ae.attainment'), ruleId: 'attainment-high', reason: 'role ae is planned at 150% of quota' }),
    );
  });

  it.each([
    ['80', 'attainment must be a share of quota between 0 and 2 (200%); did you mean 80%?'],
    ['250%', 'attainment must be a share of quota between 0 and 2 (200%)'],
    ['most', 'attainment must be a share of quota such as 80% or 0.8'],
  ])('attainment %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.attainment': value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'roles.ae.attainment'), reason: message });
  });
});

describe('roles: ramp', () => {
  it('percents are the same ramp as fractions', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.ramp': '[0%, 25%, 50%, 75%, 100%]' } });
    expect(capacity(run, 'rre')).toEqual(['2', '2.25', '2.75']);
  });

  it('full from the first month: every active AE counts whole', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.ramp': '[1]' } });
    expect(capacity(run, 'rre')).toEqual(['3', '4', '4']);
    expect(hiring(run, 'ae')?.fullyRamped).toBe('2026-11-16');
  });

  it('left out: full from the start', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.ramp': null } });
    expect(capacity(run, 'rre')).toEqual(['3', '4', '4']);
  });

  it('the hire reaches full ramp on the first day of the first month at 1 (tenure month 5)', async () => {
    const run = await planFrom();
    expect(hiring(run, 'ae')?.fullyRamped).toBe('2027-03-01');
  });

  it.each([
    ['[0, 150%]', 'roles.ae.ramp.1', 'ramp[1] must be between 0 and 1'],
    ['[0, 50]', 'roles.ae.ramp.1', 'ramp[1] must be between 0 and 1; did you mean 50%?'],
    ['fast', 'roles.ae.ramp', 'ramp must be a list (lines starting with "- ")'],
  ])('ramp %s is refused at the step', async (value, path, message) => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.ramp': value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, path), reason: message });
  });
});

describe('roles: time_to_fill_days', () => {
  it('opens the requisition that many days before the start', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.time_to_fill_days': '60' } });
    expect(hiring(run, 'ae')).toMatchObject({ start: '2026-11-16', timeToFillDays: 60, requisitionOpen: '2026-09-17', late: true });
    expect(run.warnings).toContainEqual(expect.objectContaining({ ...run.where(TEAM, 'hires.hire-ae-4.start'), ruleId: 'requisition-past' }));
  });

  it('left out: the requisition opens on the start date', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.time_to_fill_days': null } });
    expect(hiring(run, 'ae')).toMatchObject({ timeToFillDays: 0, requisitionOpen: '2026-11-16', late: false });
  });

  it.each([
    ['45.5', 'time_to_fill_days must be a whole number, e.g. 45'],
    ['-1', 'time_to_fill_days must not be negative'],
  ])('%s is refused at the value', async (value, message) => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.time_to_fill_days': value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'roles.ae.time_to_fill_days'), reason: message });
  });
});

describe('roles: capacity', () => {
  // 12,800 cold emails over 64 working days: 200 a day.
  it('the daily need over one rep’s capacity is the headcount needed', async () => {
    const run = await planFrom();
    expect(headcount(run, 'sdr')).toEqual({ needed: '10', current: 6, planned: 2, missing: 2 });
    expect(headcount(run, 'bdr')).toEqual({ needed: '4', current: 2, planned: 1, missing: 1 });
  });

  it('twice the capacity, half the heads', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.sdr.capacity.cold_emails': '40' } });
    expect(headcount(run, 'sdr')).toEqual({ needed: '5', current: 6, planned: 2, missing: 0 });
  });

  it('a capacity per funnel stage is accepted as well as per activity', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.capacity': '{meeting_held: 4}' } });
    expect(run.errors).toEqual([]);
    const ae = model(run).headcount.find((h) => h.role === 'ae');
    expect(ae?.activities.map((a) => `${a.activity} ${a.dailyNeed}/${a.capacity}`)).toEqual(['meeting_held 3/4']);
  });

  it('a capacity far outside the common range is warned about at the value', async () => {
    const run = await planFrom();
    expect(run.warnings).toContainEqual(
      expect.objectContaining({
        ...run.where(TEAM, 'roles.sdr.capacity.cold_emails'),
        ruleId: 'capacity-unusual',
        reason: '20 cold_emails a day is far outside the common range of 60-100',
      }),
    );
  });

  it('a key that is no activity or stage is refused at the key, with the one meant', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.sdr.capacity': '{cold_email: 20}' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      reason: 'capacity `cold_email` is not a source activity or funnel stage; did you mean `cold_emails`?',
      ruleId: 'unknown-reference',
    });
    expect(run.pointsAt(error)).toBe('cold_email');
  });

  it('0 is refused at the value', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.sdr.capacity.cold_emails': '0' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'roles.sdr.capacity.cold_emails'), reason: 'cold_emails must be greater than 0' });
  });
});

describe('roles: ote, base and the words', () => {
  it('ote is the cost of the role’s people in the period, and the quota’s multiple of it', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.ote': '150000' } });
    const ae = model(run).economics.roles.find((r) => r.role === 'ae');
    // 3 AEs in October, 4 in November and December: 11 months at 12,500.
    expect(ae?.cost.toString()).toBe('137500');
    expect(ae?.quotaToOte?.toString()).toBe('4');
  });

  it('every text field of a role is read', async () => {
    const run = await planFrom({
      [TEAM]: {
        'roles.ae.summary': 'Closes deals.',
        'roles.ae.responsibilities': '[Discovery, Demos]',
        'roles.ae.skills': '[Listening]',
        'roles.ae.commission': '10% of first-year value',
        'roles.ae.incentives': '[Club trip]',
        'roles.ae.base': '70000',
      },
    });
    expect(run.loaded.facts?.team.roles.find((r) => r.id === 'ae')).toMatchObject({
      summary: 'Closes deals.',
      responsibilities: ['Discovery', 'Demos'],
      skills: ['Listening'],
      commission: '10% of first-year value',
      incentives: ['Club trip'],
    });
    expect(run.loaded.facts?.team.roles.find((r) => r.id === 'ae')?.base?.toString()).toBe('70000');
  });

  it.each([
    ['roles.ae.ote', '"$120k"', 'ote names a currency ($); amounts are plain numbers in the plan\'s currency (`currency` in the plan section): write the amount as a plain number, e.g. 250000'],
    ['roles.ae.base', '0', 'base must be an amount greater than 0'],
    ['roles.ae.responsibilities', 'Close deals', 'responsibilities must be a list of text items (lines starting with "- ")'],
  ])('%s %s is refused at the value', async (path, value, message) => {
    const run = await planFrom({ [TEAM]: { [path]: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, path), reason: message });
  });

  it('a role without a title is reported at the role', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.title': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'roles.ae'), reason: 'missing field `title`; add `title: <value>`' });
  });
});

describe('roles: reports_to', () => {
  it('draws the org chart’s edges', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.reports_to': 'sdr_manager' } });
    const facts = run.loaded.facts;
    if (!facts) throw new Error('no facts');
    const source = orgDiagram(facts, model(run)).source;
    // Nodes by position: sdr_manager is r1, ae r5.
    expect(source).toContain('r1 --> r5');
    expect(source).not.toContain('r0 --> r5');
  });

  it('a role that does not exist is refused, with the one meant', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.ae.reports_to': 'head_of_sale' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(TEAM, 'roles.ae.reports_to'),
      reason: 'reports_to `head_of_sale` is not a role; did you mean `head_of_sales`?',
    });
  });

  it('a cycle is refused at the first role in it', async () => {
    const run = await planFrom({ [TEAM]: { 'roles.head_of_sales.reports_to': 'revops' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(TEAM, 'roles.head_of_sales.reports_to'),
      reason: 'reports_to cycle: head_of_sales → revops → head_of_sales',
      ruleId: 'reports-to-cycle',
    });
  });
});

describe('people', () => {
  it('end: a person counts through the month they leave, not after', async () => {
    const run = await planFrom({ [TEAM]: { 'people.ae-1.end': '2026-10-31' } });
    expect(capacity(run, 'rre')).toEqual(['2', '1.25', '1.75']);
  });

  it('end before the period: not on the team at its start', async () => {
    const run = await planFrom({ [TEAM]: { 'people.sdr-1.end': '2026-09-30' } });
    expect(headcount(run, 'sdr')).toMatchObject({ current: 5, planned: 2, missing: 3 });
  });

  it('a start inside the period counts as planned', async () => {
    const run = await planFrom({ [TEAM]: { 'people.sdr-6.start': '2026-11-02' } });
    expect(headcount(run, 'sdr')).toMatchObject({ current: 5, planned: 3 });
  });

  it('name may be left out', async () => {
    const run = await planFrom({ [TEAM]: { 'people.ae-1.name': null } });
    expect(run.errors).toEqual([]);
  });

  it('an end before the start is reported at the end', async () => {
    const run = await planFrom({ [TEAM]: { 'people.ae-1.end': '2025-01-01' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(TEAM, 'people.ae-1.end'),
      reason: 'end 2025-01-01 is before start 2025-02-03 for `ae-1`',
      ruleId: 'end-before-start',
    });
  });

  it('a role that does not exist is refused at it', async () => {
    const run = await planFrom({ [TEAM]: { 'people.ae-1.role': 'account_exec' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'people.ae-1.role'), reason: expect.stringMatching(/^role `account_exec` is not a role/) });
  });

  it('a person without a start is reported at the person', async () => {
    const run = await planFrom({ [TEAM]: { 'people.ae-1.start': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'people.ae-1'), reason: 'missing field `start`; add `start: <value>`' });
  });
});

describe('hires', () => {
  it('a hire in the period is planned, with its requisition date; id and note may be left out', async () => {
    const run = await planFrom({ [TEAM]: { 'hires.+': '{role: sdr, start: 2026-12-01}' } });
    expect(run.errors).toEqual([]);
    expect(headcount(run, 'sdr')).toMatchObject({ current: 6, planned: 3 });
    expect(model(run).hiring.at(-1)).toMatchObject({ role: 'sdr', start: '2026-12-01', requisitionOpen: '2026-11-01', late: false });
  });

  it('a hire starting before the period counts as current', async () => {
    const run = await planFrom({ [TEAM]: { 'hires.hire-sdr-7.start': '2026-09-14' } });
    expect(headcount(run, 'sdr')).toMatchObject({ current: 7, planned: 1 });
  });

  it('a role that does not exist is refused at it', async () => {
    const run = await planFrom({ [TEAM]: { 'hires.hire-ae-4.role': 'aee' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'hires.hire-ae-4.role'), reason: expect.stringMatching(/^role `aee` is not a role; did you mean `ae`\?/) });
  });
});

describe('attrition', () => {
  it('keeps (1 − attrition)^(m/12) of the team in month m of the period', async () => {
    const run = await planFrom({ [TEAM]: { attrition: '12%' } });
    const keep = (months: number) => new Decimal('0.88').pow(new Decimal(months).div(12));
    expect(capacity(run, 'rre')).toEqual([keep(1).times(2), keep(2).times('2.25'), keep(3).times('2.75')].map(String));
  });

  it.each([
    ['12', 'attrition must be between 0 and 1; did you mean 12%?'],
    ['-5%', 'attrition must be between 0 and 1'],
  ])('%s is refused at the value', async (value, message) => {
    const run = await planFrom({ [TEAM]: { attrition: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(TEAM, 'attrition'), reason: message });
  });
});
