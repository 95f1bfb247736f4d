import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, writeFormat } from '../../bench/generate-actuals.ts';
import { Decimal } from '../../src/core/decimal.ts';
import { MIN_DEALS } from '../../src/model/index.ts';
import { loadPlan } from '../../src/pipeline/index.ts';
import { buildRoleView, dashboardCharts, labelsFor, numbersCsv, planTables, renderSite, type RenderInput } from '../../src/render/index.ts';
import { examplePlan } from './helpers.ts';

/**
 * The dashboards' and the recalibration's figures in the model (model/actuals), against the generated October and
 * first half of November (bench/generate-actuals.ts, HubSpot with stage-entry dates) counted independently here,
 * and the site's dashboard pages rendered from them (no browser).
 */
const AS_OF = '2026-11-15';
const data = generate();
const exportsDir = mkdtempSync(join(tmpdir(), 'salesplan-dashboards-'));
afterAll(() => rmSync(exportsDir, { recursive: true, force: true }));
writeFormat(join(exportsDir, 'hubspot-en'), 'hubspot-en', data);
const { dir, plan } = examplePlan(AS_OF);
const loaded = await loadPlan(plan, dir, {}, { actuals: join(exportsDir, 'hubspot-en') });
const model = loaded.model!;
const a = model.actuals!;
const plain = await loadPlan(plan, dir);

const inPeriod = (d: string | undefined) => d !== undefined && d >= '2026-10-01' && d <= AS_OF;
const STAGES = ['meeting_booked', 'meeting_held', 'opportunity', 'won'];

describe('the dashboards in the model', () => {
  it('a dashboard per team: the development roles, the quota roles, and the head of the team', () => {
    expect(a.dashboards.map((d) => [d.id, d.kind, d.roles])).toEqual([
      ['sdr-bdr', 'development', ['sdr', 'bdr']],
      ['ae', 'closing', ['ae']],
      ['head_of_sales', 'leader', ['head_of_sales']],
    ]);
    const [dev, closing, leader] = a.dashboards;
    expect(closing?.scorecards.map((s) => s.person)).toEqual(['ae-1', 'ae-2', 'ae-3', 'hire-ae-4']);
    expect(dev?.scorecards.map((s) => s.person)).toContain('bdr-2');
    expect(leader?.teams?.map((t) => t.id)).toEqual(['sdr-bdr', 'ae']);
  });

  it('each rep’s scorecard: bookings, quota due, activities and the conversion of the rep’s own deals', () => {
    const closing = a.dashboards[1]!;
    for (const card of closing.scorecards) {
      const won = data.deals.filter((d) => d.owner === card.person && d.status === 'won' && inPeriod(d.closed));
      expect(String(card.bookings?.booked)).toBe(String(won.reduce((s, d) => s + d.cents, 0) / 100));
      expect(card.bookings?.quotaToDate).toEqual(a.reps.find((r) => r.person === card.person)?.quotaToDate);
      const mine = data.deals.filter((d) => d.owner === card.person && inPeriod(d.entered.meeting_booked));
      if (mine.length > 0) expect(card.conversion[0]?.entered).toBe(mine.length);
    }
    expect(String(closing.totals.booked)).toBe(String(a.bookings.booked));
    expect(String(closing.totals.attainmentToDate)).toBe(String(closing.totals.booked.div(closing.totals.quotaToDate!)));
    const emails = data.activities.filter((x) => x.owner === 'sdr-2' && x.type === 'email' && x.done).length;
    const card = a.dashboards[0]!.scorecards.find((s) => s.person === 'sdr-2')!;
    expect(card.activities.map((r) => [r.activity, r.done, String(r.targetPerDay)])).toEqual([['cold_emails', emails, '20']]);
    // The AEs own every deal: their conversion adds up to the team's.
    const sum = (i: number) => closing.scorecards.reduce((n, s) => n + (s.conversion.find((c) => c.from === STAGES[i])?.entered ?? 0), 0);
    expect([0, 1, 2].map(sum)).toEqual(a.conversion.map((c) => c.entered));
  });

  it('the bookings line: a point per working day, ending at the bookings and the pacing to date', () => {
    // 64 working days, and 2026-11-15 (a Sunday) as its own point.
    expect(a.series).toHaveLength(65);
    const last = a.series.filter((p) => p.booked !== undefined).at(-1)!;
    expect([last.date, String(last.booked), String(last.pacing)]).toEqual([AS_OF, String(a.bookings.booked), '125000']);
    expect(String(a.series.at(-1)?.pacing)).toBe('250000');
    // October: 85,937.50 over 22 working days, so its first day asks for 3,906.25.
    expect(String(a.series[0]?.pacing)).toBe('3906.25');
  });

  it('the funnel: the need paced to date (half of it by mid-November) against the deals that entered each stage', () => {
    expect(a.funnel.map((f) => [f.stage, String(f.periodNeed), String(f.needToDate)])).toEqual([
      ['meeting_booked', '200', '100'],
      ['meeting_held', '160', '80'],
      ['opportunity', '80', '40'],
      ['won', '20', '10'],
    ]);
    const entered = STAGES.slice(0, 3).map((s) => data.deals.filter((d) => inPeriod(d.entered[s])).length);
    expect(a.funnel.map((f) => f.actual)).toEqual([...entered, a.bookings.wonDeals]);
  });
});

describe('recalibration', () => {
  // Counted from the generated deals: of those that entered a stage, went on (entered a later one) or were lost in it.
  const decided = STAGES.slice(0, 3).map((stage, i) => {
    const cohort = data.deals.filter((d) => inPeriod(d.entered[stage]));
    const went = cohort.filter((d) => STAGES.slice(i + 1).some((s) => d.entered[s] !== undefined && d.entered[s]! <= AS_OF));
    const lost = cohort.filter((d) => d.status === 'lost' && !went.includes(d));
    return { went: went.length, lost: lost.length };
  });

  it('each rate beside the one measured over the decided deals, suggested from 30 deals, rounded to 0.1%', () => {
    const r = a.recalibration;
    expect(r.minDeals).toBe(MIN_DEALS);
    expect(r.facts.map((f) => [f.path, String(f.plan), f.deals])).toEqual([
      ['goals.funnel.meeting_booked.rate', '0.8', decided[0]!.went + decided[0]!.lost],
      ['goals.funnel.meeting_held.rate', '0.5', decided[1]!.went + decided[1]!.lost],
      ['goals.funnel.opportunity.rate', '0.25', decided[2]!.went + decided[2]!.lost],
      ['goals.average_deal_size', '12500', a.bookings.wonDeals],
    ]);
    r.facts.slice(0, 3).forEach((f, i) => {
      const { went, lost } = decided[i]!;
      expect(String(f.measured)).toBe(String(new Decimal(went).div(went + lost)));
      expect(f.suggested === undefined).toBe(went + lost < MIN_DEALS);
    });
    // This data: 54 of 61 (88.5%) and 21 of 38 (55.3%) are suggested; 3 of 15 and 3 won deals are too few.
    expect(r.overrides.map((o) => [o.path, String(o.value)])).toEqual([
      ['goals.funnel.meeting_booked.rate', '0.885'],
      ['goals.funnel.meeting_held.rate', '0.553'],
    ]);
  });

  it('the plan recomputed with them: 80 opportunities need ceil(80 / 0.553) = 145 held and ceil(145 / 0.885) = 164 booked meetings', () => {
    const row = (key: string) => a.recalibration.recomputed.find((x) => x.key === key);
    const keys = a.recalibration.recomputed.map((x) => x.key);
    const held = a.recalibration.recomputed.find((x) => x.measure === 'stage_need' && x.subject === 'Meeting held');
    const booked = a.recalibration.recomputed.find((x) => x.measure === 'stage_need' && x.subject === 'Meeting booked');
    expect([String(held?.plan), String(held?.measured), String(held?.delta)]).toEqual(['160', '145', '-15']);
    expect([String(booked?.plan), String(booked?.measured), String(booked?.trend)]).toEqual(['200', '164', 'better']);
    // 164 meetings, half by email at one in 128: ceil(82 × 128) = 10,496 emails, ceil(10,496 / 64) = 164 a day.
    const perDay = a.recalibration.recomputed.find((x) => x.measure === 'per_day' && x.subject === 'Cold emails');
    expect(String(perDay?.measured)).toBe('164');
    expect(keys.every((k) => row(k)?.trend !== 'same')).toBe(true);
  });

  it('numbers exports both tables', () => {
    const tables = planTables(model);
    const csv = (name: string) => numbersCsv(tables.find((t) => t.name === name)!, model);
    expect(csv('actuals_recalibration').split('\n').slice(0, 3)).toEqual([
      'path,plan,measured,deals,suggested',
      // Rates in percent, as the other tables' `(%)` columns; the deal size in the currency.
      'goals.funnel.meeting_booked.rate,80,88.5,61,88.5',
      'goals.funnel.meeting_held.rate,50,55.3,38,55.3',
    ]);
    expect(csv('actuals_recomputed')).toContain('funnel,Meeting held,stage_need,160,145,-15');
  });
});

describe('the dashboard pages (site, no browser)', async () => {
  const input = (m: typeof model, charts?: RenderInput['dashboards']): RenderInput => ({
    facts: loaded.facts!,
    model: m,
    sections: [],
    diagrams: new Map(),
    downloads: [],
    warnings: [],
    ...(charts ? { dashboards: charts } : {}),
  });
  const templateDirs = [join(plan, 'templates')];
  const charts = { charts: await dashboardCharts(a, loaded.format!, labelsFor('en-US')) };
  const pages = new Map(renderSite(input(model, charts), { templateDirs }).files.map((f) => [f.path, f.contents]));

  it('a page per dashboard with its charts, every rep of the team, and the leader’s recalibration', () => {
    expect([...pages.keys()].filter((p) => p.startsWith('dashboard-'))).toEqual(['dashboard-sdr-bdr.html', 'dashboard-ae.html', 'dashboard-head_of_sales.html']);
    const ae = pages.get('dashboard-ae.html')!;
    expect(ae).toContain('As of Nov 15, 2026');
    for (const name of ['Jordan Ellis', 'Sam Okafor', 'Riley Chen']) expect(ae).toContain(name);
    expect(ae.match(/<svg/g)?.length).toBe(4);
    // The ids of the two sizes of each chart never clash.
    const ids = [...ae.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const leader = pages.get('dashboard-head_of_sales.html')!;
    expect(leader).toContain('goals.funnel.meeting_held.rate: 55.3%');
    expect(leader).toContain('Recalibration');
  });

  it('without actuals: no dashboard page, no link to one, no dashboard in a role handbook', () => {
    const files = renderSite(input(plain.model!), { templateDirs }).files;
    expect(plain.model?.actuals).toBeUndefined();
    expect(files.map((f) => f.path).filter((p) => p.includes('dashboard'))).toEqual([]);
    expect(files.some((f) => /href="(dashboards\/)?dashboard-/.test(f.contents))).toBe(false);
    expect(buildRoleView(input(plain.model!), 'ae').dashboard).toBeUndefined();
    expect(buildRoleView(input(model), 'ae').dashboard?.pdf).toBe('dashboards/dashboard-ae-2026-11-15.pdf');
  });
});
