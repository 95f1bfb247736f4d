import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownPath } from '../../src/core/shown-path.ts';
import { salesplan } from './run-cli.ts';

// Every path in check's and build's messages is relative to where the user stands, however the plan, output or
// cache folder was given (relative, absolute): from a parent folder, a sibling folder and inside content/.
let root: string;
let content: string;
let cache: string;

const ERROR = (file: string) =>
  `${file}:6:12 error owner \`sdrx\` is not a role; did you mean \`sdr\`?\n  hint: roles: head_of_sales, sdr, bdr, ae\n1 error, 0 warnings\n`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'salesplan-relative-'));
  content = path.join(root, 'proj', 'content');
  cache = path.join(root, 'cache');
  await mkdir(path.join(root, '.git'));
  await mkdir(path.join(root, 'other'));
  await cp(path.resolve('test/fixtures/minimal-plan'), content, { recursive: true });
  const process = path.join(content, '06-process.md');
  await writeFile(process, (await readFile(process, 'utf8')).replace('owner: sdr', 'owner: sdrx'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const run = (args: string[], where: string) => salesplan(args, where, { SALESPLAN_CACHE: cache });

// Several CLI runs per case: a loaded 2-core machine needs the time.
describe('check', { timeout: 240_000 }, () => {
  it('from the parent folder, the plan given relative or absolute: proj/content/…', async () => {
    for (const plan of ['proj/content', './proj/content/', content]) {
      const result = await run(['check', plan], root);
      expect(result.stderr).toBe(`${ERROR('proj/content/06-process.md')}proj/content: the plan has errors (8 files checked)\n`);
      expect(result.code).toBe(1);
    }
  });

  it('from a sibling folder: ../proj/content/…, in text and in JSON (file and cause relative to the working directory)', async () => {
    const text = await run(['check', content], path.join(root, 'other'));
    expect(text.stderr).toBe(`${ERROR('../proj/content/06-process.md')}../proj/content: the plan has errors (8 files checked)\n`);
    const json = await run(['check', content, '--format', 'json'], path.join(root, 'other'));
    expect(json.code).toBe(1);
    const [message] = JSON.parse(json.stdout) as { file: string; line: number; column: number }[];
    expect(message).toMatchObject({ file: '../proj/content/06-process.md', line: 6, column: 12 });
  });

  it('inside content/, with no argument: the file names alone and `.`', async () => {
    const result = await run(['check'], content);
    expect(result.stderr).toBe(`${ERROR('06-process.md')}.: the plan has errors (8 files checked)\n`);
    const json = await run(['check', '--format', 'json'], content);
    expect(JSON.parse(json.stdout)[0].file).toBe('06-process.md');
  });

  it('a missing plan folder given absolute: one line, relative', async () => {
    const result = await run(['check', path.join(root, 'nowhere')], path.join(root, 'other'));
    expect(result.stderr).toBe('salesplan: plan folder ../nowhere was not found\n');
    expect(result.code).toBe(2);
  });
});

describe('build', { timeout: 240_000 }, () => {
  it('from the parent folder, plan and output given absolute: relative messages, the output named as from there', async () => {
    const result = await run(['build', content, '--no-pdf', '-q', '-o', path.join(root, 'site')], root);
    expect(result.stderr).toBe(`${ERROR('proj/content/06-process.md')}salesplan: build failed; site/ was left as it was.\n`);
    expect(result.code).toBe(1);
  });

  it('inside content/, with no argument: the output is the project’s ../output', async () => {
    const result = await run(['build', '--no-pdf', '-q'], content);
    expect(result.stderr).toBe(`${ERROR('06-process.md')}salesplan: build failed; ../output/ was left as it was.\n`);
    expect(result.code).toBe(1);
  });

  it('an output inside the plan folder, given absolute from the parent: refused, relative, with a folder beside the plan as the example', async () => {
    const result = await run(['build', content, '--no-pdf', '-o', path.join(content, 'out')], root);
    expect(result.stderr).toBe(
      'salesplan: the output folder proj/content/out is inside the plan folder proj/content; choose a folder of its own, e.g. --out proj/output\n',
    );
    expect(result.code).toBe(2);
    const inside = await run(['build', '.', '--no-pdf', '-o', 'out'], content);
    expect(inside.stderr).toBe('salesplan: the output folder out is inside the plan folder .; choose a folder of its own, e.g. --out ../output\n');
    expect(inside.code).toBe(2);
  });
});

describe('shownPath', () => {
  it('relative inside and beside the working directory, absolute when only the root is shared', () => {
    expect(shownPath('/home/me/plan/content/03-team.md', '/home/me/plan')).toBe('content/03-team.md');
    expect(shownPath('/home/me/plan/x.md', '/home/me/notes')).toBe('../plan/x.md');
    expect(shownPath('/home/me/plan', '/home/me/plan')).toBe('.');
    expect(shownPath('./content/', '/home/me/plan')).toBe('content');
    expect(shownPath('/dev/full', '/home/me/plan')).toBe('/dev/full');
  });
});
