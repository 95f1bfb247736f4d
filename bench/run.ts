import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { promisify } from 'node:util';
import { findBrowser } from '../src/browser/find-browser.ts';
import { generatePlan } from './generate-plan.ts';
import { benchStartup } from './startup.ts';
import { PEER_CASES, type PeerCase, runPeers } from './peers.ts';
import { peersTable, summarise, targetsTable } from './results.ts';

/**
 * `npm run bench`: every case, and the table in bench/results.md.
 *
 * In-process cases (each run in a fresh process, peak memory per case): example, diagrams, large; startup (see
 * startup.ts; BENCH_BEFORE=<another checkout> adds its CLI beside this one's). Peer cases, whole processes in paired
 * rounds against the tools salesplan replaces (see peers.ts): peers-example, peers-edit, peers-diagrams, peers-large;
 * dev-reload (bench/dev-reload.ts, for the `dev` target).
 *
 *   npm run bench -- --case peers-example,peers-edit --rounds 1 --sizes 250,1000
 *
 * `--case` picks cases (default all; BENCH_ONLY says the same), `--rounds` the runs or rounds per case (default 3;
 * BENCH_RUNS), `--sizes` the generated plans of peers-large (default 250,1000,4000; 4000 runs one round only).
 */

const run = promisify(execFile);
const ALL = ['example', 'diagrams', 'large', 'startup', 'peers-example', 'peers-edit', 'peers-diagrams', 'peers-large', 'dev-reload'];
function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const RUNS = Number(flag('rounds') ?? process.env.BENCH_RUNS ?? 3);
const ONLY = (flag('case') ?? process.env.BENCH_ONLY ?? ALL.join(',')).split(',');
const SIZES = (flag('sizes') ?? '250,1000,4000').split(',').map(Number);
for (const name of ONLY) if (!ALL.includes(name)) throw new Error(`bench: unknown case ${name} (cases: ${ALL.join(', ')})`);
const loadBefore = os.loadavg();

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

const log = (line: string) => process.stderr.write(`${line}\n`);
const peerCases = ONLY.filter((name): name is PeerCase => name in PEER_CASES);
const peers = (await runPeers(peerCases, { rounds: RUNS, sizes: SIZES, log })).map(summarise);
const devReloadMs = ONLY.includes('dev-reload') ? await devReload(log) : undefined;

/** bench/dev-reload.ts in its own process; its median (save → reloaded page). */
async function devReload(say: (line: string) => void): Promise<number> {
  say('bench: dev-reload');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/dev-reload.ts'], { env: { ...process.env, BENCH_RUNS: '5' }, timeout: 10 * 60_000 });
  const ms = /median (\d+) ms/.exec(stdout)?.[1];
  if (!ms) throw new Error(`bench: dev-reload said ${stdout}`);
  return Number(ms);
}

const cpus = os.cpus();
const load = (l: number[]) => l.map((n) => n.toFixed(1)).join(' ');
const machine = `Machine: ${cpus[0]?.model ?? '?'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM; load average ${load(loadBefore)} before, ${load(os.loadavg())} after`;
const versions = `Node ${process.version}, ${await chromiumVersion()}`;
const lines = [machine, `${versions}; medians of ${RUNS} runs`, ''];
if (samples.size > 0) {
  lines.push(`| case | median | stages (median ms) | browser | peak RSS |`, `|---|---:|---|---|---:|`);
  for (const [name, s] of samples) {
    const stages = [...s.stages].map(([stage, ms]) => `${stage} ${median(ms).toFixed(0)}`).join(', ');
    const browser = s.browser.some(Boolean) ? 'launched' : 'none';
    lines.push(`| ${name} | ${(median(s.ms) / 1000).toFixed(2)} s | ${stages} | ${browser} | ${median(s.rss).toFixed(0)} MB |`);
  }
}
if (startup.length) lines.push('', ...startup);
const peerLines = peers.length ? ['', 'Peers, whole processes, paired rounds (A and B in turn, alternating which goes first), no network:', '', ...peersTable(peers)] : [];
const targets = ['', 'Targets (issue 14):', '', ...targetsTable(peers, devReloadMs)];
process.stdout.write(`${[...lines, ...peerLines, ...targets].join('\n')}\n`);

const results = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  machine,
  '',
  `${versions}. Peak memory of a peer case: the largest sum of PSS over the process tree, sampled every 100 ms (bench/process-run.ts).`,
  ...peerLines,
  ...targets,
  '',
];
await writeFile(path.join(import.meta.dirname, 'results.md'), results.join('\n'));
