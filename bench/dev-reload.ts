import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserSession } from '../src/browser/launch.ts';
import { startDev } from '../src/dev/dev-server.ts';
import { EXAMPLE_PLAN } from './generate-plan.ts';

/**
 * `npx tsx bench/dev-reload.ts`: the time from saving a prose edit to the reloaded page having loaded,
 * in the real Chromium, with `salesplan dev` running (its caches warm, PDFs off so they do not compete).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = await mkdtemp(path.join(os.tmpdir(), 'salesplan-dev-bench-'));
const plan = path.join(work, 'content');
await cp(EXAMPLE_PLAN, plan, { recursive: true });
const builds: number[] = [];
let lastTimings: Record<string, number> = {};
const dev = await startDev({ planDir: plan, cwd: work, port: 0, pdf: false, onBuild: (r, ms) => {
  builds.push(ms);
  lastTimings = r.timings;
} });
const viewer = new BrowserSession();
try {
  const page = await (await viewer.get()).newPage();
  await page.goto(new URL('mission.html', dev.url).href, { waitUntil: 'load' });
  const file = path.join(plan, '01-mission.md');
  const original = await readFile(file, 'utf8');
  const times: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reloaded = page.waitForNavigation({ waitUntil: 'load', timeout: 60_000 });
    const start = performance.now();
    await writeFile(file, `${original}\nEdit number ${i} of the prose.\n`);
    await reloaded;
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  process.stdout.write(
    `save → reloaded page: median ${median.toFixed(0)} ms of ${RUNS} (${times.map((t) => t.toFixed(0)).join(', ')} ms); ` +
      `site rebuilds ${builds.slice(1).map((t) => t.toFixed(0)).join(', ')} ms (first build ${builds[0]?.toFixed(0)} ms)\n` +
      `last rebuild's stages: ${Object.entries(lastTimings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')} ms\n`,
  );
} finally {
  await viewer.close();
  await dev.stop();
  await rm(work, { recursive: true, force: true });
}
