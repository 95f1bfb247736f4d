import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p` without Node's `mkdir(dir, { recursive: true })`, which never returns when mkdir(2) answers ENOENT
 * although the parent exists: under /proc (`--cache-dir /proc/self/x`) or through a dangling symlink it steps back
 * to the parent (EEXIST), forward again (ENOENT), forever, at full CPU. Here each missing folder is made once,
 * top down, and the first error is final.
 */
export async function makeFolders(dir: string): Promise<void> {
  const target = path.resolve(dir);
  const missing: string[] = [];
  let current = target;
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${target}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: target });
      break;
    }
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    await mkdir(folder).catch(async (error: NodeJS.ErrnoException) => {
      // Made in the meantime by someone else (another build sharing the cache): fine if it is a folder.
      if (error.code === 'EEXIST' && (await stat(folder).catch(() => undefined))?.isDirectory()) return;
      throw error;
    });
  }
}
