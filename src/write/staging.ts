import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentError, environmentError } from '../core/environment-errors.ts';
import { onInterrupt } from '../core/interrupts.ts';
import { readFileInside } from './confined-read.ts';
import { foreignOutput } from './guard-paths.ts';
import { makeFolders } from './make-folders.ts';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, outputFolderOwner } from './owned-folders.ts';

/**
 * A build writes into a sibling folder of the output and swaps it in only when everything succeeded,
 * so a failed or interrupted build never leaves a half-written output in place of the last good one.
 * The sibling lives on the same file system, which keeps the swap a pair of renames. The staged folder holds
 * OUTPUT_MARKER from the start, so the folder swapped in is one the next build may replace.
 *
 * A file whose bytes are the same as the output's file of that name is not written: the output's file is
 * hard-linked into the staging folder, so it keeps its inode and mtime across the swap (a deploy that compares
 * times, a browser's cache, a backup see it unchanged) and a warm build writes only what changed. Decision: linked,
 * not written again, because it measured faster here (see the README's Performance section) and keeps the swap
 * whole; the output's file is never opened for writing, so the last good output stays as it was until the swap.
 *
 * No staging folder outlives the process: its clean-up is registered for an interrupt before the folder exists,
 * a discarded staging takes no more writes, and a write never makes the staging folder itself again (only the
 * folders below it), so nothing still in flight can bring it back once it was removed.
 */
export interface Staging {
  /** Where this build writes. */
  readonly dir: string;
  write(relativePath: string, contents: string | Uint8Array): Promise<void>;
  /** Replace the output folder with the staged one. */
  commit(): Promise<void>;
  /** Throw the staged folder away; the output folder is untouched. Safe to call after commit, and twice. */
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

/** Thrown by a write or commit after the staging was discarded (an interrupt, or a build that gave up). */
export class StagingClosedError extends Error {
  override name = 'StagingClosedError';
}

/** `outDir` is the output's real location, as checkOutputFolder returned it. */
export async function createStaging(outDir: string, options: StagingOptions = {}): Promise<Staging> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  const suffix = randomBytes(4).toString('hex');
  const dir = path.join(parent, `.${name}.staging-${suffix}`);
  const old = path.join(parent, `.${name}.old-${suffix}`);
  const setting = options.setting ?? '--out';
  const label = `the output folder ${options.shown ?? outDir}`;
  const failed = (error: unknown) => environmentError(error, { action: `write ${label}`, setting });
  const discarded = () => new StagingClosedError(`the staging folder ${dir} was discarded`);
  let closed = false;
  let committed = false;
  /** Staged files that are the output's own (hard links): a second write to one replaces the link, never writes into it. */
  const linked = new Set<string>();
  /** Writes and the commit in flight: discard waits for them, so none of them runs after the folder is gone. */
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    const forget = () => pending.delete(work);
    work.then(forget, forget);
    return work;
  };

  /** What an exit that cannot wait leaves: the output as it was (or as just committed), nothing else. */
  const discardNow = () => {
    closed = true;
    // Interrupted between the commit's two renames: put the last good output back.
    if (!committed && !existsSync(target) && existsSync(old)) renameSync(old, target);
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    rmSync(old, { recursive: true, force: true, maxRetries: 5 });
  };
  const discard = async () => {
    closed = true;
    await Promise.allSettled([...pending]);
    if (!committed) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    release();
  };
  const discardOnInterrupt = async () => {
    closed = true;
    await Promise.allSettled([...pending]);
    // Synchronous: the process is going away, and one sweep beats a thread-pool round trip per file.
    discardNow();
  };
  // Registered before the folder exists (and throws once interrupted: no staging is made after a Ctrl-C).
  const release = onInterrupt(discardOnInterrupt, discardNow);
  try {
    await track(makeFolders(parent)).catch((error: unknown) => {
      throw failed(error);
    });
    // Interrupted meanwhile: the clean-up already ran, so the folder must not be made now.
    if (closed) throw new StagingClosedError(`the staging folder ${dir} was discarded before it was made`);
    // Synchronous: no interrupt can come between making the folder and its clean-up seeing it.
    try {
      mkdirSync(dir);
    } catch (error) {
      throw failed(error);
    }
    const marker = path.join(dir, OUTPUT_MARKER);
    const writeMarker = async () => {
      if (await linkUnchanged(path.join(target, OUTPUT_MARKER), marker, OUTPUT_MARKER_TEXT, target)) linked.add(marker);
      else await writeFile(marker, OUTPUT_MARKER_TEXT);
    };
    await track(writeMarker()).catch(async (error: unknown) => {
      await rm(dir, { recursive: true, force: true }).catch(() => {});
      throw failed(error);
    });
  } catch (error) {
    release();
    throw error;
  }

  return {
    dir,
    write(relativePath, contents) {
      const file = path.resolve(dir, relativePath);
      if (!file.startsWith(dir + path.sep)) return Promise.reject(new Error(`refusing to write outside the output folder: ${relativePath}`));
      if (closed) return Promise.reject(discarded());
      return track(
        (async () => {
          try {
            await makeFoldersBelow(dir, path.dirname(file));
            if (linked.delete(file)) await rm(file, { force: true });
            if (await linkUnchanged(path.join(target, relativePath), file, contents, target)) linked.add(file);
            else await writeFile(file, contents);
          } catch (error) {
            throw closed ? discarded() : failed(error);
          }
        })(),
      );
    },
    commit() {
      if (closed) return Promise.reject(discarded());
      closed = true;
      return track(
        (async () => {
          // Checked again at the swap: the folder may have changed while the build ran (a file saved into it).
          await replaceable(target, label, setting, options.owned === true);
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
          committed = true;
          if (hadOutput) await rm(old, { recursive: true, force: true });
          release();
        })(),
      );
    },
    discard,
  };
}

/**
 * Hard-links the output's file `current` to `staged` when it holds exactly `contents`; false (nothing done) when it
 * does not, is not a regular file inside the output, or the file system takes no links. Checked again after the
 * link: a file swapped in meanwhile is not kept.
 */
async function linkUnchanged(current: string, staged: string, contents: string | Uint8Array, root: string): Promise<boolean> {
  const info = await lstat(current).catch(() => undefined);
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  if (!info?.isFile() || info.size !== bytes.byteLength) return false;
  const old = await readFileInside(current, root).catch(() => undefined);
  if (!old?.equals(bytes)) return false;
  try {
    await link(current, staged);
  } catch {
    return false;
  }
  const now = await lstat(staged);
  if (now.ino === info.ino && now.dev === info.dev) return true;
  await rm(staged, { force: true });
  return false;
}

/**
 * Makes the folders from `root` (exclusive) down to `folder`, one level at a time and never `root` itself: once
 * the staging folder is removed, a write still in flight fails instead of making it again.
 */
async function makeFoldersBelow(root: string, folder: string): Promise<void> {
  const parts = path.relative(root, folder).split(path.sep).filter(Boolean);
  let current = root;
  for (const part of parts) {
    current = path.join(current, part);
    await mkdir(current).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST' && (await lstat(current).catch(() => undefined))?.isDirectory()) return;
      throw error;
    });
  }
}

/** The output folder may be replaced: absent, empty, marked or an older salesplan's; never a file. */
async function replaceable(target: string, label: string, setting: string, owned: boolean): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new EnvironmentError(`${label} is no longer a folder; salesplan replaces only folders it made, so it left it as it is`);
  if (!owned && (await outputFolderOwner(target)) === 'foreign') throw foreignOutput(label, setting);
}
