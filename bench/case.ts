import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserSession } from '../src/browser/launch.ts';
import { build } from '../src/pipeline/index.ts';
import { renderDiagrams } from '../src/diagrams/mermaid-page.ts';
import type { DiagramSpec } from '../src/diagrams/types.ts';
import { EXAMPLE_PLAN } from './generate-plan.ts';

/**
 * One benchmark case, run in its own process so its peak memory is its own. Prints one JSON line:
 * { rows: { name, ms, timings?, browser? }[], maxRssMb }.
 */

interface Row {
  name: string;
  ms: number;
  timings?: Record<string, number>;
  browser?: boolean;
}

const rows: Row[] = [];

async function timedBuild(name: string, opts: Parameters<typeof build>[0]): Promise<void> {
  const start = performance.now();
  const result = await build(opts);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${name}: the build failed`);
  rows.push({ name, ms, timings: result.timings, browser: result.browserLaunched });
}

async function example(work: string): Promise<void> {
  const plan = path.join(work, 'plan');
  await cp(EXAMPLE_PLAN, plan, { recursive: true });
  const opts = { planDir: plan, outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), cwd: work };
  await timedBuild('example cold', opts);
  await timedBuild('example no-op', opts);
  // One prose line, as an author saving a typo fix would.
  const mission = path.join(plan, '01-mission.md');
  await appendFile(mission, '\nOne more sentence of prose, saved by the author.\n');
  await timedBuild('example prose edit', opts);
}

function flowchart(n: number): DiagramSpec {
  const nodes = Array.from({ length: 5 }, (_, i) => `  n${n}x${i}[Step ${i + 1} of flow ${n}]`).join('\n');
  const edges = Array.from({ length: 4 }, (_, i) => `  n${n}x${i} --> n${n}x${i + 1}`).join('\n');
  return { id: `bench-${n}`, source: `flowchart LR\n${nodes}\n${edges}`, title: `Flow ${n}`, description: `Bench flow ${n}.` };
}

async function diagrams(work: string, count: number): Promise<void> {
  const specs = Array.from({ length: count }, (_, i) => flowchart(i + 1));
  const session = new BrowserSession();
  const start = performance.now();
  try {
    const result = await renderDiagrams(specs, { session, cacheDir: path.join(work, 'cache') });
    if (result.errors.length > 0) throw new Error(result.errors[0]?.message);
    rows.push({ name: `${count} diagrams cold`, ms: performance.now() - start, browser: session.launched, timings: { launch: session.launchMs } });
  } finally {
    await session.close();
  }
}

/** A build of an already generated plan (bench/run.ts generates it once), HTML only. */
async function large(work: string, plan: string, cacheDir: string, label: string): Promise<void> {
  const opts = { planDir: plan, outDir: path.join(work, 'out'), cacheDir, cwd: path.dirname(plan), pdf: false };
  await timedBuild(label, opts);
}

const [kind = 'example', arg = ''] = process.argv.slice(2);
const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-bench-'));
try {
  if (kind === 'example') await example(work);
  else if (kind === 'diagrams') await diagrams(work, Number(arg));
  else if (kind === 'large') await large(work, arg, process.argv[4] ?? path.join(work, 'cache'), process.argv[5] ?? 'large');
  else throw new Error(`unknown case ${kind}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ rows, maxRssMb })}\n`);
