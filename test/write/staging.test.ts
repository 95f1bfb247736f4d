import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaging } from '../../src/write/index.ts';

// The race behind "Ctrl-C while PDFs print leaves a staging folder behind": a print that finished after the
// clean-up removed the staging folder was still written, and its write made the folder again.
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-staging-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a staging folder', () => {
  it('takes no write once discarded, so a late write cannot bring it back', async () => {
    const staging = await createStaging(path.join(work, 'late', 'output'));
    await staging.write('index.html', '<p>first</p>');
    await staging.discard();
    expect(existsSync(staging.dir)).toBe(false);
    await expect(staging.write('handbooks/ae.pdf', 'late PDF')).rejects.toThrow(/discarded/);
    expect(existsSync(staging.dir)).toBe(false);
    expect(await readdir(path.join(work, 'late'))).toEqual([]);
  });

  it('waits for the writes in flight before it is removed', async () => {
    const staging = await createStaging(path.join(work, 'inflight', 'output'));
    const writes = Array.from({ length: 20 }, (_, i) => staging.write(`handbooks/${i}/role.pdf`, 'x'.repeat(100_000)));
    await staging.discard();
    await Promise.allSettled(writes);
    expect(await readdir(path.join(work, 'inflight'))).toEqual([]);
  });

  it('commits: the output is replaced whole, nothing else is left beside it', async () => {
    const out = path.join(work, 'commit', 'output');
    const first = await createStaging(out);
    await first.write('index.html', 'one');
    await first.commit();
    const second = await createStaging(out);
    await second.write('index.html', 'two');
    await second.commit();
    await second.discard();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('two');
    expect(await readdir(path.join(work, 'commit'))).toEqual(['output']);
    await expect(second.write('late.html', 'x')).rejects.toThrow(/discarded/);
  });
});
