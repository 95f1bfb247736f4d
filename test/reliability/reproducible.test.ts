import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';

/**
 * Two builds of the same plan, each with a cold cache and its own output folder, give the same bytes in every
 * file: HTML, SVG, CSS and the PDFs (their dates come from SOURCE_DATE_EPOCH, their ids are derived, not random).
 */
let work: string;
const epoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-repro-'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(work, 'plan'), { recursive: true });
  process.env.SOURCE_DATE_EPOCH = '1790000000';
});

afterAll(async () => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
  await rm(work, { recursive: true, force: true });
});

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    names.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), await readFile(full)] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('reproducible output', () => {
  it('builds byte-identical HTML, SVG and PDFs twice over, from cold caches', async () => {
    const outputs = [];
    for (const n of [1, 2]) {
      const result = await build({ planDir: 'plan', outDir: `out-${n}`, cwd: work, pdf: true, cacheDir: path.join(work, `cache-${n}`) });
      expect(result.ok).toBe(true);
      expect(result.diagrams.cached).toBe(0);
      outputs.push(await files(path.join(work, `out-${n}`)));
    }
    const [first, second] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first.keys()].some((name) => name.endsWith('.pdf'))).toBe(true);
    expect([...first.keys()].some((name) => name.endsWith('.html'))).toBe(true);
    const differing = [...first].filter(([name, bytes]) => !bytes.equals(second.get(name) ?? Buffer.alloc(0))).map(([name]) => name);
    expect(differing).toEqual([]);
  }, 300_000);
});
