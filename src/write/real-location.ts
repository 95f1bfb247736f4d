import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from '../core/shown-path.ts';

/**
 * Where a path really is, through every symbolic link, whether it exists yet or not: the real location of its
 * nearest existing ancestor with the missing rest appended. Checks on the plan, output and cache folders compare
 * these, so `plan -> real/plan` and `--out real/plan` are seen to be the same folder.
 */
export type Location =
  | { kind: 'folder' | 'file' | 'other' | 'missing'; real: string }
  /** A symbolic link on the way (the path itself or an ancestor) points at nothing. */
  | { kind: 'dangling'; link: string; target: string }
  /** An ancestor is a file (or a device…), so the path cannot be a folder. */
  | { kind: 'under-file'; file: string };

export async function realLocation(given: string): Promise<Location> {
  const absolute = path.resolve(given);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    const link = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      // ENOTDIR: an ancestor is a file; the walk up finds it.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (link) {
      const info = link.isSymbolicLink() ? await stat(current).catch(danglingOrThrow) : link;
      if (info === 'dangling') return { kind: 'dangling', link: current, target: path.resolve(path.dirname(current), await readlink(current)) };
      const real = await realpath(current);
      if (rest.length > 0) {
        if (!info.isDirectory()) return { kind: 'under-file', file: current };
        return { kind: 'missing', real: path.join(real, ...rest) };
      }
      return { kind: info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other', real };
    }
    const parent = path.dirname(current);
    if (parent === current) return { kind: 'missing', real: absolute };
    rest.unshift(path.basename(current));
    current = parent;
  }
}

function danglingOrThrow(error: NodeJS.ErrnoException): 'dangling' {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return 'dangling';
  throw error;
}

/** Whether `inner` is `outer` or inside it (both real, absolute paths). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** A path as messages show it: relative to the working directory, also when outside it (core/shown-path.ts). */
export const displayPath = (p: string): string => shownPath(p);
