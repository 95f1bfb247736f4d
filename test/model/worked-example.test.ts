import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import type { Decimal } from '../../src/core/decimal.ts';
import { workedExampleFacts } from './worked-example.ts';

const s = (v: Decimal | undefined) => v?.toString();
const fixed = (v: Decimal | undefined, places: number) => v?.toFixed(places);

describe('the worked example of planning-model.md', () => {
  const model = computeModel(workedExampleFacts());
  const stage = (id: string) => model.funnel.find((f) => f.id === id);
  const source = (activity: string) => model.sources.find((r) => r.activity === activity);
  const heads = (role: string) => model.headcount.find((h) => h.role === role);

  it('counts working days Oct 22, Nov 20, Dec 22 = 64', () => {
    expect(model.period.months.map((m) => [m.key, m.workingDays])).toEqual([
      ['2026-10', 22],
      ['2026-11', 20],
      ['2026-12', 22],
    ]);
    expect(model.period.workingDays).toBe(64);
    expect(model.period).toMatchObject({ kind: 'quarter', label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(s(model.period.weeks)).toBe('12.8');
  });

  it('phases the target by working days: 85,937.50 / 78,125.00 / 85,937.50', () => {
    expect(model.period.months.map((m) => fixed(m.target, 2))).toEqual(['85937.50', '78125.00', '85937.50']);
  });

  it('needs 20 deals, exactly the target', () => {
    expect(s(model.deals.needed)).toBe('20');
    expect(s(model.deals.impliedBookings)).toBe('250000');
    expect(s(model.deals.overshoot)).toBe('0');
    expect(model.messages.find((m) => m.code === 'target-not-divisible')).toBeUndefined();
  });

  it('runs the reverse funnel: 80 opportunities, 160 meetings held, 200 booked', () => {
    expect(model.funnel.map((f) => [f.id, s(f.need.period)])).toEqual([
      ['meetings_booked', '200'],
      ['meetings_held', '160'],
      ['opportunities', '80'],
      ['won', '20'],
    ]);
    expect(stage('won')?.outcome).toBe(true);
    expect(stage('won')?.rate).toBeUndefined();
    expect(s(stage('opportunities')?.rate)).toBe('0.25');
    expect(s(stage('meetings_booked')?.perWonDeal)).toBe('10');
    expect(s(stage('opportunities')?.perWonDeal)).toBe('4');
  });

  it('keeps outcomes exact per day and ceils what people do', () => {
    expect(s(stage('won')?.need.perDay)).toBe('0.3125');
    expect(s(stage('meetings_booked')?.need.perDay)).toBe('4'); // 200 / 64 = 3.125
    expect(s(stage('meetings_booked')?.need.perWeek)).toBe('16'); // 200 / 12.8 = 15.625
    // Per month: ceil(need × month share): 20 × 22/64 = 6.875 → 7, 20 × 20/64 = 6.25 → 7.
    expect(stage('won')?.need.perMonth.map(s)).toEqual(['7', '7', '7']);
    expect(stage('meetings_booked')?.need.perMonth.map(s)).toEqual(['69', '63', '69']);
  });

  it('sources 12,800 emails and 12,800 dials, 200 of each per working day', () => {
    for (const activity of ['cold_emails', 'cold_calls']) {
      expect(s(source(activity)?.stageNeed)).toBe('100');
      expect(s(source(activity)?.volume.period)).toBe('12800');
      expect(s(source(activity)?.volume.perDay)).toBe('200');
      expect(s(source(activity)?.volume.perWeek)).toBe('1000');
    }
  });

  it('says 1 won deal per 1,280 cold emails', () => {
    expect(s(source('cold_emails')?.perWonDeal)).toBe('1280');
  });

  it('needs 10.0 SDR FTE → 10 SDRs and 4 BDRs', () => {
    expect(s(heads('sdr')?.fte)).toBe('10');
    expect(s(heads('sdr')?.needed)).toBe('10');
    expect(s(heads('bdr')?.fte)).toBe('4');
    expect(s(heads('bdr')?.needed)).toBe('4');
    expect(heads('sdr')).toMatchObject({ current: 0, planned: 0, missing: 10 });
    expect(heads('ae')).toBeUndefined();
  });

  it('gives each SDR 20 emails and each BDR 50 dials a day', () => {
    const email = model.activities.find((a) => a.activity === 'cold_emails');
    expect(email?.role).toBe('sdr');
    expect(s(email?.perRep.perDay)).toBe('20');
    expect(s(email?.perRep.period)).toBe('1280');
    expect(s(model.activities.find((a) => a.activity === 'cold_calls')?.perRep.perDay)).toBe('50');
  });

  it('shows the AE quota:OTE as 5.0x', () => {
    const ae = model.economics.roles.find((r) => r.role === 'ae');
    expect(s(ae?.quotaToOte)).toBe('5');
    expect(s(ae?.annualQuota)).toBe('600000');
  });

  it('ramps the AEs: RRE 2.00 / 2.25 / 2.75, expected 80,000 / 90,000 / 110,000', () => {
    const months = model.capacity?.months ?? [];
    expect(months.map((m) => fixed(m.rre, 2))).toEqual(['2.00', '2.25', '2.75']);
    expect(months.map((m) => s(m.streetQuota))).toEqual(['100000', '112500', '137500']);
    expect(months.map((m) => s(m.expected))).toEqual(['80000', '90000', '110000']);
  });

  it('shows the monthly gaps: -5,937.50 (93.1%, yellow), +11,875.00, +24,062.50', () => {
    const months = model.capacity?.months ?? [];
    expect(months.map((m) => fixed(m.gap, 2))).toEqual(['-5937.50', '11875.00', '24062.50']);
    expect(fixed(months[0]?.coverage.times(100), 1)).toBe('93.1');
    expect(months.map((m) => m.status)).toEqual(['yellow', 'green', 'green']);
  });

  it('covers the quarter: 280,000 expected, +30,000 (112%)', () => {
    const total = model.capacity?.total;
    expect(total?.key).toBe('2026-Q4');
    expect(s(total?.expected)).toBe('280000');
    expect(s(total?.gap)).toBe('30000');
    expect(s(total?.coverage)).toBe('1.12');
    expect(total?.status).toBe('green');
    expect(s(model.capacity?.hiresToCloseGap)).toBe('0');
  });

  it('relies on 71.43% attainment and needs 3 ramped reps', () => {
    expect(fixed(model.capacity?.requiredAttainment.times(100), 2)).toBe('71.43');
    expect(model.capacity?.requiredAttainment.eq(model.capacity.overAssignment.pow(-1))).toBe(true);
    expect(s(model.capacity?.overAssignment)).toBe('1.4'); // 350,000 street quota / 250,000
    expect(s(model.capacity?.rampedRepsNeeded)).toBe('3'); // 250,000 / (150,000 × 0.8) = 2.08
  });

  it('requires $1,000,000 of pipeline (4.0x)', () => {
    expect(s(model.economics.requiredPipeline)).toBe('1000000');
    expect(s(model.economics.pipelineMultiple)).toBe('4');
  });

  it('opens the requisition for the 2026-11-16 hire by 2026-10-02, not late', () => {
    expect(model.hiring).toEqual([
      {
        id: 'ae-1', // no id in the plan: its role and place in the list
        role: 'ae',
        title: 'Account executive',
        start: '2026-11-16',
        timeToFillDays: 45,
        requisitionOpen: '2026-10-02',
        late: false,
        fullyRamped: '2027-03-01',
      },
    ]);
  });

  it('costs the AE team month by month, start months whole', () => {
    // Two AEs × 3 months + the Oct starter × 3 + the Nov hire × 2 = 11 AE-months at 10,000.
    expect(s(model.economics.roles.find((r) => r.role === 'ae')?.cost)).toBe('110000');
    expect(s(model.economics.teamCost)).toBe('110000');
    expect(s(model.economics.cac)).toBe('5500');
  });

  it('has no errors; warns only that 20 emails a day is far below the common 60-100', () => {
    expect(model.messages.map((m) => [m.severity, m.code, m.at])).toEqual([
      ['warning', 'capacity-unusual', { section: 'team', path: ['roles', 0, 'capacity', 'cold_emails'] }],
    ]);
    // October is 6.9% short: yellow, but not the more-than-10%-short month warning.
    expect(model.messages.find((m) => m.code === 'month-short')).toBeUndefined();
  });
});
