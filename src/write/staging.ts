import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A build writes into a sibling folder of the output and swaps it in only when everything succeeded,
 * so a failed or interrupted build never leaves a half-written output in place of the last good one.
 * The sibling lives on the same file system, which keeps the swap a pair of renames.
 */
export interface Staging {
  /** Where this build writes. */
  readonly dir: string;
  write(relativePath: string, contents: string | Uint8Array): Promise<void>;
  /** Replace the output folder with the staged one. */
  commit(): Promise<void>;
  /** Throw the staged folder away; the output folder is untouched. Safe to call after commit. */
  discard(): Promise<void>;
}

export async function createStaging(outDir: string): Promise<Staging> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  const suffix = randomBytes(4).toString('hex');
  const dir = path.join(parent, `.${name}.staging-${suffix}`);
  await mkdir(dir, { recursive: true });
  let done = false;

  return {
    dir,
    async write(relativePath, contents) {
      const file = path.resolve(dir, relativePath);
      if (!file.startsWith(dir + path.sep)) throw new Error(`refusing to write outside the output folder: ${relativePath}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
    },
    async commit() {
      const old = path.join(parent, `.${name}.old-${suffix}`);
      const hadOutput = await rename(target, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      try {
        await rename(dir, target);
      } catch (error) {
        if (hadOutput) await rename(old, target);
        throw error;
      }
      done = true;
      if (hadOutput) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      if (!done) await rm(dir, { recursive: true, force: true });
      done = true;
    },
  };
}
