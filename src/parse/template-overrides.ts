import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { vetFile } from '../write/index.ts';
import { reportRefused } from './refused-file.ts';

/**
 * The plan's own templates/ folder, walked before anything renders: every override must be a regular file (or a
 * folder) inside the plan folder. One that is a link to outside it, a FIFO, a device or a link to nothing is an
 * error on that file (the site would otherwise publish whatever it points at, or hang), returned as a file of its
 * own so it is reported like the plan's. A link inside the plan folder is followed, each real folder once.
 */
export async function checkTemplateOverrides(planDir: string, cwd: string): Promise<VFile[]> {
  const plan = await realpath(planDir).catch(() => undefined);
  if (!plan) return [];
  const refused: VFile[] = [];
  const seen = new Set<string>();
  const visit = async (entry: string): Promise<void> => {
    const vetted = await vetFile(entry, plan);
    if (vetted.ok || vetted.reason.kind === 'missing') return;
    if (vetted.reason.kind === 'not-a-file' && vetted.reason.what === 'a folder') {
      const real = await realpath(entry);
      if (seen.has(real)) return;
      seen.add(real);
      for (const name of (await readdir(entry)).sort()) await visit(path.join(entry, name));
      return;
    }
    refused.push(refusedTemplate(entry, cwd, vetted.reason));
  };
  await visit(path.join(planDir, 'templates'));
  return refused;
}

function refusedTemplate(entry: string, cwd: string, reason: Parameters<typeof reportRefused>[1]): VFile {
  const file = new VFile({ path: path.relative(cwd, entry), cwd });
  reportRefused(file, reason, { subject: 'the template', outcome: 'it was not used' });
  return file;
}
