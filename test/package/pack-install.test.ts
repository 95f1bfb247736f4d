import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a plan repo gets it: `npm pack` (prepack compiles src/ to dist/), the tarball installed into an
 * empty folder, and salesplan run there through npx, with no TypeScript at run time. Installs from the npm cache
 * the project's own `npm ci` filled (--prefer-offline): only missing entries go to the registry.
 */

const exec = promisify(execFile);
const ROOT = path.resolve('.');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

let work: string;
let app: string;

/** The environment without what `npm test` exports (npm_config_*, npm_package_*), which would point npm at the clone. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return { ...env, CHROME_PATH: '/usr/bin/chromium', SALESPLAN_CACHE: path.join(work, 'cache'), ...extra };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-pack-'));
  app = path.join(work, 'plan-repo');
  await mkdir(app);
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string }];
  await writeFile(path.join(app, 'package.json'), `${JSON.stringify({ name: 'plan-repo', private: true, type: 'module' }, null, 2)}\n`);
  const installed = await run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, filename)], app);
  expect(installed.code, installed.stderr).toBe(0);
}, 900_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('has no TypeScript runner and no sources: the CLI is the compiled JavaScript', async () => {
    const tsx = await run('npm', ['ls', 'tsx', '--all'], app);
    expect(tsx.stdout).not.toContain('tsx@');
    expect(tsx.stdout).toContain('(empty)');
    const installed = path.join(app, 'node_modules/salesplan');
    expect(existsSync(path.join(installed, 'dist/cli/main.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
  });

  it('runs init, check and build through npx, with the system Chromium', async () => {
    const init = await run('npx', ['salesplan', 'init'], app);
    expect(init.code, init.stderr).toBe(0);
    expect((await readdir(path.join(app, 'content'))).filter((name) => name.endsWith('.md'))).toHaveLength(8);

    const check = await run('npx', ['salesplan', 'check'], app);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain('content: the plan is valid (8 files checked)');

    const build = await run('npx', ['salesplan', 'build'], app);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/^Built output\/ from 8 files: 8 pages, \d+ diagrams \(0 cached\), \d+ PDFs in /);
    const output = path.join(app, 'output');
    expect(await readFile(path.join(output, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    // The diagrams were drawn by the browser (mermaid's files found through the installed package), not left as source.
    expect(await readFile(path.join(output, 'process.html'), 'utf8')).toContain('<svg');
    const pdfs = ['handbook.pdf', ...(await readdir(path.join(output, 'handbooks'))).map((name) => `handbooks/${name}`)];
    expect(pdfs.length).toBeGreaterThan(1);
    for (const pdf of pdfs) expect((await readFile(path.join(output, pdf))).subarray(0, 5).toString()).toBe('%PDF-');
  }, 300_000);

  it('is a library: `import { check, build, computeModel } from "salesplan"`, with its types', async () => {
    await writeFile(
      path.join(app, 'use.mjs'),
      `import { build, check, computeModel } from 'salesplan';
const result = await check('content');
const again = computeModel(result.facts);
console.log(JSON.stringify({ ok: result.ok, messages: result.messages, build: typeof build, same: JSON.stringify(again) === JSON.stringify(result.model) }));
`,
    );
    const used = await run(process.execPath, ['use.mjs'], app);
    expect(used.code, used.stderr).toBe(0);
    expect(JSON.parse(used.stdout)).toEqual({ ok: true, messages: [], build: 'function', same: true });

    // The declarations resolve through `exports`: a wrong type is an error, so they are not `any`.
    await writeFile(
      path.join(app, 'use.ts'),
      `import { check, type BuildOptions, type CheckResult, type JsonMessage, type PlanModel } from 'salesplan';
const result: CheckResult = await check('content');
const model: PlanModel | undefined = result.model;
const first: JsonMessage | undefined = result.messages[0];
const options: BuildOptions = { planDir: 'content', outDir: 'output', pdf: false };
// @ts-expect-error ok is a boolean
const wrong: string = result.ok;
export { model, first, options, wrong };
`,
    );
    const config = { compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['use.ts'] };
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify(config));
    const types = await run(process.execPath, [TSC, '-p', '.'], app);
    expect(types.stdout + types.stderr).toBe('');
    expect(types.code).toBe(0);
  });
});
