import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS, generate, writeFormat } from '../../bench/generate-actuals.ts';
import { loadPlan } from '../../src/pipeline/index.ts';
import type { ActualsModel } from '../../src/model/index.ts';
import { examplePlan } from './helpers.ts';

/**
 * The example plan with the same October and first half of November (bench/generate-actuals.ts) exported from
 * each CRM in its own layout, English and Swedish, CSV and XLSX, and from a CRM salesplan does not know through
 * the mapping file: every figure the same whichever export it came from.
 */
const AS_OF = '2026-11-15';
const data = generate();
const exportsDir = mkdtempSync(join(tmpdir(), 'salesplan-actuals-exports-'));
afterAll(() => rmSync(exportsDir, { recursive: true, force: true }));
for (const format of FORMATS) writeFormat(join(exportsDir, format), format, data);
const { dir, plan } = examplePlan(AS_OF);

const results = new Map<string, { actuals?: ActualsModel; errors: string[] }>();
for (const format of FORMATS) {
  const loaded = await loadPlan(plan, dir, {}, { actuals: join(exportsDir, format) });
  results.set(format, { ...(loaded.model?.actuals ? { actuals: loaded.model.actuals } : {}), errors: loaded.files.flatMap((f) => f.messages.filter((m) => m.fatal !== false || f.path.includes(format)).map(String)) });
}
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
// What the stage-entry dates give (only HubSpot's and the mapped export have them) is compared apart, below.
const figures = (a: ActualsModel | undefined) => {
  const { exports: _exports, conversion: _conversion, funnel, recalibration: _recalibration, dashboards, ...rest } = json(a);
  const cards = dashboards.map((d: { scorecards: { conversion: unknown }[] }) => ({ ...d, scorecards: d.scorecards.map(({ conversion: _c, ...card }) => card) }));
  return { ...rest, dashboards: cards, funnel: funnel.map((f: { stage: string; needToDate: string }) => [f.stage, f.needToDate]) };
};

describe('the same deals from every CRM export give the same figures', () => {
  it.each(FORMATS)('%s reads without a message, recognised as its CRM and language', (format) => {
    const result = results.get(format);
    expect(result?.errors).toEqual([]);
    const [crm, language = 'en'] = format.split('-');
    expect(result?.actuals?.exports.map((e) => [e.crm, e.language, e.kind])).toEqual([
      [crm, language, 'activities'],
      [crm, language, 'deals'],
    ]);
  });

  it.each(FORMATS.filter((f) => f !== 'hubspot-en'))('%s: every figure equals the HubSpot export’s', (format) => {
    expect(figures(results.get(format)?.actuals)).toEqual(figures(results.get('hubspot-en')?.actuals));
  });

  it('the figures are the generated data’s, counted independently', () => {
    const a = results.get('hubspot-en')?.actuals;
    const won = data.deals.filter((d) => d.status === 'won' && d.closed !== undefined && d.closed >= '2026-10-01' && d.closed <= AS_OF);
    expect(String(a?.bookings.booked)).toBe(String(won.reduce((s, d) => s + d.cents, 0) / 100));
    expect(a?.bookings.wonDeals).toBe(won.length);
    expect(a?.outside.wonBefore.deals).toBe(3);
    expect(a?.counts.deals).toBe(data.deals.length);
    const emails = data.activities.filter((x) => x.owner === 'sdr-4' && x.type === 'email' && x.done).length;
    expect(a?.activities.find((r) => r.person === 'sdr-4' && r.activity === 'cold_emails')?.done).toBe(emails);
    expect(a?.counts.notDone).toBe(data.activities.filter((x) => !x.done).length);
    expect(String(a?.bookings.pacing)).toBe('125000');
  });

  it('conversion: the same from every export with stage-entry dates; none measured from those without', () => {
    const measured = (f: string) => json(results.get(f)?.actuals?.conversion);
    const entered = data.deals.filter((d) => d.entered.meeting_booked && d.entered.meeting_booked >= '2026-10-01').length;
    expect(measured('hubspot-en')[0].entered).toBe(entered);
    expect(measured('hubspot-sv')).toEqual(measured('hubspot-en'));
    expect(measured('mapped')).toEqual(measured('hubspot-en'));
    expect(json(results.get('mapped')?.actuals?.recalibration)).toEqual(json(results.get('hubspot-en')?.actuals?.recalibration));
    for (const f of ['pipedrive-en', 'pipedrive-sv', 'salesforce-en', 'salesforce-sv']) {
      expect(measured(f).map((c: { entered: number }) => c.entered)).toEqual([0, 0, 0]);
    }
  });
});
