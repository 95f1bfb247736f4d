import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentError, environmentError } from '../core/environment-errors.ts';
import { foreignOutput } from './guard-paths.ts';
import { makeFolders } from './make-folders.ts';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, outputFolderOwner } from './owned-folders.ts';

/**
 * A build writes into a sibling folder of the output and swaps it in only when everything succeeded,
 * so a failed or interrupted build never leaves a half-written output in place of the last good one.
 * The sibling lives on the same file system, which keeps the swap a pair of renames. The staged folder holds
 * OUTPUT_MARKER from the start, so the folder swapped in is one the next build may replace.
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

export interface StagingOptions {
  /** The output as the user wrote it, for messages (default: the path). */
  shown?: string | undefined;
  /** The setting that names it, for the hints (default `--out`). */
  setting?: string | undefined;
  /** The caller vouches that the folder is salesplan's (dev's site in its cache): replaced even unmarked. */
  owned?: boolean | undefined;
}

/** `outDir` is the output's real location, as checkOutputFolder returned it. */
export async function createStaging(outDir: string, options: StagingOptions = {}): Promise<Staging> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  const suffix = randomBytes(4).toString('hex');
  const dir = path.join(parent, `.${name}.staging-${suffix}`);
  const setting = options.setting ?? '--out';
  const label = `the output folder ${options.shown ?? outDir}`;
  const failed = (error: unknown) => environmentError(error, { action: `write ${label}`, setting });
  await makeFolders(parent)
    .then(() => mkdir(dir))
    .then(() => writeFile(path.join(dir, OUTPUT_MARKER), OUTPUT_MARKER_TEXT))
    .catch(async (error: unknown) => {
      await rm(dir, { recursive: true, force: true }).catch(() => {});
      throw failed(error);
    });
  let done = false;

  return {
    dir,
    async write(relativePath, contents) {
      const file = path.resolve(dir, relativePath);
      if (!file.startsWith(dir + path.sep)) throw new Error(`refusing to write outside the output folder: ${relativePath}`);
      try {
        await makeFolders(path.dirname(file));
        await writeFile(file, contents);
      } catch (error) {
        throw failed(error);
      }
    },
    async commit() {
      // Checked again at the swap: the folder may have changed while the build ran (a file saved into it).
      await replaceable(target, label, setting, options.owned === true);
      const old = path.join(parent, `.${name}.old-${suffix}`);
      const hadOutput = await rename(target, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw failed(error);
        },
      );
      try {
        await rename(dir, target);
      } catch (error) {
        if (hadOutput) await rename(old, target);
        throw failed(error);
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

/** The output folder may be replaced: absent, empty, marked or an older salesplan's; never a file. */
async function replaceable(target: string, label: string, setting: string, owned: boolean): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new EnvironmentError(`${label} is no longer a folder; salesplan replaces only folders it made, so it left it as it is`);
  if (!owned && (await outputFolderOwner(target)) === 'foreign') throw foreignOutput(label, setting);
}
