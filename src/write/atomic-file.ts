import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { environmentError } from '../core/environment-errors.ts';
import { makeFolders } from './make-folders.ts';

/**
 * Writes through a temp file in the same folder and renames it into place, so a build killed halfway never
 * leaves a truncated file for the next build to trust (caches are read back without re-checking content).
 * A full or read-only disk is an EnvironmentError naming the file, not the temp file.
 */
export async function writeFileAtomic(file: string, contents: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await makeFolders(path.dirname(file));
    await writeFile(temp, contents);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw environmentError(error, { action: `write ${file}` });
  }
}
