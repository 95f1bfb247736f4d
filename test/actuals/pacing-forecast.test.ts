import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/index.ts';
import { numbersCsv, planTables } from '../../src/render/index.ts';
import { examplePlan } from './helpers.ts';

/**
 * The example plan (2026-Q4: Oct 22, Nov 20, Dec 22 working days; target 250,000 phased 85,937.50 / 78,125 /
 * 85,937.50; win rates from opportunity 25%, from meeting held 12.5%) against a handful of deals, as of Sunday
 * 2026-11-15: October whole (22 days), November 2-13 (10 of its 20 days), 32 working days elapsed.
 */
const DEALS = [
  'Deal - ID,Deal - Title,Deal - Value,Deal - Currency of Value,Deal - Stage,Deal - Status,Deal - Owner,Deal - Deal created,Deal - Won time,Deal - Expected close date',
  '1,Won in October,12500,USD,Opportunity,Won,Jordan Ellis,2026-09-20,2026-10-05 10:00:00,',
  '2,Won in November,"10,000.50",USD,Opportunity,Won,Sam Okafor,2026-10-01,2026-11-10 15:00:00,',
  '3,Won in September,5000,USD,Opportunity,Won,Jordan Ellis,2026-08-01,2026-09-30 12:00:00,',
  '4,Won after as_of,7000,USD,Opportunity,Won,Sam Okafor,2026-10-10,2026-11-20 12:00:00,',
  '5,Open at opportunity,20000,USD,Opportunity,Open,Jordan Ellis,2026-10-12,,2026-12-15',
  '6,Open at meeting held,10000,USD,Meeting held,Open,Riley Chen,2026-11-02,,',
  '7,Open closing next year,8000,USD,Meeting booked,Open,Sam Okafor,2026-11-03,,2027-01-10',
  '8,Lost,9000,USD,Meeting held,Lost,Riley Chen,2026-10-03,,',
].join('\n');

const ACTIVITIES = [
  'Activity - Type,Activity - Due date,Activity - Done,Activity - Assigned to user',
  // 64 emails by Aisha Rahman inside the period, one outside it, one not done.
  ...Array.from({ length: 64 }, (_, i) => `cold_emails,2026-10-${String(1 + (i % 28)).padStart(2, '0')},Done,Aisha Rahman`),
  'cold_emails,2026-09-30,Done,Aisha Rahman',
  'cold_emails,2026-10-02,Not done,Aisha Rahman',
].join('\n');

describe('actuals against the plan: pacing and forecast, hand-computed', async () => {
  const { dir, plan } = examplePlan('2026-11-15', { 'deals.csv': DEALS, 'activities.csv': ACTIVITIES });
  const loaded = await loadPlan(plan, dir);
  const a = loaded.model?.actuals;

  it('reads the plan’s own actuals/ folder, recognised as Pipedrive', () => {
    expect(loaded.files.filter((f) => f.messages.some((m) => m.fatal)).map((f) => f.messages.map(String))).toEqual([]);
    expect(a?.exports.map((e) => [e.crm, e.kind, e.rows])).toEqual([
      ['pipedrive', 'activities', 66],
      ['pipedrive', 'deals', 8],
    ]);
  });

  it('bookings to date against the phased target and the pacing', () => {
    expect(a?.elapsedWorkingDays).toBe(32);
    expect(a?.remainingWorkingDays).toBe(32);
    const b = a?.bookings;
    // 85,937.50 + 78,125 × 10/20
    expect(String(b?.pacing)).toBe('125000');
    // 12,500 + 10,000.50: deal 3 (September) and deal 4 (after as_of) are not counted.
    expect(String(b?.booked)).toBe('22500.5');
    expect(b?.wonDeals).toBe(2);
    expect(String(b?.vsPacing)).toBe('-102499.5');
    expect(String(b?.attainment)).toBe('0.090002');
    expect(String(b?.pacingAttainment)).toBe('0.180004');
    expect(a?.months.map((m) => [m.key, String(m.pacing), String(m.booked), m.wonDeals])).toEqual([
      ['2026-10', '85937.5', '12500', 1],
      ['2026-11', '39062.5', '10000.5', 1],
      ['2026-12', '0', '0', 0],
    ]);
    expect(a?.outside.wonBefore).toEqual({ deals: 1, amount: expect.objectContaining({}) });
    expect(String(a?.outside.wonBefore.amount)).toBe('5000');
    expect([a?.outside.wonAfter.deals, String(a?.outside.wonAfter.amount)]).toEqual([1, '7000']);
  });

  it('forecast by run rate and by the open pipeline at the plan’s rates', () => {
    const f = a?.forecast;
    // 22,500.50 / 32 × 64
    expect(String(f?.runRate)).toBe('45001');
    // 20,000 × 25% + 10,000 × 50% × 25%; deal 7 closes after the period end.
    expect(String(f?.weightedOpen)).toBe('6250');
    expect(String(f?.pipeline)).toBe('28750.5');
    expect(f?.openDeals).toBe(2);
    expect([f?.closingLater.deals, String(f?.closingLater.amount)]).toEqual([1, '8000']);
    expect(String(f?.pipelineCoverage)).toBe('0.115002');
  });

  it('per rep: booked against the quota due by then, with the ramp', () => {
    const rep = (id: string) => a?.reps.find((r) => r.person === id);
    // Jordan: fully ramped, 50,000 a month: October whole + half of November = 75,000.
    expect([String(rep('ae-1')?.booked), String(rep('ae-1')?.quotaToDate), String(rep('ae-1')?.weightedPipeline)]).toEqual(['12500', '75000', '5000']);
    expect(rep('ae-1')?.attainmentToDate?.toFixed(6)).toBe('0.166667');
    // Riley starts 2026-10-01: ramp 0 in October, 25% in November: 50,000 × 0.25 × 10/20 = 6,250.
    expect([String(rep('ae-3')?.quotaToDate), String(rep('ae-3')?.weightedPipeline), rep('ae-3')?.openDeals]).toEqual(['6250', '1250', 1]);
  });

  it('activities per rep per working day against the daily target', () => {
    const row = a?.activities.find((r) => r.person === 'sdr-1' && r.activity === 'cold_emails');
    expect([row?.done, row?.workingDays, String(row?.perDay), String(row?.targetPerDay), String(row?.attainment)]).toEqual([64, 32, '2', '20', '0.1']);
    expect([a?.counts.notDone, a?.outside.activities]).toEqual([1, 1]);
    // Someone who logged nothing still has a row: 0 a day.
    expect(String(a?.activities.find((r) => r.person === 'sdr-2')?.perDay)).toBe('0');
  });

  it('numbers exports the actuals tables, rounded as the document rounds', () => {
    const model = loaded.model;
    if (!model) throw new Error('no model');
    const table = (name: string) => {
      const t = planTables(model).find((x) => x.name === name);
      if (!t) throw new Error(`no ${name} table`);
      return numbersCsv(t, model, { exact: false });
    };
    expect(table('actuals_bookings')).toBe(
      [
        'month,as_of,target (USD),pacing (USD),booked (USD),won_deals,attainment (%)',
        '2026-10,2026-11-15,85937.5,85937.5,12500,1,14.5',
        '2026-11,2026-11-15,78125,39062.5,10000.5,1,12.8',
        '2026-12,2026-11-15,85937.5,0,0,0,0',
        '2026-Q4,2026-11-15,250000,125000,22500.5,2,9',
        '',
      ].join('\n'),
    );
    expect(table('actuals_forecast').split('\n')[1]).toBe('250000,22500.5,45001,18,6250,2,28750.5,11.5,1,8000');
  });

  it('no stage-entry dates: no conversion measured, each rate resting on 0 deals', () => {
    expect(a?.conversion.map((c) => [c.from, String(c.planRate), c.entered, c.rate])).toEqual([
      ['meeting_booked', '0.8', 0, undefined],
      ['meeting_held', '0.5', 0, undefined],
      ['opportunity', '0.25', 0, undefined],
    ]);
  });
});

describe('actuals: stage-to-stage conversion from HubSpot’s "Date entered" columns', async () => {
  const entered = (stage: string) => `"Date entered ""${stage} (Sales Pipeline)"""`;
  const head = `Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,${['Meeting booked', 'Meeting held', 'Opportunity'].map(entered).join(',')}`;
  const rows = [
    '11,A,Closed won,12500,2026-11-02,2026-10-01,Jordan Ellis,2026-10-01,2026-10-05,2026-10-12',
    '12,B,Opportunity,12500,2026-12-20,2026-10-02,Jordan Ellis,2026-10-02,2026-10-06,2026-10-20',
    '13,C,Meeting held,12500,2026-12-20,2026-10-03,Sam Okafor,2026-10-03,2026-10-09,',
    '14,D,Closed lost,12500,2026-10-20,2026-10-04,Sam Okafor,2026-10-04,,',
    // Entered meeting held after as_of: held does not count yet.
    '15,E,Meeting held,12500,2026-12-20,2026-11-10,Sam Okafor,2026-11-10,2026-11-20,',
  ];
  const { dir, plan } = examplePlan('2026-11-15', { 'deals.csv': `\uFEFF${head}\n${rows.join('\n')}\n` });
  const loaded = await loadPlan(plan, dir);

  it('counts the deals that entered each stage and went on, against the plan’s rate', () => {
    expect(loaded.files.flatMap((f) => f.messages.filter((m) => m.fatal === true || f.path.includes("actuals")).map(String))).toEqual([]);
    expect(loaded.model?.actuals?.conversion.map((c) => [c.from, c.to, c.entered, c.converted, c.rate && String(c.rate)])).toEqual([
      ['meeting_booked', 'meeting_held', 5, 3, '0.6'],
      ['meeting_held', 'opportunity', 3, 2, expect.stringMatching(/^0\.6666666666/)],
      ['opportunity', 'won', 2, 1, '0.5'],
    ]);
  });
});
