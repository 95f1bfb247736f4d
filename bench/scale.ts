import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generatePlan } from './generate-plan.ts';

/**
 * Large plans as a user builds them: whole `salesplan build --no-pdf` processes under `/usr/bin/time -v`, cold
 * (no cache, no output), warm (the same plan again: cache and output from the cold run) and after a one-line
 * prose edit of one page. Prints elapsed time, time per page and peak RSS per size.
 *
 *   npx tsx bench/scale.ts [sizes=250,1000,4000] [bin=bin/salesplan.js]
 *
 * `bin` may be another checkout's CLI (`git worktree add /tmp/before main`) for a before/after table. Kept apart
 * from run.ts (the peer benchmark) so the two can change independently.
 */

const run = promisify(execFile);
const [sizesArg = '250,1000,4000', binArg = 'bin/salesplan.js'] = process.argv.slice(2);
const sizes = sizesArg.split(',').map(Number);
const bin = path.resolve(binArg);

interface Sample {
  seconds: number;
  /** User + system CPU time: on a shared machine, less at the mercy of the load than the wall clock. */
  cpu: number;
  rssMb: number;
}

/** One build under /usr/bin/time -v: wall time and peak RSS as the kernel counted them. */
async function timedBuild(plan: string, out: string, cache: string): Promise<Sample> {
  const args = ['-v', process.execPath, bin, 'build', plan, '-o', out, '--cache-dir', cache, '--no-pdf', '-q'];
  const { stderr } = await run('/usr/bin/time', args, { cwd: path.dirname(plan), maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  if (!wall || !rss || !user || !system) throw new Error(`no figures from /usr/bin/time:\n${stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, cpu: Number(user[1]) + Number(system[1]), rssMb: Number(rss[1]) / 1024 };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

if (!existsSync('/usr/bin/time')) throw new Error('bench/scale.ts needs /usr/bin/time (apt-get install time)');
const rows = [
  '| pages | cold (cpu) | cold per page | cold peak | warm (cpu) | warm peak | prose edit (cpu) | output | cache |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const shown = (s: Sample) => `${s.seconds.toFixed(2)} s (${s.cpu.toFixed(2)})`;
for (const pages of sizes) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-scale-'));
  try {
    const plan = path.join(work, 'plan');
    await generatePlan(plan, pages);
    const out = path.join(work, 'out');
    const cache = path.join(work, 'cache');
    process.stderr.write(`scale: ${pages} pages cold\n`);
    const cold = await timedBuild(plan, out, cache);
    process.stderr.write(`scale: ${pages} pages warm\n`);
    const warm = await timedBuild(plan, out, cache);
    await appendFile(path.join(plan, 'p0001-note.md'), '\nOne more sentence of prose, saved by the author.\n');
    process.stderr.write(`scale: ${pages} pages prose edit\n`);
    const edit = await timedBuild(plan, out, cache);
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    rows.push(
      `| ${pages} | ${shown(cold)} | ${((cold.seconds / pages) * 1000).toFixed(2)} ms | ${cold.rssMb.toFixed(0)} MB | ` +
        `${shown(warm)} | ${warm.rssMb.toFixed(0)} MB | ${shown(edit)} | ${mb(await folderBytes(out))} | ${mb(await folderBytes(cache))} |`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
const load = os.loadavg().map((n) => n.toFixed(1)).join(' ');
process.stdout.write(`${os.cpus().length} cores, load ${load}, Node ${process.version}, ${bin}\n\n${rows.join('\n')}\n`);
