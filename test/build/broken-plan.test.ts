import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = path.resolve('bin/salesplan.js');

/** Runs the real CLI; resolves with the exit code instead of rejecting on a non-zero one. */
async function salesplan(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, SALESPLAN_CACHE: path.join(cwd, 'cache') } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, await readFile(path.join(dir, name)).then((b) => b.toString('base64'), () => 'dir')]),
  );
  return Object.fromEntries(entries);
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-broken-'));
  await cp('content', path.join(work, 'plan'), { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a broken plan', () => {
  it('exits 1 with a positioned message and leaves the last good output as it was', async () => {
    const good = await salesplan(['build', 'plan', '--out', 'site', '--no-pdf'], work);
    expect(good.stderr).toMatch(/0 errors/);
    expect(good.code).toBe(0);
    const before = await snapshot(path.join(work, 'site'));
    expect(Object.keys(before)).toContain('index.html');

    // A percent written without its sign: the classic spreadsheet slip.
    const goalsFile = path.join(work, 'plan', '02-goals.md');
    const source = await readFile(goalsFile, 'utf8');
    const lines = source.split('\n');
    const line = lines.findIndex((l) => /^\s*rate:\s*25%\s*$/.test(l));
    expect(line, 'the example plan has a 25% win rate').toBeGreaterThan(-1);
    const column = lines[line]!.indexOf('25%') + 1;
    lines[line] = lines[line]!.replace('25%', '25');
    // And a second, unrelated error in another file, to see both reported in one run.
    const teamFile = path.join(work, 'plan', '03-team.md');
    const team = await readFile(teamFile, 'utf8');
    await writeFile(teamFile, team.replace(/^(\s*)quota: /m, '$1qouta: '));
    await writeFile(goalsFile, lines.join('\n'));

    const bad = await salesplan(['build', 'plan', '--out', 'site', '--no-pdf'], work);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`plan/02-goals.md:${line + 1}:${column}`);
    expect(bad.stderr).toMatch(/did you mean 25%\?/);
    expect(bad.stderr).toMatch(/plan\/03-team\.md:\d+:\d+.*qouta.*did you mean `quota`/);
    expect(bad.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
    expect(await snapshot(path.join(work, 'site'))).toEqual(before);
    const leftovers = (await readdir(work)).filter((name) => name.includes('staging'));
    expect(leftovers).toEqual([]);
  });

  it('refuses an output folder that would swallow the plan', async () => {
    const result = await salesplan(['build', 'plan', '--out', '.'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/contains the plan folder/);
  });
});
