import path from 'node:path';
import type { CacheDamage } from '../../write/index.ts';

/** The line a command prints for a damaged cache entry: which file, why, and that nothing of it was used. */
export function cacheDamageWarning(damage: CacheDamage, cwd = process.cwd()): string {
  const file = path.relative(cwd, damage.file) || damage.file;
  return `warning: the cache entry ${file} was damaged (${damage.reason}); it was discarded and made again`;
}
