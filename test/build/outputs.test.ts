import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { OUTPUTS, outputSettings, planOutputs } from '../../src/pipeline/outputs/index.ts';
import { salesplan } from '../cli/run-cli.ts';

const enabledIds = (settings: Parameters<typeof outputSettings>[0]) => planOutputs(outputSettings(settings)).enabled.map((o) => o.id);

describe('the outputs table', () => {
  it('enables each output from the settings, in the table’s order', () => {
    // The dashboards print only when the plan has actuals; they are enabled with the PDFs.
    expect(OUTPUTS.map((o) => o.id)).toEqual(['site', 'handbook', 'role-handbooks', 'dashboards', 'numbers']);
    expect(enabledIds({})).toEqual(['site', 'handbook', 'role-handbooks', 'dashboards', 'numbers']);
    expect(enabledIds({ roleHandbooks: false })).toEqual(['site', 'handbook', 'dashboards', 'numbers']);
    expect(enabledIds({ pdf: false })).toEqual(['site', 'numbers']);
    expect(enabledIds({ site: false })).toEqual(['handbook', 'role-handbooks', 'dashboards', 'numbers']);
    expect(enabledIds({ numbers: false })).toEqual(['site', 'handbook', 'role-handbooks', 'dashboards']);
  });

  it('needs the browser only when an enabled output prints', () => {
    expect(planOutputs(outputSettings({})).needsBrowser).toBe(true);
    expect(planOutputs(outputSettings({ pdf: false })).needsBrowser).toBe(false);
  });

  it('links the PDFs another process prints (dev), unless role handbooks are off', async () => {
    const { facts, model } = await loadPlan(path.resolve('test/fixtures/minimal-plan'), process.cwd());
    if (!facts || !model) throw new Error('the minimal plan did not validate');
    const hrefs = (settings: Parameters<typeof outputSettings>[0]) =>
      planOutputs(outputSettings(settings))
        .downloads({ facts, model })
        .map((d) => d.href);
    const roles = model.roles.filter((r) => r.handbook).map((r) => `handbooks/${r.role}.pdf`);
    expect(roles).toEqual(['handbooks/sdr.pdf', 'handbooks/bdr.pdf', 'handbooks/ae.pdf']);
    expect(hrefs({ pdf: false, numbers: false })).toEqual([]);
    expect(hrefs({ pdf: false })).toEqual(['numbers.xlsx', 'numbers.json']);
    expect(hrefs({ pdf: false, linkPdfs: true, numbers: false })).toEqual(['handbook.pdf', ...roles]);
    expect(hrefs({ pdf: false, linkPdfs: true, roleHandbooks: false, numbers: false })).toEqual(['handbook.pdf']);
  });
});

// Real builds through the CLI of a project whose config turns the role handbooks off and asks for A4 paper (an
// en-US plan's own would be Letter);
// the builds share one cache, so a PDF printed once is copied after.
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'salesplan-outputs-'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(project, 'content'), { recursive: true });
  const config = { formats: { roleHandbooks: false }, paper: { size: 'A4', margin: { left: '20mm' } } };
  await writeFile(path.join(project, 'salesplan.config.json'), JSON.stringify(config, null, 2));
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

const files = (out: string) => readdir(path.join(project, out), { recursive: true });
const read = (out: string, file: string) => readFile(path.join(project, out, file));
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!);

async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const { width, height } = page.getSize();
    return { width: Math.round(width), height: Math.round(height) };
  });
}

/** The leftmost x of any text on a page, in points: where the left margin ends (the running header starts there; page 3, past the contents, whose list numbers hang). */
async function leftmostText(bytes: Uint8Array, pageNumber: number): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(pageNumber)).getTextContent();
    const xs = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [(item.transform as number[])[4]!] : []));
    return Math.min(...xs);
  } finally {
    await doc.destroy();
  }
}

describe('building with outputs turned on and off', () => {
  it('`formats.roleHandbooks: false` prints no handbooks/ and the site does not link them; paper A4 beats the plan\'s Letter', async () => {
    const run = await salesplan(['build'], project);
    expect(run.stderr).toContain('0 errors');
    expect(run.code).toBe(0);
    const written = await files('output');
    expect(written).toContain('handbook.pdf');
    expect(written.filter((f) => f.startsWith('handbooks'))).toEqual([]);
    const index = (await read('output', 'index.html')).toString();
    expect(hrefs(index)).toContain('handbook.pdf');
    expect(hrefs(index).filter((h) => h.startsWith('handbooks/'))).toEqual([]);

    const sizes = await pageSizes(await read('output', 'handbook.pdf'));
    expect(sizes.length).toBeGreaterThan(3);
    // A4 is 210 × 297 mm: 595 × 842 pt (the en-US plan's own Letter would be 612 × 792).
    for (const size of sizes) expect(size).toEqual({ width: 595, height: 842 });
    // The config's left margin, 20 mm = 56.7 pt (the default 16 mm would be 45.4 pt), for Chromium and the header.
    expect(await leftmostText(new Uint8Array(await read('output', 'handbook.pdf')), 3)).toBeCloseTo((20 / 25.4) * 72, 0);
  });

  it('`--role-handbooks` beats the config: one PDF per role, linked from the site, on the same paper', async () => {
    const run = await salesplan(['build', '--role-handbooks', '-o', 'with-roles'], project);
    expect(run.code).toBe(0);
    const roles = (await files('with-roles')).filter((f) => f.startsWith('handbooks/')).sort();
    expect(roles).toEqual(['handbooks/ae.pdf', 'handbooks/bdr.pdf', 'handbooks/sdr.pdf']);
    const index = (await read('with-roles', 'index.html')).toString();
    for (const role of roles) expect(hrefs(index)).toContain(role);
    for (const size of await pageSizes(await read('with-roles', 'handbooks/ae.pdf'))) expect(size).toEqual({ width: 595, height: 842 });
  });

  it('`--no-pdf` writes the site with no PDF and no link to one; `--no-site` the PDFs only', async () => {
    expect((await salesplan(['build', '--no-pdf', '-o', 'site-only'], project)).code).toBe(0);
    const siteOnly = await files('site-only');
    expect(siteOnly.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(hrefs((await read('site-only', 'index.html')).toString()).filter((h) => h.endsWith('.pdf'))).toEqual([]);

    expect((await salesplan(['build', '--no-site', '-o', 'pdf-only'], project)).code).toBe(0);
    const pdfOnly = await files('pdf-only');
    expect(pdfOnly.filter((f) => f.endsWith('.html'))).toEqual([]);
    expect(pdfOnly).toContain('handbook.pdf');
  });

  it('writes numbers.json, numbers.xlsx and a CSV per table, the documents `salesplan numbers` prints, and links them; `--no-numbers` does not', async () => {
    const json = await salesplan(['numbers', 'content', '--format', 'json'], project);
    expect((await read('output', 'numbers.json')).toString()).toBe(json.stdout);
    const csv = await salesplan(['numbers', 'content', '--format', 'csv', '--table', 'funnel'], project);
    expect((await read('output', 'numbers/funnel.csv')).toString()).toBe(csv.stdout);
    expect((await files('output')).filter((f) => f.startsWith('numbers/')).length).toBeGreaterThanOrEqual(13);
    const xlsx = path.join(project, 'numbers-cli.xlsx');
    expect((await salesplan(['numbers', 'content', '--format', 'xlsx', '--out', xlsx], project)).code).toBe(0);
    expect(await read('output', 'numbers.xlsx')).toEqual(await readFile(xlsx));
    const doc = JSON.parse((await read('output', 'numbers.json')).toString());
    expect(doc.format).toBe('salesplan-numbers/1');
    const index = (await read('output', 'index.html')).toString();
    expect(hrefs(index)).toEqual(expect.arrayContaining(['numbers.json', 'numbers.xlsx']));
    expect(index).toContain('All figures (Excel workbook, a sheet per table)');

    expect((await salesplan(['build', '--no-pdf', '--no-numbers', '-o', 'no-numbers'], project)).code).toBe(0);
    expect((await files('no-numbers')).filter((f) => f.startsWith('numbers'))).toEqual([]);
    expect(hrefs((await read('no-numbers', 'index.html')).toString()).filter((h) => h.startsWith('numbers.'))).toEqual([]);
  });

  it('reports a paper setting it cannot use at its place in the config', async () => {
    const bad = await mkdtemp(path.join(tmpdir(), 'salesplan-outputs-bad-'));
    try {
      await writeFile(path.join(bad, 'salesplan.config.json'), '{\n  "paper": { "size": "A5", "margin": { "top": "18" } }\n}\n');
      const run = await salesplan(['build', 'missing'], bad);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/salesplan\.config\.json:2:\d+ error .*A4, Letter/);
      expect(run.stderr).toMatch(/salesplan\.config\.json:2:\d+ error .*length such as 18mm/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});
