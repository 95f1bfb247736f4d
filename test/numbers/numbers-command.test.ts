import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
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

  it('prints CSV blocks a spreadsheet can take', async () => {
    const { code, stdout } = await numbers('content', '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout).toContain('# funnel\nstage,rate,period,2026-10,2026-11,2026-12,per_week,per_day,per_won_deal\n');
    expect(stdout).toContain('meeting_booked,0.8,200,');
    expect(stdout).toMatch(/^sdr,10,10,6,2,2$/m);
    expect(stdout).toContain('# staffing\nrole,current,planned,leaving,later,needed,needed_basis,missing\n');
    expect(stdout).toMatch(/^ae,3,1,0,0,3,quota,0$/m);
    expect(stdout).toContain('# role_targets\n');
    expect(stdout).toMatch(/^sdr,10,headcount,cold_emails,activity,12800,1280,440,400,440,427,100,20$/m);
    expect(stdout).toMatch(/^deal_desk_live,revops,2026-10-12,2026-10-21,10,false$/m);
  });

  it('prints aligned tables by default, and rejects an unknown format', async () => {
    const table = await numbers('content');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^HEADCOUNT$/m);
    expect(table.stdout).toMatch(/^2026-10\s+2\s+100000\s+80000\s+85937\.5\s+-5937\.5/m);
    const bad = await numbers('content', '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/xml/);
  });
});
