import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, writeFormat } from '../../bench/generate-actuals.ts';
import { Decimal } from '../../src/core/decimal.ts';
import { formatFor } from '../../src/render/index.ts';
import { salesplan } from '../cli/run-cli.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { examplePlan } from './helpers.ts';

/**
 * The example plan built once, PDFs and all, with the generated HubSpot exports in its actuals/ folder as of
 * 2026-11-15: a dashboard page and a dated PDF per team, their figures those of numbers.json, the role handbooks
 * naming their team's dashboard.
 */
const AS_OF = '2026-11-15';
const exportsDir = mkdtempSync(join(tmpdir(), 'salesplan-dashboards-build-'));
afterAll(() => rmSync(exportsDir, { recursive: true, force: true }));
writeFormat(exportsDir, 'hubspot-en', generate());
const files = Object.fromEntries(readdirSync(exportsDir).map((name) => [name, readFileSync(join(exportsDir, name))]));
const { dir, plan } = examplePlan(AS_OF, files);
const out = join(dir, 'out');
const run = await salesplan(['build', plan, '-o', out, '--cache-dir', join(dir, 'cache')], dir);
const json = JSON.parse(readFileSync(join(out, 'numbers.json'), 'utf8'));
const f = formatFor({ locale: 'en-US', currency: 'USD' } as Parameters<typeof formatFor>[0]);
const page = (name: string) => readFileSync(join(out, name), 'utf8');
const PDFS = ['dashboard-sdr-bdr-2026-11-15.pdf', 'dashboard-ae-2026-11-15.pdf', 'dashboard-head_of_sales-2026-11-15.pdf'];

describe('a build with actuals: the dashboards', () => {
  it('builds, with a page per team and a PDF each, dated by the as-of day', () => {
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['dashboard-sdr-bdr.html', 'dashboard-ae.html', 'dashboard-head_of_sales.html']) expect(existsSync(join(out, name))).toBe(true);
    expect(readdirSync(join(out, 'dashboards')).sort()).toEqual([...PDFS].sort());
    // Linked from every page's footer, and from each dashboard to its PDF.
    expect(page('index.html')).toContain('href="dashboards/dashboard-ae-2026-11-15.pdf"');
    expect(page('dashboard-ae.html')).toContain('href="dashboards/dashboard-ae-2026-11-15.pdf"');
  });

  it('the pages show the figures numbers.json holds', () => {
    const a = json.actuals;
    const money = (v: string) => f.moneyWhole(new Decimal(v));
    const ae = page('dashboard-ae.html');
    for (const figure of [money(a.bookings.booked), money(a.bookings.pacing), money(a.forecast.pipeline), f.percent(new Decimal(a.bookings.attainment))]) expect(ae).toContain(figure);
    const closing = a.dashboards.find((d: { id: string }) => d.id === 'ae');
    for (const card of closing.scorecards) {
      const html = ae.slice(ae.indexOf(`<h3>${card.name} `));
      expect(html.slice(0, html.indexOf('</section>'))).toContain(money(card.bookings.quotaToDate));
    }
    const dev = page('dashboard-sdr-bdr.html');
    const row = a.activities.find((r: { person: string }) => r.person === 'sdr-1');
    expect(dev).toContain(`${f.ratio(new Decimal(row.perDay))} of 20 a day`);
    const leader = page('dashboard-head_of_sales.html');
    for (const o of a.recalibration.overrides) expect(leader).toContain(`${o.path}: ${new Decimal(o.value).times(100)}%`);
  });

  it('each PDF holds the as-of date and its reps’ names', async () => {
    const text = async (name: string) => (await readPdfText(readFileSync(join(out, 'dashboards', name)))).pages.join('\n').replace(/\s+/g, ' ');
    const ae = await text('dashboard-ae-2026-11-15.pdf');
    expect(ae).toContain('As of Nov 15, 2026');
    for (const name of ['Jordan Ellis', 'Sam Okafor', 'Riley Chen']) expect(ae).toContain(name);
    const dev = await text('dashboard-sdr-bdr-2026-11-15.pdf');
    for (const name of ['Aisha Rahman', 'Chris Adeyemi', 'Mia Svensson']) expect(dev).toContain(name);
    const leader = await text('dashboard-head_of_sales-2026-11-15.pdf');
    expect(leader).toContain('As of Nov 15, 2026');
    expect(leader).toContain('goals.funnel.meeting_booked.rate: 88.5%');
  });

  it('the role handbooks name their team’s dashboard', async () => {
    const text = async (role: string) => (await readPdfText(readFileSync(join(out, 'handbooks', `${role}.pdf`)))).pages.join('\n').replace(/\s+/g, ' ');
    expect(await text('ae')).toContain('dashboards/dashboard-ae-2026-11-15.pdf');
    expect(await text('bdr')).toContain('dashboards/dashboard-sdr-bdr-2026-11-15.pdf');
  });
});
