import { describe, expect, it } from 'vitest';
import { onlyError, planFrom, type PlanRun } from './plan-from.ts';

/** README "The plan format" → `section: plan`: every field and every form, from a plan file to the model. */

const PLAN = '00-plan.md';

function period(run: PlanRun) {
  const p = run.loaded.model?.period;
  if (!p) throw new Error(`no model: ${run.errors.map((m) => m.reason).join('; ')}`);
  return {
    kind: p.kind,
    label: p.label,
    start: p.start,
    end: p.end,
    workingDays: p.workingDays,
    weeks: p.weeks.toString(),
    months: p.months.map((m) => `${m.key} ${m.start}..${m.end} ${m.workingDays}`),
  };
}

const monthTargets = (run: PlanRun) => run.loaded.model?.period.months.map((m) => m.target.toString());

describe('the example plan', () => {
  it('loads with its two known warnings and no error', async () => {
    const run = await planFrom();
    expect(run.errors).toEqual([]);
    expect(run.warnings.map((m) => m.ruleId)).toEqual(['payback-long', 'capacity-unusual']);
    expect(run.loaded.ok).toBe(true);
  });
});

describe('title, company, author', () => {
  it('are read as written; a number is kept as its text', async () => {
    const run = await planFrom({ [PLAN]: { title: 'Plan 2027', company: '2027', author: 'Kim Lee' } });
    expect(run.loaded.facts?.plan).toMatchObject({ title: 'Plan 2027', company: '2027', author: 'Kim Lee' });
  });

  it('author may be left out', async () => {
    const run = await planFrom({ [PLAN]: { author: null } });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.plan.author).toBeUndefined();
  });

  it('a missing title is reported at the frontmatter', async () => {
    const run = await planFrom({ [PLAN]: { title: null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, ''), reason: 'missing field `title`; add `title: <value>`', ruleId: 'missing-field' });
  });

  it('an empty company is reported at its key', async () => {
    const run = await planFrom({ [PLAN]: { company: '""' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'company'), reason: 'company must not be empty' });
  });
});

describe('period', () => {
  it('2026-Q4: the quarter, its three months and their working days less the holidays', async () => {
    const run = await planFrom({ [PLAN]: { period: '2026-Q4' } });
    expect(period(run)).toEqual({
      kind: 'quarter',
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      workingDays: 64,
      weeks: '12.8',
      months: ['2026-10 2026-10-01..2026-10-31 22', '2026-11 2026-11-01..2026-11-30 20', '2026-12 2026-12-01..2026-12-31 22'],
    });
  });

  it('2026-11: one month', async () => {
    const run = await planFrom({ [PLAN]: { period: '2026-11' } });
    expect(period(run)).toMatchObject({ kind: 'month', label: '2026-11', start: '2026-11-01', end: '2026-11-30', workingDays: 20 });
    expect(period(run).months).toEqual(['2026-11 2026-11-01..2026-11-30 20']);
    expect(monthTargets(run)).toEqual(['250000']);
  });

  it('{start, end}: any range, its first month cut at the start', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2026-10-15, end: 2026-11-30}' } });
    expect(period(run)).toMatchObject({ kind: 'range', start: '2026-10-15', end: '2026-11-30', workingDays: 32 });
    expect(period(run).months).toEqual(['2026-10 2026-10-15..2026-10-31 12', '2026-11 2026-11-01..2026-11-30 20']);
  });

  // The bug: YAML numbers arrive as Decimals, and `days: 90` was refused as not 30, 60 or 90.
  it.each([
    [30, '2027-03-16', ['2027-02 2027-02-15..2027-02-28 10', '2027-03 2027-03-01..2027-03-16 12'], 22],
    [60, '2027-04-15', ['2027-02 2027-02-15..2027-02-28 10', '2027-03 2027-03-01..2027-03-31 23', '2027-04 2027-04-01..2027-04-15 11'], 44],
    [
      90,
      '2027-05-15',
      [
        '2027-02 2027-02-15..2027-02-28 10',
        '2027-03 2027-03-01..2027-03-31 23',
        '2027-04 2027-04-01..2027-04-30 22',
        '2027-05 2027-05-01..2027-05-15 10',
      ],
      65,
    ],
  ])('{start, days: %i}: a 30/60/90-day plan, the start day included', async (days, end, months, workingDays) => {
    const run = await planFrom({ [PLAN]: { period: `{start: 2027-02-15, days: ${days}}` } });
    expect(run.errors).toEqual([]);
    expect(period(run)).toMatchObject({ kind: 'days', label: `2027-02-15 – ${end}`, start: '2027-02-15', end, workingDays, months });
  });

  it('{start, days: 90}: a month held in part carries its working-day share of the monthly quota', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2027-02-15, days: 90}' } });
    // February 2027: 3 AEs fully ramped and the November hire in tenure month 4 (75%) = 3.75 reps,
    // × 50,000 a month (600,000 a year) × 10 of February's 20 working days.
    const february = run.loaded.model?.capacity?.months[0];
    expect(february?.key).toBe('2027-02');
    expect(february?.rre.toString()).toBe('3.75');
    expect(february?.streetQuota.toString()).toBe('93750');
  });

  it('days other than 30, 60 or 90: the message at the number says what to write instead', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2027-02-15, days: 45}' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(PLAN, 'period.days'),
      reason: 'days must be 30, 60 or 90; for a plan of another length write {start, end}',
      ruleId: 'invalid-value',
    });
    expect(run.pointsAt(error)).toBe('45');
  });

  it('days written as text is refused the same way', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2027-02-15, days: "90"}' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'period.days'), reason: 'days must be 30, 60 or 90; for a plan of another length write {start, end}' });
  });

  it('a form that is none of the four names all four', async () => {
    const run = await planFrom({ [PLAN]: { period: '2026-Q5' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(PLAN, 'period'),
      reason: 'period must be a quarter (2026-Q4), a month (2026-10), {start, end} or {start, days: 30|60|90}',
    });
    expect(run.pointsAt(error)).toBe('2026-Q5');
  });

  it('{start} alone asks for the end, and says the forms', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2026-10-01}' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(PLAN, 'period'),
      reason: 'missing field `end`; add `end: <value>`',
      note: 'it must be a quarter (2026-Q4), a month (2026-10), {start, end} or {start, days: 30|60|90}',
    });
  });

  it('an end before the start is reported at the end', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2026-12-31, end: 2026-10-01}' } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(PLAN, 'period.end'), reason: 'period end 2026-10-01 is before its start 2026-12-31', ruleId: 'end-before-start' });
    expect(run.pointsAt(error)).toBe('2026-10-01');
  });

  it('a start that does not exist is reported at the date', async () => {
    const run = await planFrom({ [PLAN]: { period: '{start: 2027-02-29, days: 30}' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(PLAN, 'period.start'),
      reason: 'start 2027-02-29 is not a date that exists; check the month and the day',
    });
  });
});

describe('currency and locale', () => {
  it('are carried to the model, which formats with them', async () => {
    const run = await planFrom({ [PLAN]: { currency: 'SEK', locale: 'sv-SE' } });
    expect(run.errors).toEqual([]);
    expect(run.loaded.model).toMatchObject({ currency: 'SEK', locale: 'sv-SE' });
  });

  it.each([
    ['usd', 'currency must be an ISO 4217 currency code in capitals, such as USD, EUR or SEK'],
    ['$', 'currency must be an ISO 4217 currency code in capitals, such as USD, EUR or SEK'],
    ['ABC', 'currency `ABC` is not an ISO 4217 currency code'],
  ])('currency %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [PLAN]: { currency: JSON.stringify(value) } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'currency'), reason: message });
  });

  it.each(['english', 'en_US'])('locale %s is refused at the value', async (value) => {
    const run = await planFrom({ [PLAN]: { locale: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'locale'), reason: 'locale must be a BCP 47 locale such as en-US or sv-SE' });
  });
});

describe('calendar', () => {
  it('workweek: only the days listed are worked, and a week is that many days', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.workweek': '[mon, tue, wed, thu]' } });
    expect(period(run)).toMatchObject({ workingDays: 52, weeks: '13' });
    expect(run.loaded.model?.period.months.map((m) => m.workingDays)).toEqual([17, 16, 19]);
  });

  it('holidays: each listed date is not worked', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.holidays': '[2026-10-12]' } });
    expect(run.loaded.model?.period.months.map((m) => m.workingDays)).toEqual([21, 21, 23]);
  });

  it('without a calendar: monday to friday, no holidays', async () => {
    const run = await planFrom({ [PLAN]: { calendar: null } });
    expect(period(run)).toMatchObject({ workingDays: 66, weeks: '13.2' });
  });

  it('a weekday misspelt is refused at the item, with the one meant', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.workweek': '[mon, tue, wed, thur]' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(PLAN, 'calendar.workweek.3'),
      reason: 'workweek[3] must be one of mon, tue, wed, thu, fri, sat, sun; did you mean `thu`?',
    });
    expect(run.pointsAt(error)).toBe('thur');
  });

  it('a weekday written out is told its three letters', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.workweek': '[Monday, tue]' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(PLAN, 'calendar.workweek.0'),
      reason: 'workweek[0] must be one of mon, tue, wed, thu, fri, sat, sun; write `mon` for Monday',
    });
    expect(run.pointsAt(error)).toBe('Monday');
  });

  it('an empty workweek is refused', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.workweek': '[]' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'calendar.workweek'), reason: 'workweek must list at least one item' });
  });

  it('a holiday that does not exist is refused at the date', async () => {
    const run = await planFrom({ [PLAN]: { 'calendar.holidays': '[2026-11-26, 2026-11-31]' } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      ...run.where(PLAN, 'calendar.holidays.1'),
      reason: 'holidays[1] 2026-11-31 is not a date that exists; check the month and the day',
    });
    expect(run.pointsAt(error)).toBe('2026-11-31');
  });
});

describe('phasing', () => {
  it('working_days: each month gets its share of the working days', async () => {
    const run = await planFrom({ [PLAN]: { phasing: 'working_days' } });
    // 22, 20 and 22 of 64 working days of 250,000.
    expect(monthTargets(run)).toEqual(['85937.5', '78125', '85937.5']);
  });

  it('left out: working_days is the default', async () => {
    const run = await planFrom({ [PLAN]: { phasing: null } });
    expect(monthTargets(run)).toEqual(['85937.5', '78125', '85937.5']);
  });

  it('even: the same amount each month, the months adding up to the target exactly', async () => {
    const run = await planFrom({ [PLAN]: { phasing: 'even' } });
    const targets = run.loaded.model?.period.months.map((m) => m.target) ?? [];
    expect(targets.map((t) => t.toDecimalPlaces(2).toString())).toEqual(['83333.33', '83333.33', '83333.33']);
    expect(targets.reduce((a, b) => a.plus(b)).toString()).toBe('250000');
  });

  it('amounts per month: each month gets what is written', async () => {
    const run = await planFrom({ [PLAN]: { phasing: '{2026-10: 100000, 2026-11: 80000, 2026-12: 70000}' } });
    expect(run.errors).toEqual([]);
    expect(monthTargets(run)).toEqual(['100000', '80000', '70000']);
  });

  it('amounts per month that do not add up to the target: an error at the phasing', async () => {
    const run = await planFrom({ [PLAN]: { phasing: '{2026-10: 100000, 2026-11: 80000, 2026-12: 60000}' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(PLAN, 'phasing'),
      reason: 'the phased amounts add up to $240,000, but the target is $250,000',
      ruleId: 'phasing-sum',
    });
  });

  it('an amount for a month outside the period: an error at that amount', async () => {
    const run = await planFrom({ [PLAN]: { phasing: '{2026-10: 100000, 2026-11: 80000, 2027-01: 70000}' } });
    const error = run.errors.find((m) => m.ruleId === 'phasing-month-outside');
    expect(error).toMatchObject({ ...run.where(PLAN, 'phasing.2027-01'), reason: '2027-01 is not a month of the period 2026-Q4' });
    expect(run.pointsAt(error!)).toBe('70000');
  });

  it('a word that is not a form: the message names the forms', async () => {
    const run = await planFrom({ [PLAN]: { phasing: 'weekly' } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(PLAN, 'phasing'), reason: 'phasing must be working_days, even, or amounts per month such as {2026-10: 80000}' });
    expect(run.pointsAt(error)).toBe('weekly');
  });

  it('a month that is not YYYY-MM: reported at the key', async () => {
    const run = await planFrom({ [PLAN]: { phasing: '{2026-10: 100000, 2026-11: 80000, 2026-13: 70000}' } });
    const error = onlyError(run);
    expect(error.reason).toMatch(/^phasing key `2026-13` /);
    expect(run.pointsAt(error)).toBe('2026-13');
  });

  it('an amount with a currency sign: says the plain number to write', async () => {
    const run = await planFrom({ [PLAN]: { phasing: '{2026-10: 100000, 2026-11: "$80,000", 2026-12: 70000}' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(PLAN, 'phasing.2026-11'),
      reason: "2026-11 names a currency ($); amounts are plain numbers in the plan's currency (`currency` in the plan section): write 80000, not $80,000",
    });
  });
});

describe('as_of', () => {
  // The AE hire starts 2026-11-16 with 45 days to fill (requisition 2026-10-02); the SDR and BDR hires start
  // 2026-11-02 with 30 (requisition 2026-10-03).
  const late = (run: PlanRun) => run.loaded.model?.hiring.map((h) => `${h.role} ${h.requisitionOpen} ${h.late}`);

  it('requisitions before the as-of date are late', async () => {
    const run = await planFrom({ [PLAN]: { as_of: '2026-10-03' } });
    expect(late(run)).toEqual(['ae 2026-10-02 true', 'sdr 2026-10-03 false', 'sdr 2026-10-03 false', 'bdr 2026-10-03 false']);
    const warning = run.warnings.find((m) => m.ruleId === 'requisition-past');
    expect(warning).toMatchObject({
      ...run.where('03-team.md', 'hires.0.start'),
      reason: 'the requisition for the ae hire had to open by Oct 2, 2026, before Oct 3, 2026',
    });
  });

  it('left out: the period start', async () => {
    const run = await planFrom({ [PLAN]: { as_of: null, period: '2026-11' } });
    expect(late(run)).toEqual(['ae 2026-10-02 true', 'sdr 2026-10-03 true', 'sdr 2026-10-03 true', 'bdr 2026-10-03 true']);
  });

  it('a date in another form is refused at the value', async () => {
    const run = await planFrom({ [PLAN]: { as_of: '1 October 2026' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'as_of'), reason: 'as_of must be a date written YYYY-MM-DD, e.g. 2026-10-01' });
  });
});

describe('links', () => {
  it('are read in order, title and href', async () => {
    const run = await planFrom({ [PLAN]: { links: '[{title: Wiki, href: "https://wiki.example"}, {title: CRM, href: crm/index.html}]' } });
    expect(run.loaded.facts?.plan.links).toEqual([
      { title: 'Wiki', href: 'https://wiki.example' },
      { title: 'CRM', href: 'crm/index.html' },
    ]);
  });

  it('a link that is no http(s), mailto: or in-plan address is reported at its href (a path from the root too)', async () => {
    const run = await planFrom({ [PLAN]: { links: '[{title: CRM, href: /crm}]' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(PLAN, 'links.0.href'),
      reason: 'link `/crm` points outside the plan folder; a plan link may be an http(s) or mailto: address, or a path inside the plan',
      ruleId: 'unsafe-link',
    });
  });

  it('a link without its href is reported at the link', async () => {
    const run = await planFrom({ [PLAN]: { 'links.1.href': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'links.1'), reason: 'missing field `href`; add `href: <value>`' });
  });
});

describe('trusted_html', () => {
  it('true is read', async () => {
    const run = await planFrom({ [PLAN]: { trusted_html: 'true' } });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.plan.trusted_html).toBe(true);
  });

  it('anything but true or false is refused', async () => {
    const run = await planFrom({ [PLAN]: { trusted_html: 'yes' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PLAN, 'trusted_html'), reason: 'trusted_html must be true or false' });
  });
});

describe('unknown fields', () => {
  it('are refused at the key, with the field meant; the field itself is then missing', async () => {
    const run = await planFrom({ [PLAN]: { period: null, perod: '2026-Q4' } });
    expect(run.errors).toEqual([
      expect.objectContaining({
        ...run.where(PLAN, ''),
        reason: 'missing field `period`; add `period: <value>`',
        note: 'it must be a quarter (2026-Q4), a month (2026-10), {start, end} or {start, days: 30|60|90}',
      }),
      expect.objectContaining({ reason: 'unknown field `perod`; did you mean `period`?', ruleId: 'unknown-field' }),
    ]);
    expect(run.pointsAt(run.errors[1]!)).toBe('perod');
  });
});
