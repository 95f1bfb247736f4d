import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedBy, expectNoInternalError, salesplan, workspace, type Workspace } from './harness.ts';

// Code execution: a plan folder that holds the files of a bare git repository (HEAD, config, objects/, refs/,
// all plain files any repository can commit) whose config makes `git log` start a program shipped in the plan.
// The program writes outside/MARKER: it must never run, and the cover still gets the project's own commit.

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();

/**
 * Makes `ws.plan` a bare repository whose one commit carries a signature of `kind`, so that `git log` with
 * `log.showSignature` runs the verifying program the config names: hooks/verify in the plan, by a path relative
 * to the folder git runs in. `config` is the rest of the repository's config.
 */
async function plantHostileRepository(ws: Workspace, kind: 'gpg' | 'x509', config: string): Promise<string> {
  const scratch = path.join(ws.root, 'scratch');
  await mkdir(scratch);
  git(scratch, 'init', '-q');
  await writeFile(path.join(scratch, 'notes.txt'), 'hello\n');
  git(scratch, 'add', 'notes.txt');
  const tree = git(scratch, 'write-tree');
  const armour = kind === 'gpg' ? 'PGP SIGNATURE' : 'SIGNED MESSAGE';
  const commit = [
    `tree ${tree}`,
    'author Mallory <m@example.com> 1700000000 +0000',
    'committer Mallory <m@example.com> 1700000000 +0000',
    `gpgsig -----BEGIN ${armour}-----`,
    ' ',
    ' iQ==',
    ` -----END ${armour}-----`,
    '',
    'signed',
    '',
  ].join('\n');
  await writeFile(path.join(scratch, 'commit.txt'), commit);
  const id = git(scratch, 'hash-object', '-t', 'commit', '-w', 'commit.txt');
  git(scratch, 'update-ref', 'refs/heads/master', id);
  for (const name of ['HEAD', 'objects', 'refs']) await cp(path.join(scratch, '.git', name), path.join(ws.plan, name), { recursive: true });
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.join(ws.plan, 'hooks'));
  const verify = path.join(ws.plan, 'hooks', 'verify');
  await writeFile(verify, `#!/bin/sh\necho ran > '${path.join(ws.outside, 'MARKER')}'\n`);
  await chmod(verify, 0o755);
  await writeFile(path.join(ws.plan, 'config'), config);
  return id.slice(0, 7);
}

const GPG_CONFIG = `[core]
\tbare = true
\tpager = hooks/verify
[log]
\tshowSignature = true
[gpg]
\tprogram = hooks/verify
`;

// The same attack through an included file, with the fsmonitor and hooks settings pointing at the program too.
const INCLUDE_CONFIG = `[core]
\tbare = true
\tfsmonitor = hooks/verify
\thooksPath = hooks
[include]
\tpath = more.config
`;
const MORE_CONFIG = `[log]
\tshowSignature = true
[gpg "x509"]
\tprogram = hooks/verify
`;

/** What changed outside the output folder the build may write. */
const outsideOutput = (changed: string[]) => changed.filter((line) => !line.startsWith('+ project/output'));

async function footerCommit(ws: Workspace): Promise<string | undefined> {
  const html = await readFile(path.join(ws.project, 'output', 'index.html'), 'utf8');
  return /\bCommit ([0-9a-f]{7,}) \(/.exec(html)?.[1];
}

describe('hostile: code execution', () => {
  it('a bare repository in the plan of a git project: its gpg.program never runs, the cover shows the project commit', async () => {
    const ws = await workspace('exec-gpg');
    const hostile = await plantHostileRepository(ws, 'gpg', GPG_CONFIG);
    git(ws.project, 'init', '-q');
    git(ws.project, 'add', '-A');
    git(ws.project, 'commit', '-q', '-m', 'the plan');
    const own = git(ws.project, 'log', '-1', '--format=%h');

    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built output\/ from 8 files: 8 pages, \d+ diagrams \(\d+ cached\), 0 PDFs in /);
    expect(outsideOutput(changed)).toEqual([]);
    expect(await footerCommit(ws)).toBe(own);
    expect(own).not.toBe(hostile);
  });

  it('the same in a project outside git: nothing runs and the cover has no commit', async () => {
    const ws = await workspace('exec-gpg-nogit');
    await plantHostileRepository(ws, 'gpg', GPG_CONFIG);
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(outsideOutput(changed)).toEqual([]);
    expect(await footerCommit(ws)).toBeUndefined();
  });

  it('an included config with an x509 program, fsmonitor and hooks path: nothing runs', async () => {
    const ws = await workspace('exec-include');
    await plantHostileRepository(ws, 'x509', INCLUDE_CONFIG);
    await writeFile(path.join(ws.plan, 'more.config'), MORE_CONFIG);
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf']));
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built output\/ from 8 files: /);
    expect(outsideOutput(changed)).toEqual([]);
    expect(await footerCommit(ws)).toBeUndefined();
  });
});
