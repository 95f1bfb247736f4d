import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { formatMessages } from '../reliability/corpus-cases.ts';
import { writeHostilePlan } from './hostile-plan.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/salesplan.js');
let work: string;
let server: Server;
const requests: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-offline-'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('GIF89a');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

async function salesplan(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the offline build', () => {
  it('warns at a remote image and never requests it, for the site nor the PDF', async () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/tracking-pixel.gif`;
    const cwd = path.join(work, 'remote');
    await cp(path.resolve('test/fixtures/minimal-plan'), path.join(cwd, 'plan'), { recursive: true });
    const mission = path.join(cwd, 'plan', '02-mission.md');
    const text = `${await readFile(mission, 'utf8')}\n![pixel](${url})\n`;
    await writeFile(mission, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('![pixel]')) + 1;

    const result = await build({ planDir: 'plan', outDir: 'site', cwd, pdf: true, cacheDir: path.join(work, 'cache') });
    expect(result.ok).toBe(true);
    expect(result.pdfs).toContain('handbook.pdf');
    expect(formatMessages(result.files)).toContain(
      `plan/02-mission.md:${line}:1 warning remote image \`${url}\` is not downloaded: the PDF shows it as missing and the site loads it from that server`,
    );
    expect(requests).toEqual([]);
  }, 180_000);
});

describe('trusted HTML', () => {
  it('passes raw HTML through only when the plan opts in with trusted_html: true', async () => {
    const cwd = path.join(work, 'trusted');
    await writeHostilePlan(path.join(cwd, 'plan'), '\ntrusted_html: true');
    const result = await build({ planDir: 'plan', outDir: 'site', cwd, pdf: false, cacheDir: path.join(work, 'cache') });
    expect(formatMessages(result.files).filter((line) => / error /.test(line))).toEqual([]);
    const mission = await readFile(path.join(cwd, 'site', 'mission.html'), 'utf8').catch(async () => {
      const names = await readdir(path.join(cwd, 'site'), { recursive: true });
      const texts = await Promise.all(names.filter((n) => n.endsWith('.html')).map((n) => readFile(path.join(cwd, 'site', n), 'utf8')));
      return texts.find((t) => t.includes('More detail')) ?? '';
    });
    expect(mission).toContain(`<script>window.__pwned = 'script'</script>`);
    // Frontmatter strings stay escaped even then: trusted HTML is about the prose only.
    expect(mission).not.toContain(`<script>window.__pwned='mission'</script>`);
  });
});

describe('paths', () => {
  it.each([['.'], ['..'], ['/']])('refuses --out %s', async (out) => {
    const cwd = path.join(work, 'paths');
    await cp(path.resolve('test/fixtures/minimal-plan'), path.join(cwd, 'plan'), { recursive: true, force: true });
    const before = (await readdir(cwd)).sort();
    const result = await salesplan(['build', 'plan', '--out', out, '--no-pdf'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^salesplan: the output folder .* (contains the (plan folder|project)|cannot be the root)/);
    expect((await readdir(cwd)).sort()).toEqual(before);
  });
});
