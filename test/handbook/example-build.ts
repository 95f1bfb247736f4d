import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildResult } from '../../src/pipeline/index.ts';

/** A real build of the example plan (content/) into a fresh folder with its own cache. */
export async function buildExample(cacheDir?: string): Promise<{ work: string; out: string; cacheDir: string; result: BuildResult }> {
  const work = await mkdtemp(path.join(tmpdir(), 'salesplan-handbook-'));
  const out = path.join(work, 'output');
  const cache = cacheDir ?? path.join(work, 'cache');
  const result = await build({ planDir: 'content', outDir: out, cacheDir: cache });
  return { work, out, cacheDir: cache, result };
}
