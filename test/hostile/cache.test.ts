import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedBy, expectNoInternalError, salesplan, workspace, type Workspace } from './harness.ts';

// A cache that verifies itself: a damaged or tampered entry (random bytes, truncated, content edited, a FIFO in
// its place) is never shipped. It is discarded with a warning naming it, made again, and the output is the same
// as from a sound cache.

/** Random-looking but fixed bytes: a deterministic stand-in for a disk that returned garbage. */
const GARBAGE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
const HANG = { hangAfterMs: 240_000 };
const HANDBOOK_ONLY = ['--no-role-handbooks'];

/** A cache with every diagram drawn and the handbook printed, copied into each case so that only one browser build runs. */
let warm: Workspace;
beforeAll(async () => {
  warm = await workspace('cache-warm');
  const result = await salesplan(warm, ['build', 'plan', ...HANDBOOK_ONLY]);
  expect(result.code, result.stderr).toBe(0);
}, 300_000);

/** A workspace whose cache holds a good build of its plan; returns the site that build wrote, by file. */
async function warmWorkspace(name: string): Promise<{ ws: Workspace; site: Map<string, string> }> {
  const ws = await workspace(name);
  await cp(warm.cache, ws.cache, { recursive: true });
  await rm(path.join(ws.cache, 'parsed'), { recursive: true });
  await rm(path.join(ws.cache, 'pages'), { recursive: true });
  // Parsed files and pages are kept per plan folder: this build fills them for this workspace's plan.
  const result = await salesplan(ws, ['build', 'plan', '--no-pdf']);
  expect(result.code, result.stderr).toBe(0);
  return { ws, site: await site(ws) };
}

async function site(ws: Workspace): Promise<Map<string, string>> {
  const out = path.join(ws.project, 'output');
  const names = (await readdir(out)).filter((name) => name.endsWith('.html')).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(out, name), 'utf8')] as const)));
}

/** The one entry of a cache folder (`pdf`, `parsed`...) whose name ends in `ext` and whose text contains `text`. */
async function entry(ws: Workspace, folder: string, ext: string, text = ''): Promise<string> {
  const dir = path.join(ws.cache, folder);
  const matches: string[] = [];
  for (const name of await readdir(dir)) {
    if (name.endsWith(ext) && (await readFile(path.join(dir, name), 'latin1')).includes(text)) matches.push(path.join(dir, name));
  }
  if (matches.length !== 1) throw new Error(`expected one ${folder}/*${ext} holding ${JSON.stringify(text)}, found ${matches.length}`);
  return matches[0] as string;
}

/** Edits an entry in place, keeping its length: only the hash can tell (a truncation check would not). */
async function tamper(file: string, search: string, replace: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(search)) throw new Error(`${search} not in ${file}`);
  if (replace.length !== search.length) throw new Error(`${replace} must be as long as ${search}`);
  await writeFile(file, text.replaceAll(search, replace));
}

const warning = (ws: Workspace, file: string, reason: string) =>
  `salesplan: warning: the cache entry ${path.relative(ws.project, file)} was damaged (${reason}); it was discarded and made again\n`;

/** Runs the build, asserts exit 0, the warning, and that nothing but the output (and the cache) changed. */
async function rebuild(ws: Workspace, args: string[], expected: string): Promise<void> {
  const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', ...args], HANG));
  expectNoInternalError(result);
  expect(result.code).toBe(0);
  expect(result.stderr, result.stderr).toContain(expected);
  expect(changed.filter((line) => !/^[+~-] project\/output(\/|$)/.test(line))).toEqual([]);
}

/** The reason a sealed entry cut to `keep` bytes gives: the body left against the body written. */
async function truncatedReason(file: string, keep: number): Promise<string> {
  const bytes = await readFile(file);
  const header = bytes.indexOf(10) + 1;
  return `it is truncated (${keep - header} of ${bytes.length - header} bytes)`;
}

// Each case runs two builds (one with the browser for the PDF): slow on a loaded 2-core machine.
describe('hostile: a damaged cache is never shipped', { timeout: 300_000 }, () => {
  it('a PDF entry of random bytes is printed again; the handbook is a real PDF', async () => {
    const ws = await workspace('cache-pdf-garbage');
    await cp(warm.cache, ws.cache, { recursive: true });
    const pdf = await entry(ws, 'pdf', '.pdf');
    await writeFile(pdf, GARBAGE);
    await rebuild(ws, HANDBOOK_ONLY, warning(ws, pdf, 'it has no valid header'));
    const handbook = await readFile(path.join(ws.project, 'output', 'handbook.pdf'));
    expect(handbook.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Printed again, and the entry rewritten whole: its content is the handbook shipped.
    const rewritten = await readFile(pdf);
    expect(rewritten.subarray(rewritten.indexOf(10) + 1)).toEqual(handbook);
  });

  it('a truncated diagram entry is drawn again; the site is as from a sound cache', async () => {
    const { ws, site: before } = await warmWorkspace('cache-svg-truncated');
    const svg = await entry(ws, '.', '.svg', 'id="diagram-process"');
    const keep = Math.floor((await readFile(svg)).length / 2);
    const reason = await truncatedReason(svg, keep);
    await truncate(svg, keep);
    await rebuild(ws, ['--no-pdf'], warning(ws, svg, reason));
    expect(await site(ws)).toEqual(before);
  });

  it('a diagram entry edited into another valid SVG (its hash not) is drawn again: the edit is not shipped', async () => {
    const { ws, site: before } = await warmWorkspace('cache-svg-tampered');
    const svg = await entry(ws, '.', '.svg', 'id="diagram-gantt"');
    await tamper(svg, 'Action plan timeline', 'TAMPERED timeline!!!');
    await rebuild(ws, ['--no-pdf'], warning(ws, svg, 'its content does not match its hash'));
    expect(await site(ws)).toEqual(before);
  });

  it('a FIFO in place of a diagram entry is discarded, not waited on', async () => {
    const { ws, site: before } = await warmWorkspace('cache-svg-fifo');
    const svg = await entry(ws, '.', '.svg', 'id="diagram-org"');
    await rm(svg);
    execFileSync('mkfifo', [svg]);
    await rebuild(ws, ['--no-pdf'], warning(ws, svg, 'it is not a regular file but a FIFO (named pipe)'));
    expect(await site(ws)).toEqual(before);
  });

  it('a parse cache of random bytes is discarded and every file parsed again', async () => {
    const { ws, site: before } = await warmWorkspace('cache-parsed-garbage');
    const parsed = await entry(ws, 'parsed', '.json');
    await writeFile(parsed, GARBAGE);
    await rebuild(ws, ['--no-pdf'], warning(ws, parsed, 'it has no valid header'));
    expect(await site(ws)).toEqual(before);
  });

  it('a parse cache whose data was edited (valid JSON, wrong hash) is not used: the edit reaches no page', async () => {
    const { ws, site: before } = await warmWorkspace('cache-parsed-tampered');
    const parsed = await entry(ws, 'parsed', '.json');
    await tamper(parsed, 'Acme Analytics', 'TAMPERED Corp.');
    await rebuild(ws, ['--no-pdf'], warning(ws, parsed, 'its content does not match its hash'));
    expect(await site(ws)).toEqual(before);
  });

  it('a page cache entry that was edited is not used: its page is rendered again', async () => {
    const { ws, site: before } = await warmWorkspace('cache-pages-tampered');
    // One sealed entry per page, in the plan's folder of pages/: the home page's.
    const [folder = ''] = await readdir(path.join(ws.cache, 'pages'));
    const pages = await entry(ws, path.join('pages', folder), '.html', '<body class="page-plan">');
    await tamper(pages, 'Made with salesplan', 'TAMPERED-TAMPERED!!');
    await rebuild(ws, ['--no-pdf'], warning(ws, pages, 'its content does not match its hash'));
    expect(await site(ws)).toEqual(before);
  });
});
