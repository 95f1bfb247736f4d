import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configCandidates, loadConfig } from '../../src/config/index.ts';
import { CLI, salesplan } from './run-cli.ts';

// A project with its config at the repository root and the plan two folders down, where no default finds it:
// every command must find the config from the plan folder or the folder it runs in, and take the plan from it.
let root: string;
let project: string;
let plan: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'salesplan-discovery-'));
  project = path.join(root, 'project');
  plan = path.join(project, 'plans', 'q4');
  await cp(path.resolve('test/fixtures/minimal-plan'), plan, { recursive: true });
  await mkdir(path.join(project, '.git'));
  await mkdir(path.join(project, 'notes'));
  await writeFile(path.join(project, 'salesplan.config.json'), JSON.stringify({ plan: 'plans/q4', cacheDir: 'cache' }));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('where salesplan.config.json is looked for', () => {
  it('the working directory, the plan folder, then each folder above it up to the repository root', () => {
    const cwd = path.join(project, 'notes');
    expect(configCandidates(cwd, path.join(plan, 'drafts'))).toEqual(
      [cwd, path.join(plan, 'drafts'), plan, path.join(project, 'plans'), project].map((dir) => path.join(dir, 'salesplan.config.json')),
    );
  });

  it('goes up to the file system root outside a repository', () => {
    const candidates = configCandidates(root, path.join(root, 'a'));
    expect(candidates.at(-1)).toBe(path.join(path.parse(root).root, 'salesplan.config.json'));
  });

  it('takes paths in the file from its folder and the defaults from the project folder', async () => {
    const { config } = await loadConfig(plan);
    expect(config.file).toBe(path.join('..', '..', 'salesplan.config.json'));
    expect(config.plan).toBe('.');
    expect(config.cacheDir).toBe(path.join('..', '..', 'cache'));
    // Not in the file: the default output folder of the project, not of the folder the command runs in.
    expect(config.out).toBe(path.join('..', '..', 'output'));
  });

  it('keeps the defaults in the working directory for a config inside the plan folder', async () => {
    const own = path.join(root, 'own');
    await mkdir(path.join(own, 'content'), { recursive: true });
    await writeFile(path.join(own, 'content', 'salesplan.config.json'), '{ "theme": "forest" }');
    const { config } = await loadConfig(own);
    expect(config).toMatchObject({ plan: 'content', out: 'output', cacheDir: '.salesplan-cache', theme: 'forest' });
  });
});

describe('every command reads the config it finds', () => {
  it('check, run inside the plan folder, checks the plan the config names', async () => {
    const run = await salesplan(['check'], plan);
    expect(run.stderr).toMatch(/the plan is valid \(8 files checked\)/);
    expect(run.code).toBe(0);
  });

  it('numbers, run from another folder of the project, prints the plan the config names', async () => {
    const fromNotes = await salesplan(['numbers', '--format', 'json'], path.join(project, 'notes'));
    expect(fromNotes.code).toBe(0);
    const direct = await salesplan(['numbers', plan, '--format', 'json'], root);
    expect(direct.code).toBe(0);
    expect(fromNotes.stdout).toBe(direct.stdout);
    expect(JSON.parse(fromNotes.stdout).format).toBe('salesplan-numbers/1');
  });

  it('check and numbers stop with exit 2 at a mistake in a config above the plan folder', async () => {
    const broken = path.join(root, 'broken');
    await cp(path.resolve('test/fixtures/minimal-plan'), path.join(broken, 'content'), { recursive: true });
    await mkdir(path.join(broken, '.git'));
    await writeFile(path.join(broken, 'salesplan.config.json'), '{\n  "formats": { "pdf": "no" }\n}\n');
    const check = await salesplan(['check', path.join(broken, 'content')], root);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/salesplan\.config\.json:2:\d+ error .*true or false/);
    const json = await salesplan(['check', path.join(broken, 'content'), '--format', 'json'], root);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ line: 2, severity: 'error' });
    const numbers = await salesplan(['numbers', 'content'], broken);
    expect(numbers.code).toBe(2);
  });

  it('dev, run inside the plan folder, serves the plan the config names with the cache it names', async () => {
    const { SALESPLAN_CACHE: _unset, ...env } = process.env;
    const child = spawn(process.execPath, [CLI, 'dev', '-p', '0', '--no-pdf'], { cwd: plan, env });
    try {
      const [served, url] = await new Promise<[string, string]>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /serving (\S+) at (http:\S+)/.exec(out);
          if (match) resolve([match[1]!, match[2]!]);
        });
        child.on('exit', (code) => reject(new Error(`dev exited with ${code} before serving`)));
      });
      expect(served).toBe('.');
      // `--port 0`: the port the system gave, not 0, is the one printed and the one that answers.
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(Number(new URL(url).port)).toBeGreaterThan(0);
      const index = await fetch(url);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('data-salesplan-dev');
      // The site dev serves was built into the config's cache folder, at the project root.
      const built = await readFile(path.join(project, 'cache', 'dev', 'site', 'index.html'), 'utf8');
      expect(built).toContain('<html');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
