import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A cache shared by two versions of salesplan's code (a CI machine's temporary folder kept between runs, a
 * developer switching branches) must not serve one version's pages to the other. It did: the site tests' shared
 * cache held pages an older renderer had written, and a newer build published them. Here a second copy of the
 * code differs from the first in one line of a renderer, and both build the same plan into the same cache.
 */
const run = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-cache-code-'));
  for (const copy of ['old', 'new']) {
    const root = path.join(work, copy);
    for (const part of ['bin', 'src', 'templates', 'package.json']) await cp(path.resolve(part), path.join(root, part), { recursive: true });
    await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'));
  }
  const renderer = path.join(work, 'new/src/render/prose-tables.ts');
  const code = await readFile(renderer, 'utf8');
  expect(code).toContain("className: ['table-wrap']");
  await writeFile(renderer, code.replace("className: ['table-wrap']", "className: ['table-wrap', 'from-new-code']"));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(work, 'plan'), { recursive: true });
  await appendFile(path.join(work, 'plan/02-mission.md'), '\n| Who | Why |\n|---|---|\n| Reps | Selling |\n');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function buildWith(copy: string, out: string): Promise<string> {
  const bin = path.join(work, copy, 'bin/salesplan.js');
  const args = [bin, 'build', 'plan', '--out', out, '--no-pdf', '--no-numbers', '--cache-dir', 'cache'];
  await run(process.execPath, args, { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
  return readFile(path.join(work, out, 'mission.html'), 'utf8');
}

describe('caches and code', () => {
  it('rebuilds what older code cached: a page the old renderer wrote is not published by the new one', { timeout: 120_000 }, async () => {
    const old = await buildWith('old', 'out-old');
    expect(old).toContain('class="table-wrap"');
    const fresh = await buildWith('new', 'out-new');
    expect(fresh).toContain('class="table-wrap from-new-code"');
    // And the old code, back on the same cache, gets its own pages again, not the new code's.
    expect(await buildWith('old', 'out-old-again')).toBe(old);
  });
});
