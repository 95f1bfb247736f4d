import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonMessages } from '../../src/core/diagnostics/index.ts';
import { build, loadPlan } from '../../src/pipeline/index.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { MINIMAL_PLAN, tempPlan } from '../parse/temp-plan.ts';

const run = promisify(execFile);
const cli = path.resolve('bin/salesplan.js');
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

let site = '';
let handbook = { pages: [] as string[], outline: [] as string[] };

let work = '';

beforeAll(async () => {
  // The example plan (content/) with its scenarios, built once: the site's Scenarios page and the handbook.
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-sensitivity-'));
  const out = path.join(work, 'output');
  const result = await build({ planDir: 'content', outDir: out, cacheDir: path.join(work, 'cache'), roleHandbooks: false });
  expect(result.ok).toBe(true);
  site = await readFile(path.join(out, 'scenarios.html'), 'utf8');
  handbook = await readPdfText(new Uint8Array(await readFile(path.join(out, 'handbook.pdf'))));
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the sensitivity section', () => {
  it('has a heading with a stable id and the ranked table, the input that moves the gap most first', () => {
    expect(site).toContain('<h2 id="sensitivity"');
    const section = text(site.slice(site.indexOf('id="sensitivity"')));
    expect(section).toContain('Base plan +$30,000 20 14 (3)');
    expect(section).toMatch(/Account Executive quota \(plan: \$600,000\) −10% \$540,000 \+\$2,000 20 14 \(3\) \+10% \$660,000 \+\$58,000/);
    expect(section).toContain('Start of hire-ae-4 (Account Executive) (plan: Nov 16, 2026) 4 weeks earlier Oct 19, 2026 +$50,000');
    expect(section.indexOf('Account Executive quota')).toBeLessThan(section.indexOf('Average deal size'));
  });

  it('draws a tornado chart: a bar pair per input that moves the gap, ranked and labelled, with a title', () => {
    const svg = /<div class="chart-svg chart-wide">(<svg[\s\S]*?<\/svg>)/.exec(site)?.[1] ?? '';
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('<title id="tornado-chart-title">The 2026-Q4 gap when one input moves</title>');
    expect(svg).toContain('<desc id="tornado-chart-desc">');
    // Three inputs move the gap (quota, attainment, the AE hire's start): three bars of each colour, one more in the legend.
    expect(svg.match(/fill="#c2410c"/g)?.length).toBe(4);
    expect(svg.match(/fill="#1d4ed8"/g)?.length).toBe(4);
    for (const label of ['Account Executive quota', 'Account Executive attainment', '+2,000', '+58,000', '+50,000', '+20,000']) expect(svg).toContain(label);
    expect(svg.indexOf('Account Executive quota')).toBeLessThan(svg.indexOf('Account Executive attainment'));
    expect(site).toContain('<div class="chart-svg chart-narrow"><svg');
  });

  it('prints in the handbook’s appendix with its bookmark and the top input', () => {
    expect(handbook.outline.at(-1)).toBe('Sensitivity');
    const appendix = handbook.pages.slice(-3).join(' ').replace(/\s+/g, ' ');
    expect(appendix).toContain('Sensitivity');
    expect(appendix).toContain('Account Executive quota');
  });

  it('shows the goal-seek of each scenario too', () => {
    const page = text(site);
    expect(page).toContain('In Downside To cover Oct 2026 (short by $15,937.50): Account Executive attainment ≥ 86% (now 70%)');
  });
});

describe('numbers --scenarios --format json', () => {
  it('exports the sensitivity ranked, with its config', async () => {
    const { stdout } = await run('node', [cli, 'numbers', 'content', '--scenarios', '--format', 'json']);
    const doc = JSON.parse(stdout);
    expect(doc.sensitivity.config).toEqual({ percent: '10', weeks: 4 });
    expect(doc.sensitivity.rows[0]).toMatchObject({ path: 'team.roles.ae.quota', base: '600000', swing: '56000', low: { value: '540000', figures: { gap: '2000' } } });
    expect(doc.scenarios[0].goalSeek.length).toBeGreaterThan(0);
  });
});

describe('sensitivity settings in scenarios.yaml', () => {
  async function load(sensitivity: string) {
    const files: Record<string, string> = {};
    for (const name of readdirSync(MINIMAL_PLAN)) files[name] = readFileSync(path.join(MINIMAL_PLAN, name), 'utf8');
    files['scenarios.yaml'] = `scenarios:\n  - id: low\n    overrides:\n      goals.target: 200000\nsensitivity:\n${sensitivity}`;
    const plan = await loadPlan('content', tempPlan(files).cwd);
    return { plan, errors: toJsonMessages(plan.files).filter((m) => m.severity === 'error') };
  }

  it('moves each input by the percent and weeks given', async () => {
    const { plan, errors } = await load('  percent: 5%\n  weeks: 2\n');
    expect(errors).toEqual([]);
    expect(plan.scenarios?.sensitivity?.config).toEqual({ percent: expect.anything(), weeks: 2 });
    expect(plan.scenarios?.sensitivity?.config.percent.toString()).toBe('5');
  });

  it('refuses a bad percent and weeks, each at its place', async () => {
    const { errors } = await load('  percent: 150\n  weeks: 2.5\n  step: 1\n');
    const at = (line: number) => errors.filter((e) => e.file?.endsWith('scenarios.yaml') && e.line === line);
    expect(at(6)[0]?.reason).toMatch(/percent.*at most 90/);
    expect(at(7)[0]?.reason).toMatch(/whole number of weeks/);
    expect(at(8).length).toBe(1);
  });
});
