import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_PLAN } from './generate-plan.ts';
import { runProcess } from './process-run.ts';
import { summarise, peersTable } from './results.ts';
import type { PairedResult } from './peers.ts';

/**
 * `npx tsx bench/before-after.ts <other checkout> [rounds]`: this checkout's CLI (A) against another's (B), paired
 * rounds as in peers.ts: the example cold (site + 4 PDFs) and a one-line prose edit after a build.
 */
const [before = '', roundsArg = '3'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const A = path.resolve(import.meta.dirname, '../bin/salesplan.js');
const B = path.resolve(before, 'bin/salesplan.js');
const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-bench-ab-'));
const cli = (bin: string, args: string[]) => runProcess(process.execPath, [bin, ...args, '-q'], { cwd: work });
try {
  const cold: PairedResult = { case: 'example cold, site + 4 PDFs', a: 'this checkout', b: before, runs: [] };
  const edit: PairedResult = { case: 'one-line prose edit, site + PDFs', a: 'this checkout', b: before, runs: [] };
  const plans = { a: path.join(work, 'plan-a'), b: path.join(work, 'plan-b') };
  await cp(EXAMPLE_PLAN, plans.a, { recursive: true });
  await cp(EXAMPLE_PLAN, plans.b, { recursive: true });
  const editArgs = (side: 'a' | 'b') => ['build', plans[side], '-o', path.join(work, `edit-out-${side}`), '--cache-dir', path.join(work, `edit-cache-${side}`)];
  for (let r = 1; r <= rounds; r++) {
    process.stderr.write(`before-after: round ${r}/${rounds}\n`);
    const order: ('a' | 'b')[] = r % 2 ? ['a', 'b'] : ['b', 'a'];
    const c: Record<string, Awaited<ReturnType<typeof cli>>> = {};
    for (const side of order) {
      c[side] = await cli(side === 'a' ? A : B, ['build', EXAMPLE_PLAN, '-o', path.join(work, `out-${side}-${r}`), '--cache-dir', path.join(work, `cache-${side}-${r}`)]);
      // The edit case starts from the build of the round before (the first round from this cold one).
      if (r === 1) await cli(side === 'a' ? A : B, editArgs(side));
    }
    cold.runs.push({ a: c.a!, b: c.b! });
    const e: Record<string, Awaited<ReturnType<typeof cli>>> = {};
    for (const side of order) {
      await appendFile(path.join(plans[side], '01-mission.md'), `\nEdit ${r} of the prose.\n`);
      e[side] = await cli(side === 'a' ? A : B, editArgs(side));
    }
    edit.runs.push({ a: e.a!, b: e.b! });
  }
  process.stdout.write(`load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}\n${peersTable([summarise(cold), summarise(edit)]).join('\n')}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
