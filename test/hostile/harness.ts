import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Shared ground for the hostile corpus: a workspace per case, the real CLI run in it, and a snapshot of every
 * file the case may not touch, so each case can assert "nothing outside the output changed".
 *
 * Layout of a workspace (all under one temp root):
 *   project/            the cwd of the CLI; a git-less project folder
 *   project/plan/       the plan (a copy of test/fixtures/minimal-plan unless `plan: false`)
 *   outside/            files a hostile plan must never read, publish or change (outside/secret.txt)
 *   cache/ tmp/         the CLI's cache (SALESPLAN_CACHE) and TMPDIR, isolated per case
 */
export const CLI = path.resolve('bin/salesplan.js');
export const MINIMAL_PLAN = path.resolve('test/fixtures/minimal-plan');
export const SECRET = 'TOP-SECRET-8c1f: this line must never appear in any output';

export interface Workspace {
  root: string;
  project: string;
  plan: string;
  outside: string;
  secret: string;
  cache: string;
  tmp: string;
  env: NodeJS.ProcessEnv;
}

const roots: string[] = [];
afterAll(async () => {
  for (const dir of roots.splice(0)) await rm(dir, { recursive: true, force: true });
});

export async function workspace(name: string, options: { plan?: boolean } = {}): Promise<Workspace> {
  const root = await mkdtemp(path.join(tmpdir(), `salesplan-hostile-${name.replace(/[^a-z0-9]+/gi, '-')}-`));
  roots.push(root);
  const project = path.join(root, 'project');
  const plan = path.join(project, 'plan');
  const outside = path.join(root, 'outside');
  const cache = path.join(root, 'cache');
  const tmp = path.join(root, 'tmp');
  await mkdir(project);
  await mkdir(outside);
  await mkdir(tmp);
  const secret = path.join(outside, 'secret.txt');
  await writeFile(secret, `${SECRET}\n`);
  if (options.plan !== false) await cp(MINIMAL_PLAN, plan, { recursive: true });
  const env = { ...process.env, TMPDIR: tmp, SALESPLAN_CACHE: cache, NO_COLOR: '1' };
  return { root, project, plan, outside, secret, cache, tmp, env };
}

/** Replaces `search` with `replace` in a plan file; a missing search text fails loudly (the case would be void). */
export async function editPlanFile(ws: Workspace, name: string, search: string | RegExp, replace: string): Promise<void> {
  const file = path.join(ws.plan, name);
  const text = await readFile(file, 'utf8');
  const edited = text.replace(search, replace);
  if (edited === text) throw new Error(`editPlanFile: ${String(search)} not found in ${name}`);
  await writeFile(file, edited);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once the process is spawned: a fault test drives its interrupt from events the child prints. */
  onSpawn?: (child: ChildProcess) => void;
  /**
   * A safety net, not a measurement: a hang is killed here and reported as `signal: 'SIGKILL'`, which every
   * case's exit-code assertion then fails on. Generous, so a loaded machine never trips it.
   */
  hangAfterMs?: number;
}

/** Runs the real CLI in the workspace's project folder; resolves with the exit code, never rejects. */
export function salesplan(ws: Workspace, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ws.project,
      env: { ...ws.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const net = setTimeout(() => child.kill('SIGKILL'), options.hangAfterMs ?? 240_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(net);
      resolve({ code, signal, stdout, stderr });
    });
    options.onSpawn?.(child);
  });
}

/** path (relative to the snapshot's root) → what it is: a file's mode and content hash, a link's target, … */
export type Snapshot = Map<string, string>;

/**
 * Every entry under `dir`, by lstat (links are recorded, never followed; FIFOs and devices never opened), except
 * the folders named in `skip` (absolute paths, e.g. the output and the cache the case lets the CLI write).
 */
export async function snapshot(dir: string, skip: string[] = []): Promise<Snapshot> {
  const result: Snapshot = new Map();
  const walk = async (current: string): Promise<void> => {
    for (const name of (await readdir(current)).sort()) {
      const full = path.join(current, name);
      if (skip.includes(full)) continue;
      const rel = path.relative(dir, full);
      const stat = await lstat(full);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) result.set(rel, `link ${await readlink(full)}`);
      else if (stat.isDirectory()) {
        result.set(rel, `dir ${mode}`);
        await walk(full);
      } else if (stat.isFile()) result.set(rel, `file ${mode} ${createHash('sha256').update(await readFile(full)).digest('hex')}`);
      else result.set(rel, `special ${mode}`);
    }
  };
  await walk(dir);
  return result;
}

/** The entries that differ between two snapshots, as readable lines ("+ added", "- removed", "~ changed"). */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const [rel, what] of before) {
    if (!after.has(rel)) lines.push(`- ${rel}`);
    else if (after.get(rel) !== what) lines.push(`~ ${rel}`);
  }
  for (const rel of after.keys()) if (!before.has(rel)) lines.push(`+ ${rel}`);
  return lines.sort();
}

/**
 * Snapshots the workspace (except `allowed` folders, by default the cache and TMPDIR), runs `action`, and returns
 * what changed outside them: a case asserts `toEqual([])`, or the exact list it expects (e.g. `+ project/output`).
 */
export async function changedBy<T>(ws: Workspace, action: () => Promise<T>, allowed: string[] = [ws.cache, ws.tmp]): Promise<{ result: T; changed: string[] }> {
  const before = await snapshot(ws.root, allowed);
  const result = await action();
  return { result, changed: changes(before, await snapshot(ws.root, allowed)) };
}

/** No case may end in the generic "This is a bug" message, a stack trace, or a kill by the harness's safety net. */
export function expectNoInternalError(result: RunResult): void {
  if (result.signal === 'SIGKILL') throw new Error(`the CLI hung and was killed; stderr so far:\n${result.stderr}`);
  if (/internal error|This is a bug|\n\s+at \S+ \(/.test(result.stderr)) throw new Error(`internal error:\n${result.stderr}`);
}
