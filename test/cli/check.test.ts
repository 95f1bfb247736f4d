import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesplan } from './run-cli.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-check-'));
  await cp('content', path.join(work, 'good'), { recursive: true });
  await cp('content', path.join(work, 'bad'), { recursive: true });
  const goals = path.join(work, 'bad', '02-goals.md');
  const text = await readFile(goals, 'utf8');
  // A forgotten percent sign and a typo in a key: two positioned errors.
  await writeFile(goals, text.replace(/^target: .*$/m, 'traget: 250000'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('salesplan check', () => {
  it('exits 0 for a valid plan, with nothing on stdout', async () => {
    const result = await salesplan(['check', 'good'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('the plan is valid');
    expect(result.stdout).toBe('');
  });

  it('exits 1 with positioned messages for plan errors', async () => {
    const result = await salesplan(['check', 'bad'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\/02-goals\.md:\d+:\d+ error unknown field `traget`/);
    expect(result.stderr).toContain('the plan has errors');
  });

  it('prints JSON for CI with --format json', async () => {
    const result = await salesplan(['check', 'bad', '--format', 'json'], work);
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout) as Record<string, unknown>[];
    // The shape the README documents: every key on every message, vfile's field names.
    const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'reason', 'note', 'ruleId', 'source', 'url', 'expected', 'actual', 'cause'];
    for (const message of messages) expect(Object.keys(message).sort()).toEqual([...keys].sort());
    const unknown = messages.find((m) => m.ruleId === 'unknown-field');
    expect(unknown).toMatchObject({ file: 'bad/02-goals.md', severity: 'error', source: 'validate', url: 'README.md#section-goals', actual: 'traget', expected: ['target'] });
    expect(unknown?.line).toBeGreaterThan(1);
    const clean = await salesplan(['check', 'good', '--format', 'json'], work);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).filter((m: { severity: string }) => m.severity === 'error')).toEqual([]);
  });

  it('keeps parsed files in the parse cache: a second check says the same, an edited file is read again', async () => {
    await cp(path.join(work, 'bad'), path.join(work, 'again'), { recursive: true });
    const first = await salesplan(['check', 'again'], work);
    // run-cli points SALESPLAN_CACHE at .cache-test in the working folder.
    expect(await readdir(path.join(work, '.cache-test', 'parsed'))).not.toHaveLength(0);
    const second = await salesplan(['check', 'again'], work);
    expect(second).toEqual(first);
    const goals = path.join(work, 'again', '02-goals.md');
    await writeFile(goals, (await readFile(goals, 'utf8')).replace('traget: 250000', 'targte: 250000'));
    const edited = await salesplan(['check', 'again'], work);
    expect(edited.stderr).toMatch(/again\/02-goals\.md:\d+:\d+ error unknown field `targte`/);
    expect(edited.stderr).not.toContain('traget');
  });

  it('exits 2 for usage and environment errors', async () => {
    expect((await salesplan(['check', 'no-such-folder'], work)).code).toBe(2);
    expect((await salesplan(['check', 'good', '--format', 'xml'], work)).code).toBe(2);
    expect((await salesplan(['check', 'good', '--bogus'], work)).code).toBe(2);
  });
});
