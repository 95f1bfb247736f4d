import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { formatMessages, listCases, preparePlan, type BrokenCase } from './corpus-cases.ts';

/**
 * The bad-input corpus (test/fixtures/broken): every case is built through the real build(), and must report
 * exactly its expected messages (file:line:column, severity, wording) without throwing, and leave the last good
 * output as it was. A sample also goes through the real CLI for its exit code and stderr.
 */
const cases = await listCases();
const run = promisify(execFile);
const CLI = path.resolve('bin/salesplan.js');

let work: string;
let site: string;
let cache: string;
let good: Record<string, string>;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, await readFile(path.join(dir, name)).then((b) => b.toString('base64'), () => 'dir')]),
  );
  return Object.fromEntries(entries);
}

async function siteText(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(html|css|svg|js)$/.test(name));
  return (await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))).join('\n');
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-corpus-'));
  site = path.join(work, 'site');
  cache = path.join(work, 'cache');
  const cwd = path.join(work, 'good');
  await preparePlan({ name: '-', category: '-', defect: '-', expect: { ok: true, messages: [] } }, path.join(cwd, 'plan'));
  const result = await build({ planDir: 'plan', outDir: site, cwd, pdf: false, cacheDir: cache });
  expect(formatMessages(result.files).filter((line) => / error /.test(line))).toEqual([]);
  good = await snapshot(site);
  expect(Object.keys(good)).toContain('index.html');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the bad-input corpus', () => {
  it('has at least 60 cases over every category the issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(cases.map((c) => c.category));
    for (const category of ['yaml-syntax', 'wrong-type', 'missing-field', 'unknown-field', 'negative-zero', 'rate',
      'bare-percent', 'date', 'reference', 'duplicate-id', 'cycle', 'shares', 'currency', 'file', 'diagram', 'outside-link']) {
      expect(categories, category).toContain(category);
    }
  });

  it.each(cases.map((c) => [c.name, c] as [string, BrokenCase]))('%s', async (name, broken) => {
    const cwd = path.join(work, 'cases', name);
    await preparePlan(broken, path.join(cwd, 'plan'));
    const outDir = broken.expect.ok ? path.join(cwd, 'site') : site;
    const result = await build({ planDir: 'plan', outDir, cwd, pdf: false, cacheDir: cache });

    expect(formatMessages(result.files)).toEqual(broken.expect.messages);
    expect(result.ok).toBe(broken.expect.ok);
    for (const line of formatMessages(result.files)) expect(line).not.toMatch(/\n\s+at |internal error/);
    if (broken.expect.ok) {
      const text = await siteText(outDir);
      expect(text).toContain('<html');
      for (const absent of broken.expect.absentFromSite ?? []) expect(text).not.toContain(absent);
    } else {
      expect(await snapshot(site)).toEqual(good);
    }
    expect((await readdir(path.dirname(outDir))).filter((n) => n.includes('.staging-') || n.includes('.old-'))).toEqual([]);
  });
});

describe('the corpus through the real CLI', () => {
  async function salesplan(args: string[], cwd: string) {
    const env = { ...process.env, SALESPLAN_CACHE: cache };
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, env, maxBuffer: 1 << 24 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  const sample = ['yaml-tab-indent', 'currency-euro-code', 'binary-file', 'not-utf8', 'cycle-milestones', 'huge-file', 'utf8-bom'];
  it.each(sample)('%s', async (name) => {
    const broken = cases.find((c) => c.name === name);
    if (!broken) throw new Error(`no corpus case ${name}`);
    const cwd = path.join(work, 'cli', name);
    await preparePlan(broken, path.join(cwd, 'plan'));
    const result = await salesplan(['build', 'plan', '--out', 'site', '--no-pdf'], cwd);
    expect(result.code).toBe(broken.expect.ok ? 0 : 1);
    for (const line of broken.expect.messages) expect(result.stderr).toContain(line.replace(/ (error|warning) /, ' $1 '));
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // no stack trace
    if (!broken.expect.ok) expect(result.stderr).toContain('salesplan: build failed; site/ was left as it was.');
  });

  it('exits 2 with one line for a plan folder that does not exist', async () => {
    const result = await salesplan(['build', 'no-such-plan', '--out', 'site', '--no-pdf'], work);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^salesplan: plan folder \S*no-such-plan was not found$/);
  });
});
