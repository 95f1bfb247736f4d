import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/pipeline/index.ts';

export interface BuiltSite {
  /** The output folder (absolute). */
  dir: string;
  /** Every HTML page, relative to dir, in a stable order. */
  pages: string[];
  remove(): Promise<void>;
}

/**
 * An example plan (content/ unless told, e.g. examples/sv/content) built as a site (no PDFs: these tests look at
 * the pages). The diagram cache is shared by the site tests so only the first file to run pays for mermaid;
 * entries are written atomically.
 */
export async function buildExampleSite(planDir = 'content'): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'salesplan-site-'));
  const dir = path.join(work, 'output');
  const result = await build({
    planDir,
    outDir: dir,
    pdf: false,
    cacheDir: path.join(tmpdir(), 'salesplan-site-test-cache'),
  });
  if (!result.ok) {
    const errors = result.files.flatMap((f) => f.messages.filter((m) => m.fatal).map(String));
    throw new Error(`the example plan ${planDir} did not build:\n${errors.join('\n')}`);
  }
  const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  return { dir, pages, remove: () => rm(work, { recursive: true, force: true }) };
}
