import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedBy, expectNoInternalError, salesplan, workspace } from './harness.ts';

// The harness itself must be able to see a change, or every "nothing changed" assertion built on it is void.
describe('hostile harness', () => {
  it('sees an added, a changed and an untouched file', async () => {
    const ws = await workspace('harness');
    const { changed } = await changedBy(ws, async () => {
      await writeFile(path.join(ws.outside, 'new.txt'), 'x');
      await writeFile(ws.secret, 'changed');
    });
    expect(changed).toEqual(['+ outside/new.txt', '~ outside/secret.txt']);
  });

  it('a check of the plain plan changes nothing and exits 0', async () => {
    const ws = await workspace('harness-check');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan']));
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    expect(changed).toEqual([]);
  });
});
