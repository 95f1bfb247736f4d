import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { promisify } from 'node:util';
import { findBrowser } from '../src/browser/find-browser.ts';
import { generatePlan } from './generate-plan.ts';
import { benchStartup } from './startup.ts';

/**
 * `npm run bench`: every case three times, each run in a fresh process (peak memory per case), and a
 * table of medians. BENCH_RUNS overrides the count; BENCH_ONLY=example,diagrams,large,startup picks cases (startup:
 * see startup.ts; BENCH_BEFORE=<another checkout> adds its CLI beside this one's).
 */

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = (process.env.BENCH_ONLY ?? 'example,diagrams,large,startup').split(',');

interface Row {
  name: string;
  ms: number;
  timings?: Record<string, number>;
  browser?: boolean;
}
interface CaseOutput {
  rows: Row[];
  maxRssMb: number;
}

async function runCase(args: string[]): Promise<CaseOutput> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/case.ts', ...args], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as CaseOutput;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Rows by name across runs; medians of the total, of each stage, and of peak memory. */
const samples = new Map<string, { ms: number[]; stages: Map<string, number[]>; rss: number[]; browser: boolean[] }>();

async function measure(label: string, args: string[], runs = RUNS): Promise<void> {
  for (let i = 1; i <= runs; i++) {
    process.stderr.write(`bench: ${label}\n`);
    const out = await runCase(args);
    for (const row of out.rows) {
      const s = samples.get(row.name) ?? { ms: [] as number[], stages: new Map<string, number[]>(), rss: [] as number[], browser: [] as boolean[] };
      s.ms.push(row.ms);
      s.rss.push(out.maxRssMb);
      s.browser.push(row.browser ?? false);
      for (const [stage, ms] of Object.entries(row.timings ?? {})) s.stages.set(stage, [...(s.stages.get(stage) ?? []), ms]);
      samples.set(row.name, s);
    }
  }
}

async function chromiumVersion(): Promise<string> {
  const browser = findBrowser();
  if (!browser) return 'not found';
  const { stdout } = await run(browser, ['--version']).catch(() => ({ stdout: '?' }));
  return stdout.trim();
}

if (ONLY.includes('example')) await measure('example plan (cold, no-op, prose edit)', ['example']);
if (ONLY.includes('diagrams')) {
  await measure('10 diagrams', ['diagrams', '10']);
  await measure('50 diagrams', ['diagrams', '50']);
}
if (ONLY.includes('large')) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-bench-large-'));
  try {
    const plan = path.join(work, 'plan');
    await generatePlan(plan, 1000);
    for (let i = 1; i <= RUNS; i++) {
      // Each cold run starts from an empty cache; the warm run after it reuses that cache in a new process.
      const cache = path.join(work, `cache-${i}`);
      await measure('1000 pages cold', ['large', plan, cache, '1000 pages cold'], 1);
      await measure('1000 pages warm', ['large', plan, cache, '1000 pages warm'], 1);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const startup = ONLY.includes('startup') ? await benchStartup(Math.max(RUNS, 5), (line) => process.stderr.write(`${line}\n`)) : [];

const cpus = os.cpus();
const lines = [
  `Machine: ${cpus[0]?.model ?? '?'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`,
  `Node ${process.version}, ${await chromiumVersion()}; medians of ${RUNS} runs`,
  '',
  `| case | median | stages (median ms) | browser | peak RSS |`,
  `|---|---:|---|---|---:|`,
];
for (const [name, s] of samples) {
  const stages = [...s.stages].map(([stage, ms]) => `${stage} ${median(ms).toFixed(0)}`).join(', ');
  const browser = s.browser.some(Boolean) ? 'launched' : 'none';
  lines.push(`| ${name} | ${(median(s.ms) / 1000).toFixed(2)} s | ${stages} | ${browser} | ${median(s.rss).toFixed(0)} MB |`);
}
if (startup.length) lines.push('', ...startup);
process.stdout.write(`${lines.join('\n')}\n`);
