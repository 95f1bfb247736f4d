import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * One whole process, timed from spawn to exit, with its peak memory.
 *
 * Decision: peak memory is the largest sum, over the process and every descendant, of their proportional set size
 * (Pss in /proc/PID/smaps_rollup), sampled every 100 ms. /usr/bin/time -v reports only the largest single process,
 * which misses Chromium's renderers; summing RSS would count the libraries Chromium's processes share once per
 * process. PSS splits shared pages between the processes that map them, so the sum is what the tree costs. The
 * tree is followed through /proc/PID/task/TID/children, which is cheap enough to read ten times a second on two cores.
 */

export interface ProcessRun {
  ms: number;
  peakMb: number;
  /** The build's own time per stage, in ms, when it printed them (salesplan -v: `  parse 0.21 s` lines). */
  stages?: Record<string, number>;
}

/** The stage lines `salesplan build -v` ends with (cli/build-command.ts timingLines). */
export function stageTimings(stdout: string): Record<string, number> | undefined {
  const stages: Record<string, number> = {};
  for (const match of stdout.matchAll(/^ {2}(\S+) +(\d+\.\d+) s$/gm)) stages[match[1]!] = Number(match[2]) * 1000;
  return Object.keys(stages).length > 0 ? stages : undefined;
}

/** Without a network: every process runs in a network namespace of its own with only the loopback (unshare -n). */
let isolation: string[] | undefined;

function isolated(command: string, args: string[]): [string, string[]] {
  if (isolation === undefined) {
    const probe = spawnSync('unshare', ['-n', 'true']);
    if (probe.status !== 0) {
      throw new Error('bench: `unshare -n` is not available (it needs root or user namespaces): no peer may reach the network');
    }
    isolation = ['-n', '--', 'sh', '-c', 'ip link set lo up 2>/dev/null; exec "$@"', 'sh'];
  }
  return ['unshare', [...isolation, command, ...args]];
}

function children(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[];
  try {
    tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  } catch {
    return found;
  }
  for (const child of tasks) if (child) found.push(Number(child));
  return found;
}

function pssKb(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+) kB/m.exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of PSS over the tree under `root`; threads' own children are followed through the main task only (enough for node and Chromium). */
function treePssKb(root: number): number {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += pssKb(pid);
    stack.push(...children(pid));
  }
  return total;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds; default 20 minutes. */
  timeout?: number;
  /** Read the stage timings salesplan -v prints (see stageTimings). */
  stages?: boolean;
}

/** Runs `command args` in isolation; rejects when it exits non-zero (with its stderr's tail). */
export function runProcess(command: string, args: string[], opts: RunOptions): Promise<ProcessRun> {
  const [cmd, argv] = isolated(command, args);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', opts.stages ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString()).slice(-8000);
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let peakKb = 0;
    const sample = () => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, treePssKb(child.pid));
    };
    const sampler = setInterval(sample, 100);
    const killer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 20 * 60_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(killer);
      const stages = opts.stages ? stageTimings(stdout) : undefined;
      if (code === 0) resolve({ ms, peakMb: peakKb / 1024, ...(stages ? { stages } : {}) });
      else reject(new Error(`bench: ${command} ${args.join(' ')} exited ${code ?? signal}:\n${stderr}`));
    });
  });
}
