import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const run = promisify(execFile);
const cli = path.resolve('bin/salesplan.js');

/** Visible text of a page: tags out, entities of the figures back, whitespace collapsed. */
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

let site = '';
let index = '';
let handbook = { pages: [] as string[], outline: [] as string[] };

let work = '';

beforeAll(async () => {
  // The example plan (content/) with its downside and stretch scenarios, built once: the site and the handbook.
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-scenarios-'));
  const out = path.join(work, 'output');
  const result = await build({ planDir: 'content', outDir: out, cacheDir: path.join(work, 'cache'), roleHandbooks: false });
  expect(result.ok).toBe(true);
  site = await readFile(path.join(out, 'scenarios.html'), 'utf8');
  index = await readFile(path.join(out, 'index.html'), 'utf8');
  handbook = await readPdfText(new Uint8Array(await readFile(path.join(out, 'handbook.pdf'))));
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the comparison page', () => {
  it('is in the navigation after the sections', () => {
    expect(index).toContain('href="scenarios.html"');
  });

  it('shows the base and each scenario side by side, with the model’s figures and differences', () => {
    const page = text(site);
    expect(page).toContain('Base plan Downside Stretch');
    // October: the worked example's gap, the downside at 70% attainment (70,000 expected), the stretch target.
    expect(page).toContain('Oct 2026: Gap −$5,937.50 −$15,937.50 ▼ −$10,000 worse than the base plan −$23,125 ▼ −$17,187.50');
    expect(page).toContain('Oct 2026: Coverage 93.1% Short 81.5% Short ▼ −11.6% worse than the base plan 77.6% At risk ▼ −15.5%');
    expect(page).toContain('Opportunity needed 80 100 ▼ +20');
    expect(page).toContain('Cold emails per day 200 313 ▼ +113');
    expect(page).toContain('Heads missing 3 10 ▼ +7');
    expect(page).toContain('Target $250,000 $250,000 $300,000 ● +$50,000 changed from the base plan');
    expect(page).toContain('goals.funnel.opportunity.rate : 20%');
  });

  it('says what it takes to cover October, one input at a time, and what cannot', () => {
    const page = text(site);
    // The answers are checked against the model in test/model/goal-seek.test.ts; here, that the page words them.
    expect(page).toContain('What it takes');
    expect(page).toContain('To cover Oct 2026 (short by $5,937.50): Account Executive attainment ≥ 86% (now 80%), or');
    expect(page).toContain('or Riley Chen starting by Sep 30, 2026 (now Oct 1, 2026)');
    expect(page).toContain('Not reachable by one input alone: Account Executive: more from Oct 1, 2026.');
    expect(page).toMatch(/For the Sales Development Representative role to need no more people than it has and plans \(2 missing\): .*win rate ≥ 31\.3% \(now 25%\)/);
  });

  it('draws the monthly gap per scenario as an SVG chart with the exact gaps as labels', () => {
    const chart = /<div class="chart-svg"[^>]*>([\s\S]*?<\/svg>)/.exec(site)?.[1] ?? '';
    expect(chart).toMatch(/^<svg/);
    for (const label of ['−5,937.50', '−15,937.50', '−23,125', '+24,062.50', '+1,562.50']) expect(chart).toContain(label);
    expect(chart).toContain('Base plan');
    expect(chart).not.toContain('<script');
  });
});

describe('the handbook appendix', () => {
  it('prints the comparison last, with a bookmark', () => {
    // After the last section, with its groups under it.
    expect(handbook.outline.indexOf('Scenarios')).toBeGreaterThan(handbook.outline.indexOf('Performance and Metrics'));
    // The goal-seek (the base's, then each scenario's), then the sensitivity (test/scenarios/sensitivity.test.ts) close it.
    expect(handbook.outline.slice(-4)).toEqual(['What it takes', 'In Downside', 'In Stretch', 'Sensitivity']);
    const appendix = handbook.pages.slice(-7).join(' ').replace(/\s+/g, ' ');
    expect(appendix).toContain('Scenarios');
    expect(appendix).toContain('−$15,937.50');
    expect(appendix).toContain('−$23,125');
    expect(appendix).toContain('At risk');
    expect(appendix).toContain('Riley Chen starting by Sep 30, 2026');
    // Its pages' running header names it, not the section before it.
    expect(handbook.pages.at(-1)).toContain('Quillspend Q4 2026 Sales Plan · Scenarios');
  });
});

describe('numbers --scenario and --scenarios', () => {
  it('prints one scenario’s tables', async () => {
    const { stdout } = await run('node', [cli, 'numbers', 'content', '--scenario', 'downside', '--table', 'capacity']);
    expect(stdout).toMatch(/2026-10 +2\.00 +\$100,000 +\$70,000 +\$85,937\.50 +−\$15,937\.50 +81\.5% +Short/);
  });

  it('prints the comparison as CSV, a column per scenario and its difference', async () => {
    const { stdout } = await run('node', [cli, 'numbers', 'content', '--scenarios', '--format', 'csv']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('group,subject,measure,base,downside,stretch,downside_vs_base,stretch_vs_base');
    expect(lines).toContain('capacity,2026-10,gap,-5937.5,-15937.5,-23125,-10000,-17187.5');
    expect(lines).toContain('capacity,2026-10,status,Short,Short,At risk,,');
  });

  it('exports the goal-seek as a table', async () => {
    const { stdout } = await run('node', [cli, 'numbers', 'content', '--scenarios', '--table', 'goal_seek', '--format', 'csv']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('goal,goal_key,shortfall,input,path,subject,subject_name,current,reachable,value,one_step_less');
    expect(lines).toContain('month,2026-10,-5937.5,start,team.people.ae-3.start,ae-3,Riley Chen,2026-10-01,true,2026-09-30,2026-10-01');
    expect(lines).toContain('month,2026-10,-5937.5,headcount,team.hires,ae,Account Executive,0,false,,');
  });

  it('names the scenarios when one does not exist (exit 2)', async () => {
    const failure = await run('node', [cli, 'numbers', 'content', '--scenario', 'downsde']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('there is no scenario `downsde`; did you mean `downside`? (scenarios: downside, stretch)');
  });
});
