import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBy, editPlanFile, expectNoInternalError, type RunResult, salesplan, type Workspace, workspace } from './harness.ts';

/**
 * Paths and symlinks: salesplan never deletes or overwrites a file it did not write. Every output, cache and
 * plan path is compared at its real location; a refusal is exit 2 and one line, and nothing outside the output
 * changes. The builds that succeed share one cache (outside every workspace), so diagrams render once.
 */
let shared: string;
beforeAll(async () => {
  shared = await mkdtemp(path.join(tmpdir(), 'salesplan-hostile-paths-cache-'));
});
afterAll(async () => {
  await rm(shared, { recursive: true, force: true });
});

const MARKER = '.salesplan-output';
/** Cases that run the CLI more than once (one or two builds): a loaded 2-core machine needs the time. */
const SEVERAL_RUNS = 180_000;
const OWN = 'choose a folder of its own, e.g. --out output';
const FOREIGN_OUTPUT = (out: string) =>
  `salesplan: the output folder ${out} holds files salesplan did not write (it has no ${MARKER}); salesplan replaces only folders it made: empty or remove it, or choose another folder with --out\n`;

/** A refusal: exit 2, the one line, no internal error. */
function expectRefused(result: RunResult, line: string): void {
  expectNoInternalError(result);
  expect(result.stderr).toBe(`${line}\n`);
  expect(result.code).toBe(2);
}

/** A quiet build that succeeds: exit 0, nothing on stderr. */
function expectBuilt(result: RunResult): void {
  expectNoInternalError(result);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

const build = (ws: Workspace, args: string[]) => salesplan(ws, ['build', 'plan', '--no-pdf', '-q', ...args], { env: { SALESPLAN_CACHE: shared } });

describe('the output folder', () => {
  it('`--out notes.txt` naming a file: refused, the file kept', async () => {
    const ws = await workspace('out-file');
    await writeFile(path.join(ws.project, 'notes.txt'), 'my notes\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'notes.txt', '--no-pdf']));
    expectRefused(
      result,
      'salesplan: the output folder notes.txt is a file, not a folder; salesplan replaces its output folder whole, so give --out a folder, e.g. --out output',
    );
    expect(changed).toEqual([]);
    expect(await readFile(path.join(ws.project, 'notes.txt'), 'utf8')).toBe('my notes\n');
  });

  it('the plan reached through a symlink (plan -> real/plan) and `--out real/plan`: refused, the Markdown kept', async () => {
    const ws = await workspace('out-real-plan');
    await mkdir(path.join(ws.project, 'real'));
    await rename(ws.plan, path.join(ws.project, 'real', 'plan'));
    await symlink(path.join('real', 'plan'), ws.plan);
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'real/plan', '--no-pdf']));
    expectRefused(result, `salesplan: the output folder real/plan is the plan folder plan (through a symbolic link); ${OWN}`);
    expect(changed).toEqual([]);
  });

  it('`--out plan/templates`: refused, the template overrides kept', async () => {
    const ws = await workspace('out-templates');
    await mkdir(path.join(ws.plan, 'templates', 'styles'), { recursive: true });
    await writeFile(path.join(ws.plan, 'templates', 'styles', 'site.css'), 'body { color: teal; }\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'plan/templates', '--no-pdf']));
    expectRefused(result, `salesplan: the output folder plan/templates is inside the plan folder plan; ${OWN}`);
    expect(changed).toEqual([]);
  });

  it('`out` in salesplan.config.json naming a non-empty folder salesplan did not create: refused, its files kept', async () => {
    const ws = await workspace('config-out');
    await writeFile(path.join(ws.project, 'salesplan.config.json'), JSON.stringify({ plan: 'plan', out: 'docs' }));
    await mkdir(path.join(ws.project, 'docs'));
    await writeFile(path.join(ws.project, 'docs', 'guide.md'), '# The team guide\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.stderr).toBe(FOREIGN_OUTPUT('docs'));
    expect(result.code).toBe(2);
    expect(changed).toEqual([]);
  });

  it('a hand-made site (index.html, assets/) is not taken for an older salesplan output: refused', async () => {
    const ws = await workspace('out-hand-made-site');
    const site = path.join(ws.project, 'site');
    await mkdir(path.join(site, 'assets'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Our team</title><h1>Hello</h1>\n');
    await writeFile(path.join(site, 'assets', 'site.css'), 'h1 { color: red; }\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'site', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.stderr).toBe(FOREIGN_OUTPUT('site'));
    expect(result.code).toBe(2);
    expect(changed).toEqual([]);
  });

  it('an output salesplan wrote carries the marker and is replaced on the next build; nothing else changes', async () => {
    const ws = await workspace('out-marked');
    const site = path.join(ws.project, 'site');
    expectBuilt(await build(ws, ['--out', 'site']));
    expect(await readFile(path.join(site, MARKER), 'utf8')).toMatch(/^salesplan-output\/1\n/);
    await editTitle(ws, 'Q4 2026 Sales Plan, second draft');
    const { result, changed } = await changedBy(ws, () => build(ws, ['--out', 'site']), [ws.cache, ws.tmp, site]);
    expectBuilt(result);
    expect(changed).toEqual([]);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toContain('second draft');
    expect(await readFile(path.join(site, MARKER), 'utf8')).toMatch(/^salesplan-output\/1\n/);
  }, SEVERAL_RUNS);

  it('an existing empty folder is adopted: built into and marked', async () => {
    const ws = await workspace('out-empty');
    const site = path.join(ws.project, 'site');
    await mkdir(site);
    const { result, changed } = await changedBy(ws, () => build(ws, ['--out', 'site']), [ws.cache, ws.tmp, site]);
    expectBuilt(result);
    expect(changed).toEqual([]);
    expect(await readFile(path.join(site, MARKER), 'utf8')).toMatch(/^salesplan-output\/1\n/);
  }, SEVERAL_RUNS);

  it('an older salesplan output (no marker, its pages signed by salesplan) is adopted; with a file of the user in it, refused', async () => {
    const ws = await workspace('out-legacy');
    const site = path.join(ws.project, 'site');
    expectBuilt(await build(ws, ['--out', 'site']));
    await rm(path.join(site, MARKER)); // what an older salesplan left
    const adopted = await changedBy(ws, () => build(ws, ['--out', 'site']), [ws.cache, ws.tmp, site]);
    expectBuilt(adopted.result);
    expect(adopted.changed).toEqual([]);
    expect(await readFile(path.join(site, MARKER), 'utf8')).toMatch(/^salesplan-output\/1\n/);

    await rm(path.join(site, MARKER));
    await writeFile(path.join(site, 'minutes.txt'), 'kick-off notes\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'site', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.stderr).toBe(FOREIGN_OUTPUT('site'));
    expect(result.code).toBe(2);
    expect(changed).toEqual([]);
  }, SEVERAL_RUNS);

  it('`--out` a symlink to an output salesplan wrote: the folder it points at is replaced, the link kept', async () => {
    const ws = await workspace('out-link');
    const real = path.join(ws.project, 'www');
    expectBuilt(await build(ws, ['--out', 'www']));
    await symlink('www', path.join(ws.project, 'published'));
    await editTitle(ws, 'Q4 2026 Sales Plan, published');
    const { result, changed } = await changedBy(ws, () => build(ws, ['--out', 'published']), [ws.cache, ws.tmp, real]);
    expectBuilt(result);
    expect(changed).toEqual([]);
    expect(await readFile(path.join(real, 'index.html'), 'utf8')).toContain('published');
  }, SEVERAL_RUNS);
});

describe('the cache folder', () => {
  it('`--cache-dir` naming a folder of the user: refused, nothing written into it', async () => {
    const ws = await workspace('cache-foreign');
    await mkdir(path.join(ws.project, 'documents'));
    await writeFile(path.join(ws.project, 'documents', 'budget.csv'), 'q4,250000\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--cache-dir', 'documents', '--no-pdf']));
    expectRefused(
      result,
      'salesplan: the cache folder documents holds files salesplan did not write (it has no CACHEDIR.TAG); salesplan writes only into a cache folder it made: give --cache-dir or $SALESPLAN_CACHE a new or empty folder',
    );
    expect(changed).toEqual([]);
  });

  it('`check` with $SALESPLAN_CACHE naming a folder of the user: checks without the cache, writes nothing there', async () => {
    const ws = await workspace('check-cache-foreign');
    await mkdir(path.join(ws.project, 'documents'));
    await writeFile(path.join(ws.project, 'documents', 'budget.csv'), 'q4,250000\n');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan'], { env: { SALESPLAN_CACHE: 'documents' } }));
    expectNoInternalError(result);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('plan: the plan is valid (8 files checked)');
    expect(result.code).toBe(0);
    expect(changed).toEqual([]);
  });

  it('$SALESPLAN_CACHE inside the plan folder: refused', async () => {
    const ws = await workspace('cache-in-plan');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf'], { env: { SALESPLAN_CACHE: 'plan/.cache' } }));
    expectRefused(result, 'salesplan: the cache folder plan/.cache is inside the plan folder plan; choose a folder of its own with --cache-dir or $SALESPLAN_CACHE');
    expect(changed).toEqual([]);
  });

  it('`cacheDir: "."` in salesplan.config.json (the project itself): refused', async () => {
    const ws = await workspace('cache-project');
    await writeFile(path.join(ws.project, 'salesplan.config.json'), JSON.stringify({ plan: 'plan', cacheDir: '.' }));
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', '--no-pdf'], { env: { SALESPLAN_CACHE: '' } }));
    expectRefused(result, 'salesplan: the cache folder . contains the plan folder plan; choose a folder of its own with --cache-dir or $SALESPLAN_CACHE');
    expect(changed).toEqual([]);
  });

  it('a cache folder inside the output, which every build replaces: refused, nothing created', async () => {
    const ws = await workspace('cache-in-out');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--out', 'site', '--cache-dir', 'site/cache', '--no-pdf']));
    expectRefused(result, 'salesplan: the cache folder site/cache is inside the output folder site, which every build replaces; choose a cache folder outside it');
    expect(changed).toEqual([]);
  });

  it('a new cache folder is tagged (CACHEDIR.TAG), and an older untagged salesplan cache is adopted', async () => {
    const ws = await workspace('cache-tag');
    const cache = path.join(ws.project, 'cache');
    expectBuilt(await salesplan(ws, ['build', 'plan', '--no-pdf', '-q', '--out', 'site', '--cache-dir', 'cache']));
    expect(await readFile(path.join(cache, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n/);
    await rm(path.join(cache, 'CACHEDIR.TAG')); // what an older salesplan left
    const site = path.join(ws.project, 'site');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf', '-q', '--out', 'site', '--cache-dir', 'cache']), [ws.tmp, cache, site]);
    expectBuilt(result);
    expect(changed).toEqual([]);
    expect(await readFile(path.join(cache, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: /);
  }, SEVERAL_RUNS);
});

const editTitle = (ws: Workspace, title: string) => editPlanFile(ws, '01-plan.md', 'title: Q4 2026 Sales Plan', `title: ${title}`);
