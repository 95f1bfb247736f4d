import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = path.resolve('bin/salesplan.js');

async function numbers(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'numbers', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('salesplan numbers', () => {
  it('prints the model as stable JSON with exact figures', async () => {
    const { code, stdout } = await numbers('content', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.format).toBe('salesplan-numbers/1');
    expect(doc.plan).toMatchObject({ currency: 'USD', locale: 'en-US' });
    expect(doc.period.months.map((m: { workingDays: number }) => m.workingDays)).toEqual([22, 20, 22]);
    expect(doc.deals.needed).toBe('20');
    expect(doc.funnel.map((f: { need: { period: string } }) => f.need.period)).toEqual(['200', '160', '80', '20']);
    expect(doc.sources[0].volume.perDay).toBe('200');
    expect(doc.sources[0].perWonDeal).toBe('1280');
    expect(doc.capacity.months.map((m: { rre: string }) => m.rre)).toEqual(['2', '2.25', '2.75']);
    expect(doc.capacity.months[0].gap).toBe('-5937.5');
    expect(doc.economics.requiredPipeline).toBe('1000000');
    expect(doc.hiring.find((h: { role: string }) => h.role === 'ae').requisitionOpen).toBe('2026-10-02');
  });

  it('exports the role plans, staffing, onboarding, milestones and pipeline stage the handbooks and pages show', async () => {
    const { code, stdout } = await numbers('content', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.period.months.map((m: { fraction: string }) => m.fraction)).toEqual(['1', '1', '1']);
    expect(doc.period.lengthInMonths).toBe('3');
    expect(doc.staffing.find((s: { role: string }) => s.role === 'ae')).toMatchObject({ current: 3, planned: 1, later: 0, needed: '3', neededBasis: 'quota', missing: 0 });
    const sdr = doc.roles.find((r: { role: string }) => r.role === 'sdr');
    expect(sdr.activities[0].perRep).toMatchObject({ perDay: '20', perMonth: ['440', '400', '440'], fullMonth: '427', period: '1280' });
    expect(sdr.outcomes.map((o: { id: string }) => o.id)).toEqual(['meeting_booked', 'meeting_held']);
    expect(sdr.onboarding[1].targets[0]).toMatchObject({ id: 'cold_emails', perDay: '20', fullMonth: '427' });
    expect(doc.roles.find((r: { role: string }) => r.role === 'ae').quota.fullMonth).toEqual({ quota: '50000', expected: '40000' });
    expect(doc.milestones.find((m: { id: string }) => m.id === 'deal_desk_live')).toMatchObject({ start: '2026-10-12', end: '2026-10-21' });
    expect(doc.economics).toMatchObject({ pipelineStage: 'opportunity', pipelineWinRate: '0.25' });
  });

  it('prints one table as CSV: units in the header, names beside ids, figures rounded as the document shows', async () => {
    const funnel = await numbers('content', '--format', 'csv', '--table', 'funnel');
    expect(funnel.code).toBe(0);
    const lines = funnel.stdout.split('\n');
    expect(lines[0]).toBe('stage,stage_name,rate (%),period,2026-10,2026-11,2026-12,per_week,per_day,per_won_deal');
    expect(lines[1]).toBe('meeting_booked,Meeting booked,80,200,69,63,69,16,4,10');
    // The won stage's week and day are rates, to two decimals as the document shows them (1.5625 → 1.56).
    expect(lines[4]).toBe('won,Won,,20,7,7,7,1.56,0.31,1');
    expect(lines).toHaveLength(6); // four stages and the final newline: one table, nothing stacked

    const targets = await numbers('content', '--format', 'csv', '--table', 'role_targets');
    expect(targets.stdout).toMatch(/^sdr,Sales Development Representative,10,headcount,cold_emails,Cold emails,activity,12800,1280,440,400,440,427,100,20$/m);
    // An outcome's full month is a rate: 10 / 3 meetings, shown as 3.33.
    expect(targets.stdout).toMatch(/^sdr,Sales Development Representative,10,headcount,meeting_booked,Meeting booked,stage,100,10,4,3,3,3\.33,0\.78,0\.16$/m);

    const capacity = await numbers('content', '--format', 'csv', '--table', 'capacity');
    expect(capacity.stdout.split('\n')[0]).toBe('month,rre,street_quota (USD),expected (USD),target (USD),gap (USD),coverage (%),status');
    expect(capacity.stdout).toMatch(/^2026-10,2,100000,80000,85937\.5,-5937\.5,93\.1,Short$/m);
  });

  it('every hire row is identifiable, and --exact keeps the full precision', async () => {
    const hiring = await numbers('content', '--format', 'csv', '--table', 'hiring');
    const ids = hiring.stdout.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    const exact = await numbers('content', '--format', 'csv', '--table', 'role_targets', '--exact');
    expect(exact.stdout).toMatch(/,3\.333333333333333333333333333333333333333,0\.78125,0\.15625$/m);
    expect(exact.stdout).not.toMatch(/e[+-]\d/);
  });

  it('writes CSV for the plan locale: `;` and decimal commas in a Swedish plan, unless told otherwise', async () => {
    const sv = await numbers('examples/sv/content', '--format', 'csv', '--table', 'capacity');
    expect(sv.code).toBe(0);
    expect(sv.stdout.split('\n')[0]).toBe('month;rre;street_quota (SEK);expected (SEK);target (SEK);gap (SEK);coverage (%);status');
    expect(sv.stdout).toMatch(/^2026-10;1,98;991258,39;793006,71;873015,87;-80009,16;90,8;Något kort$/m);
    const dot = await numbers('examples/sv/content', '--format', 'csv', '--table', 'capacity', '--decimal', '.');
    expect(dot.stdout).toMatch(/^2026-10,1\.98,991258\.39,/m);
    const tab = await numbers('examples/sv/content', '--format', 'csv', '--table', 'capacity', '--delimiter', 'tab');
    expect(tab.stdout).toMatch(/^2026-10\t1,98\t991258,39\t/m);
  });

  it('refuses CSV without a table, and names the table meant by a typo', async () => {
    const all = await numbers('content', '--format', 'csv');
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/^salesplan: a CSV file holds one table: add --table NAME \(period, deals, funnel, .*\), or use --format xlsx for all of them$/m);
    const typo = await numbers('content', '--table', 'hirng');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^salesplan: there is no table `hirng`; did you mean `hiring`\? \(tables: period, /m);
  });

  it('writes an .xlsx workbook with a sheet per table and typed cells', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'salesplan-xlsx-'));
    try {
      const file = path.join(dir, 'numbers.xlsx');
      const result = await numbers('content', '--format', 'xlsx', '--out', file);
      expect(result.code).toBe(0);
      const book = XLSX.read(await readFile(file), { cellNF: true });
      expect(book.SheetNames).toEqual(['period', 'deals', 'funnel', 'sources', 'stages', 'activities', 'headcount', 'staffing', 'role_targets', 'role_quota', 'onboarding', 'milestones', 'capacity', 'hiring', 'economics']);
      const funnel = book.Sheets.funnel!;
      expect(funnel.C1).toMatchObject({ t: 's', v: 'rate (%)' });
      expect(funnel.C2).toMatchObject({ t: 'n', v: 0.8, z: '0.0%' });
      const period = book.Sheets.period!;
      expect(period.F2).toMatchObject({ t: 'n', v: 85937.5, z: '#,##0.00' });
      // Dates are date cells (Excel serial days), shown as ISO dates.
      expect(period.B2).toMatchObject({ t: 'n', v: 46296, z: 'yyyy-mm-dd' });
      expect(book.Sheets.hiring!.G2).toMatchObject({ t: 'b' });
      // The same plan gives the same bytes.
      const again = path.join(dir, 'again.xlsx');
      await numbers('content', '--format', 'xlsx', '--out', again);
      expect(await readFile(again)).toEqual(await readFile(file));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints aligned tables as the document formats them by default, and rejects an unknown format', async () => {
    const table = await numbers('content');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^HEADCOUNT$/m);
    expect(table.stdout).toMatch(/^2026-10\s+2\.00\s+\$100,000\s+\$80,000\s+\$85,937\.50\s+−\$5,937\.50\s+93\.1%\s+Short$/m);
    const bad = await numbers('content', '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/xml/);
  });
});
