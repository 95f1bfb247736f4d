import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = path.resolve('bin/salesplan.js');

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-broken-diagram-'));
  await cp('content', path.join(work, 'plan'), { recursive: true });
  const file = path.join(work, 'plan', '05-process.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.trimEnd()}\n\n## A broken diagram\n\n\`\`\`mermaid\nflowchart LR\n  a --> --> b\n\`\`\`\n`);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('an author mermaid block with a syntax error', () => {
  it('fails the build with exit 1, the broken line’s file:line and mermaid’s own message', async () => {
    const text = await readFile(path.join(work, 'plan', '05-process.md'), 'utf8');
    // The error points into our block: at its broken line (the block's second), not at the plan's own diagram above it.
    const line = text.split('\n').lastIndexOf('```mermaid') + 1 + 2;
    const outcome = await run(process.execPath, [CLI, 'build', 'plan', '--out', 'output', '--no-pdf'], {
      cwd: work,
      env: { ...process.env, SALESPLAN_CACHE: path.join(work, 'cache') },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(new RegExp(`plan/05-process\\.md:${line}:\\d+ error mermaid diagram does not render`));
    expect(outcome.stderr).toMatch(/mermaid diagram does not render: .*Expecting/);
  });
});
