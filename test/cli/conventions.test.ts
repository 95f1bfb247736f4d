import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.ts';
import { CLI, salesplan } from './run-cli.ts';

const run = promisify(execFile);
const ESC = '\u001b[';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-conventions-'));
  await cp('content', path.join(work, 'bad'), { recursive: true });
  const goals = path.join(work, 'bad', '02-goals.md');
  await writeFile(goals, (await readFile(goals, 'utf8')).replace(/^target: .*$/m, 'traget: 250000'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The CLI on a terminal: `script` gives it a pseudo-terminal, so stderr.isTTY is true as in a person's shell. */
async function onTerminal(args: string[], env: Record<string, string | undefined>): Promise<string> {
  const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ');
  const { stdout } = await run('script', ['-qec', command, '/dev/null'], {
    cwd: work,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, SALESPLAN_CACHE: path.join(work, '.cache'), ...env },
  }).catch((error: { stdout: string }) => error);
  return stdout;
}

describe('salesplan --version', () => {
  it('prints the package version and exits 0', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = await salesplan([flag], work);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe('a mistyped command', () => {
  it('gets the command meant and one line of help, exit 2', async () => {
    const result = await salesplan(['biuld'], work);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "salesplan: unknown command 'biuld'. Did you mean 'build'?\nRun 'salesplan --help' for the commands and their options.\n",
    );
  });

  it('gets no suggestion when nothing is close', async () => {
    const result = await salesplan(['frobnicate'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: unknown command 'frobnicate'.\nRun 'salesplan --help' for the commands and their options.\n");
  });

  it('a wrong option names the command whose help to read, not the whole help', async () => {
    const result = await salesplan(['check', '--formta', 'json'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("salesplan: unknown option '--formta'. Did you mean '--format'?\nRun 'salesplan check --help' for its options.\n");
  });
});

describe('colour', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '2', NO_COLOR: '1' })).toBe(true);
  });

  it('the messages are coloured on a terminal, and not with NO_COLOR', async () => {
    const plain = await onTerminal(['check', 'bad'], { NO_COLOR: '1' });
    expect(plain).toMatch(/bad\/02-goals\.md:\d+:\d+ error unknown field `traget`/);
    expect(plain).not.toContain(ESC);
    const coloured = await onTerminal(['check', 'bad'], {});
    expect(coloured).toContain(ESC);
  });

  it('FORCE_COLOR colours the messages where the output is not a terminal (a CI log)', async () => {
    const result = await salesplan(['check', 'bad'], work, { FORCE_COLOR: '1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(ESC);
    expect((await salesplan(['check', 'bad'], work, { FORCE_COLOR: '0' })).stderr).not.toContain(ESC);
  });
});
