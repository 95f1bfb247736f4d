import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE_PLAN } from './generate-plan.ts';

/**
 * The startup case of `npm run bench`: whole processes, timed from spawn to exit, as a person at a prompt waits
 * for them. `node -e 0` is the floor. Each command runs as the installed package runs it (dist/, compiled first),
 * as a clone runs it (src/ through tsx) and, with BENCH_BEFORE=<another checkout>, as that checkout's CLI does
 * (`git worktree add /tmp/before main` gives one). Runs are paired: every round runs each variant once, in
 * turn, so a busy machine slows all of them alike; the table shows medians.
 */

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');

interface Variant {
  name: string;
  bin: string;
  env: Record<string, string>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Spawn to exit. Any exit code counts: a CLI from before `--version` existed answers it with a usage error. */
async function timed(args: string[], env: Record<string, string>, cwd: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 }).catch(
    (error: { code?: unknown }) => {
      if (typeof error.code !== 'number') throw error;
    },
  );
  return performance.now() - started;
}

export async function benchStartup(runs: number, log: (line: string) => void): Promise<string[]> {
  log('bench: startup (compiling dist/ first)');
  await run('npm', ['run', 'compile'], { cwd: ROOT });
  const variants: Variant[] = [
    { name: 'package (dist/)', bin: path.join(ROOT, 'bin/salesplan.js'), env: { SALESPLAN_FROM: 'dist' } },
    { name: 'clone (src/, tsx)', bin: path.join(ROOT, 'bin/salesplan.js'), env: {} },
  ];
  const before = process.env.BENCH_BEFORE;
  if (before) {
    const bin = path.resolve(before, 'bin/salesplan.js');
    if (!existsSync(bin)) throw new Error(`BENCH_BEFORE: no bin/salesplan.js in ${before}`);
    variants.push({ name: `before (${path.basename(path.resolve(before))})`, bin, env: {} });
  }

  const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-bench-startup-'));
  try {
    // A no-op build needs a build before it: one full build per variant, each with its own cache and output.
    const buildArgs = (v: number) => ['build', EXAMPLE_PLAN, '-o', path.join(work, `out-${v}`), '--cache-dir', path.join(work, `cache-${v}`), '-q'];
    for (const [v, variant] of variants.entries()) {
      log(`bench: startup: first build (${variant.name})`);
      await run(process.execPath, [variant.bin, ...buildArgs(v)], { cwd: work, env: { ...process.env, ...variant.env }, timeout: 10 * 60_000 });
    }
    // check keeps the parse cache: `check` runs on the cache its variant's build left, `check, cold` on an empty one.
    const commands: { name: string; args: (v: number) => string[]; env?: (v: number, round: number) => Record<string, string> }[] = [
      { name: '--help', args: () => ['--help'] },
      { name: '--version', args: () => ['--version'] },
      { name: 'check (example)', args: () => ['check', EXAMPLE_PLAN], env: (v) => ({ SALESPLAN_CACHE: path.join(work, `cache-${v}`) }) },
      { name: 'check (example), cold', args: () => ['check', EXAMPLE_PLAN], env: (v, round) => ({ SALESPLAN_CACHE: path.join(work, `cold-${v}-${round}`) }) },
      { name: 'build, nothing changed', args: buildArgs },
    ];
    const floor: number[] = [];
    const samples = new Map<string, number[]>();
    for (let round = 1; round <= runs; round++) {
      log(`bench: startup round ${round}/${runs}`);
      floor.push(await timed(['-e', '0'], {}, work));
      for (const command of commands) {
        for (const [v, variant] of variants.entries()) {
          const key = `${command.name}\0${variant.name}`;
          samples.set(key, [...(samples.get(key) ?? []), await timed([variant.bin, ...command.args(v)], { ...variant.env, ...command.env?.(v, round) }, work)]);
        }
      }
    }
    const node = median(floor);
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const lines = [
      `Startup, whole processes (medians of ${runs} paired rounds; \`node -e 0\`: ${ms(node)}; in brackets: over node -e 0)`,
      '',
      `| command | ${variants.map((v) => v.name).join(' | ')} |`,
      `|---|${variants.map(() => '---:').join('|')}|`,
    ];
    for (const command of commands) {
      const cells = variants.map((variant) => {
        const m = median(samples.get(`${command.name}\0${variant.name}`) ?? []);
        return `${ms(m)} (+${ms(m - node)})`;
      });
      lines.push(`| \`salesplan ${command.name}\` | ${cells.join(' | ')} |`);
    }
    return lines;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
