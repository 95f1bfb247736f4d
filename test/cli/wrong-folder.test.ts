import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesplan } from './run-cli.ts';

// A user in the wrong folder is told where the plan is, in paths relative to where they stand; a user anywhere in a
// project (its folder, inside content/, another folder of it) needs no plan folder on the command line.
let project: string;
/** A folder of plan files that is no project's content/: nothing above it has one (the repository ends there). */
let loose: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'salesplan-wrong-folder-'));
  await mkdir(path.join(project, '.git'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(project, 'content'), { recursive: true });
  await mkdir(path.join(project, 'content', 'notes'));
  await mkdir(path.join(project, 'docs', 'old'), { recursive: true });
  loose = await mkdtemp(path.join(tmpdir(), 'salesplan-wrong-folder-loose-'));
  await mkdir(path.join(loose, '.git'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(loose, 'drafts'), { recursive: true });
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
  await rm(loose, { recursive: true, force: true });
});

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cache outside the plan folder, wherever the command runs (run-cli's default is inside the working folder). */
const env = () => ({ SALESPLAN_CACHE: path.join(project, '.cache') });

describe('a plan folder that is not one', () => {
  it('given the project folder: names its content/ folder', async () => {
    const result = await salesplan(['check', '.'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: plan folder . has no .md files; the plan's files are in content: give that folder instead\n");
  });

  it('run inside a folder of plan files that is no project’s content/: says the current folder is the plan', async () => {
    const result = await salesplan(['check'], path.join(loose, 'drafts'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: plan folder content was not found; this folder holds the plan's files itself: give `.` as the plan folder\n");
  });

  it('a folder given elsewhere gets no guess, and is named relative to where the user stands', async () => {
    const result = await salesplan(['check', path.join(project, 'nowhere')], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('salesplan: plan folder nowhere was not found\n');
  });
});

describe('the plan found from where the user stands, without a config file', { timeout: 240_000 }, () => {
  it('inside content/, in a folder inside it, in another folder of the project: the project’s content/', async () => {
    const places: [string, string][] = [
      [path.join(project, 'content'), '.'],
      [path.join(project, 'content', 'notes'), '..'],
      [path.join(project, 'docs', 'old'), path.join('..', '..', 'content')],
    ];
    for (const [where, shown] of places) {
      const result = await salesplan(['check'], where, env());
      // The fixture's one warning, at its file as seen from there, and the folder checked.
      expect(result.stderr).toMatch(new RegExp(`^${literal(path.join(shown, '04-team.md'))}:12:20 warning `));
      expect(result.stderr.endsWith(`\n${shown}: the plan is valid (8 files checked)\n`)).toBe(true);
      expect(result.code).toBe(0);
    }
  });
});
