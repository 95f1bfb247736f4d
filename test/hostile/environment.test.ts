import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBy, expectNoInternalError, type RunResult, salesplan, workspace } from './harness.ts';

/**
 * Environment problems: a read-only or full disk, a folder that is a file, a broken symlink, a bad option value.
 * Each is exit 2 and one line saying what and what to do, never "internal error … This is a bug", and never a
 * hang. The faults are real: a tmpfs mounted read-only or filled to the last byte (needs root, as the tests run
 * here; skipped with a note elsewhere), /sys (which refuses new entries even to root), /proc (whose mkdir answers
 * ENOENT, which made Node's recursive mkdir spin forever).
 */
const run = promisify(execFile);
let canMount = false;
let shared: string;

beforeAll(async () => {
  shared = await mkdtemp(path.join(tmpdir(), 'salesplan-hostile-env-cache-'));
  const probe = await mkdtemp(path.join(tmpdir(), 'salesplan-hostile-mount-'));
  canMount = await run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).then(
    () => run('umount', [probe]).then(() => true),
    () => false,
  );
  await rm(probe, { recursive: true, force: true });
});
afterAll(async () => {
  await rm(shared, { recursive: true, force: true });
});

/** A tmpfs at `dir` for the length of `body`, unmounted whatever happens (the workspace is removed after). */
async function withTmpfs<T>(dir: string, options: string, body: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  await run('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  try {
    return await body();
  } finally {
    await run('umount', [dir]);
  }
}

function expectOneLine(result: RunResult, line: string): void {
  expectNoInternalError(result);
  expect(result.stderr).toBe(`${line}\n`);
  expect(result.code).toBe(2);
}

const CACHE_SETTING = '--cache-dir or $SALESPLAN_CACHE';
/** A build and a rebuild, or a case whose old failure was a hang (the harness's net is at 90 s). */
const SLOW = 180_000;

describe('a disk that takes no writes', () => {
  it('a read-only output folder (EROFS): exit 2, the last good output kept', async (context) => {
    if (!canMount) context.skip('mounting a tmpfs needs root');
    const ws = await workspace('env-read-only');
    const mount = path.join(ws.project, 'public');
    await withTmpfs(mount, 'size=4m', async () => {
      const first = await salesplan(ws, ['build', 'plan', '--no-pdf', '-q', '--out', 'public/site'], { env: { SALESPLAN_CACHE: shared } });
      expect(first.code).toBe(0);
      await run('mount', ['-o', 'remount,ro', mount]);
      const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--out', 'public/site']));
      expectOneLine(result, 'salesplan: cannot write the output folder public/site: the file system is read-only; make it writable or choose another folder with --out');
      expect(changed).toEqual([]);
      expect(await readFile(path.join(mount, 'site', 'index.html'), 'utf8')).toContain('Q4 2026 Sales Plan');
    });
  }, SLOW);

  it('a full disk (ENOSPC): exit 2, nothing left behind', async (context) => {
    if (!canMount) context.skip('mounting a tmpfs needs root');
    const ws = await workspace('env-full');
    const mount = path.join(ws.project, 'full');
    await withTmpfs(mount, 'size=64k', async () => {
      // Fill it to the last byte: the write stops at ENOSPC with the file holding what fitted.
      await writeFile(path.join(mount, 'filler'), Buffer.alloc(1 << 20)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOSPC') throw error;
      });
      const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--out', 'full/site']));
      expectOneLine(result, 'salesplan: cannot write the output folder full/site: no space left on the device; free some space or choose another folder with --out');
      expect(changed).toEqual([]);
    });
  });

  it('an output folder where no entry may be made (/sys, EPERM for root): exit 2', async () => {
    const ws = await workspace('env-sys-out');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--out', '/sys/salesplan-hostile-out']));
    expectOneLine(result, 'salesplan: cannot write the output folder /sys/salesplan-hostile-out: permission denied; make it writable or choose another folder with --out');
    expect(changed).toEqual([]);
  });

  it('a cache folder that cannot be made (/sys): exit 2 before anything is built', async () => {
    const ws = await workspace('env-sys-cache');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--cache-dir', '/sys/salesplan-hostile-cache']));
    expectOneLine(result, `salesplan: cannot create the cache folder /sys/salesplan-hostile-cache: permission denied; make it writable or choose another folder with ${CACHE_SETTING}`);
    expect(changed).toEqual([]);
  });
});

describe('/proc as the cache folder', () => {
  // Before, both hung at full CPU: fs.mkdir(dir, { recursive: true }) retried /proc's ENOENT forever.
  it('`--cache-dir /proc/self`: refused at once, not a hang', async () => {
    const ws = await workspace('env-proc-self');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--cache-dir', '/proc/self'], { hangAfterMs: 90_000 }));
    expectOneLine(
      result,
      `salesplan: the cache folder /proc/self holds files salesplan did not write (it has no CACHEDIR.TAG); salesplan writes only into a cache folder it made: give ${CACHE_SETTING} a new or empty folder`,
    );
    expect(changed).toEqual([]);
  }, SLOW);

  it('`--cache-dir /proc/self/cache`, a folder /proc cannot hold: exit 2, not a hang', async () => {
    const ws = await workspace('env-proc-new');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--cache-dir', '/proc/self/cache'], { hangAfterMs: 90_000 }));
    expectOneLine(result, `salesplan: cannot create the cache folder /proc/self/cache: no folder can be made there; check the path given with ${CACHE_SETTING}`);
    expect(changed).toEqual([]);
  }, SLOW);
});

describe('the temporary folder and other files', () => {
  it('TMPDIR=/proc/self: one line, not a hang (the TypeScript loader caches its transforms there)', async () => {
    const ws = await workspace('env-tmpdir');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan'], { env: { TMPDIR: '/proc/self' }, hangAfterMs: 90_000 }));
    expectOneLine(result, 'salesplan: cannot use the temporary folder /proc/self: no folder can be made there; set TMPDIR to a folder you can write to');
    expect(changed).toEqual([]);
  }, SLOW);

  it('`schema --out /dev/full` (ENOSPC on write): one line in salesplan’s words', async () => {
    const ws = await workspace('env-dev-full', { plan: false });
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['schema', '--out', '/dev/full']));
    expectOneLine(result, 'salesplan: cannot write /dev/full: no space left on the device; free some space');
    expect(changed).toEqual([]);
  });
});

describe('a path that is not a folder', () => {
  it('`init` on a file: exit 2, the file kept', async () => {
    const ws = await workspace('env-init-file', { plan: false });
    await writeFile(path.join(ws.project, 'notes.txt'), 'my notes\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['init', 'notes.txt']));
    expectOneLine(result, 'salesplan: notes.txt is a file, not a folder; init creates a project in a new or empty folder: choose another path');
    expect(changed).toEqual([]);
  });

  it('`--out` below a file (notes.txt/site, ENOTDIR): exit 2', async () => {
    const ws = await workspace('env-out-under-file');
    await writeFile(path.join(ws.project, 'notes.txt'), 'my notes\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--out', 'notes.txt/site']));
    expectOneLine(result, 'salesplan: the output folder notes.txt/site cannot be made: notes.txt is a file, not a folder; give --out another folder');
    expect(changed).toEqual([]);
  });

  it('a dangling symlink as `--out`: exit 2, the link kept', async () => {
    const ws = await workspace('env-dangling-out');
    const target = path.join(ws.root, 'unmounted', 'site');
    await symlink(target, path.join(ws.project, 'site'));
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--out', 'site']));
    expectOneLine(result, `salesplan: the output folder site is a symbolic link to ${path.relative(ws.project, target)}, which does not exist; create that folder, or give --out another folder`);
    expect(changed).toEqual([]);
  });

  it('a dangling symlink as the cache folder ($SALESPLAN_CACHE): exit 2, not a hang', async () => {
    const ws = await workspace('env-dangling-cache');
    const target = path.join(ws.root, 'unmounted', 'cache');
    await symlink(target, path.join(ws.project, 'cache-link'));
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf'], { env: { SALESPLAN_CACHE: 'cache-link' }, hangAfterMs: 90_000 }));
    expectOneLine(result, `salesplan: the cache folder cache-link is a symbolic link to ${path.relative(ws.project, target)}, which does not exist; create that folder, or give ${CACHE_SETTING} another folder`);
    expect(changed).toEqual([]);
  }, SLOW);
});

describe('an invalid option value', () => {
  it.each([['not a url'], ['javascript:alert(1)'], ['/relative/path/']])('`--base-url %s`: exit 2 before anything is built', async (url) => {
    const ws = await workspace('env-base-url');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '--base-url', url]));
    expectOneLine(result, `salesplan: --base-url must be an absolute http(s) URL such as https://plans.example.com/q4/, not ${JSON.stringify(url)}`);
    expect(changed).toEqual([]);
  });

  it('a value outside a flag’s choices (`--theme neon`): one line, not the whole help', async () => {
    const ws = await workspace('env-theme');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--theme', 'neon']));
    // The mistake, then one line pointing at the command's help (see test/cli/conventions.test.ts).
    expectOneLine(
      result,
      "salesplan: option '--theme <theme>' argument 'neon' is invalid. Allowed choices are default, neutral, dark, forest, base.\nRun 'salesplan build --help' for its options.",
    );
    expect(changed).toEqual([]);
  });
});
