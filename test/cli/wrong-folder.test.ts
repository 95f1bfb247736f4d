import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesplan } from './run-cli.ts';

// A user in the wrong folder is told where the plan is, in paths relative to where they stand.
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'salesplan-wrong-folder-'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(project, 'content'), { recursive: true });
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('a plan folder that is not one', () => {
  it('given the project folder: names its content/ folder', async () => {
    const result = await salesplan(['check', '.'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: plan folder . has no .md files; the plan's files are in content: give that folder instead\n");
  });

  it('run inside content/: says the current folder is the plan', async () => {
    const result = await salesplan(['check'], path.join(project, 'content'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: plan folder content was not found; this folder holds the plan's files itself: give `.` as the plan folder\n");
  });

  it('a folder given elsewhere gets no guess', async () => {
    const result = await salesplan(['check', path.join(project, 'nowhere')], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`salesplan: plan folder ${path.join(project, 'nowhere')} was not found\n`);
  });
});
