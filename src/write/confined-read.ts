import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reading a file an untrusted folder names (a plan's section, template override, image, the config), only if it is
 * that folder's own regular file: its real path (every symlink followed) lies inside the folder's real path, and
 * it is a regular file, checked again on the opened handle so a file swapped in between is caught.
 *
 * A link inside the folder is fine. A link to outside, a FIFO or a device (which would hang or never end), a
 * socket, a folder or a link to nothing is refused with a reason, and never opened for reading.
 */
export type RefusedReason =
  | { kind: 'missing' }
  | { kind: 'dangling' }
  | { kind: 'outside'; what: string }
  | { kind: 'not-a-file'; what: string }
  | { kind: 'changed' };

export type Vetted = { ok: true; real: string; stats: Stats } | { ok: false; reason: RefusedReason };

export class RefusedFileError extends Error {
  override name = 'RefusedFileError';
  constructor(
    readonly file: string,
    readonly reason: RefusedReason,
  ) {
    super(`${file} ${refusalText(reason)}`);
  }
}

/** "is a link to a file outside the plan folder" and the like: what follows the file's name in a message. */
export function refusalText(reason: RefusedReason, folder = 'the plan folder'): string {
  switch (reason.kind) {
    case 'missing':
      return 'was not found';
    case 'dangling':
      return 'is a link to nothing (a dangling symbolic link)';
    case 'outside':
      return `is a link to ${reason.what} outside ${folder}`;
    case 'not-a-file':
      return `is not a regular file but ${reason.what}`;
    case 'changed':
      return 'changed while it was being read';
  }
}

function whatIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

function judge(linked: Stats, real: string | undefined, root: string, target: Stats | undefined): Vetted {
  if (!real || !target) return { ok: false, reason: { kind: linked.isSymbolicLink() ? 'dangling' : 'missing' } };
  if (!isInside(real, root)) return { ok: false, reason: { kind: 'outside', what: target.isFile() ? 'a file' : whatIs(target) } };
  if (!target.isFile()) return { ok: false, reason: { kind: 'not-a-file', what: whatIs(target) } };
  return { ok: true, real, stats: target };
}

/** What `file` is, without opening it: its real path and stats when it may be read. */
export async function vetFile(file: string, root: string): Promise<Vetted> {
  const linked = await lstat(file).catch((error: unknown) => (code(error) === 'ENOENT' || code(error) === 'ENOTDIR' ? undefined : Promise.reject(error)));
  if (!linked) return { ok: false, reason: { kind: 'missing' } };
  const real = await realpath(file).catch(() => undefined);
  const target = real ? await stat(real).catch(() => undefined) : undefined;
  return judge(linked, real, await realpath(root), target);
}

export function vetFileSync(file: string, root: string): Vetted {
  let linked: Stats;
  try {
    linked = lstatSync(file);
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return { ok: false, reason: { kind: 'missing' } };
    throw error;
  }
  let real: string | undefined;
  let target: Stats | undefined;
  try {
    real = realpathSync(file);
    target = statSync(real);
  } catch {
    // A link to nothing, or a loop of links.
  }
  return judge(linked, real, realpathSync(root), target);
}

// Never follow a link at the last step (the real path has none unless it was swapped in), and never wait on a
// FIFO swapped in after the check: O_NONBLOCK makes its open return at once, and fstat then refuses it.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const same = (a: Stats, b: Stats) => b.isFile() && a.ino === b.ino && a.dev === b.dev;

/** The bytes of `file`, a regular file inside `root`; RefusedFileError otherwise. */
export async function readFileInside(file: string, root: string): Promise<Buffer> {
  const vetted = await vetFile(file, root);
  if (!vetted.ok) throw new RefusedFileError(file, vetted.reason);
  const handle = await open(vetted.real, FLAGS).catch((error: unknown) => {
    throw code(error) === 'ELOOP' ? new RefusedFileError(file, { kind: 'changed' }) : error;
  });
  try {
    if (!same(vetted.stats, await handle.stat())) throw new RefusedFileError(file, { kind: 'changed' });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export function readFileInsideSync(file: string, root: string): Buffer {
  const vetted = vetFileSync(file, root);
  if (!vetted.ok) throw new RefusedFileError(file, vetted.reason);
  let fd: number;
  try {
    fd = openSync(vetted.real, FLAGS);
  } catch (error) {
    throw code(error) === 'ELOOP' ? new RefusedFileError(file, { kind: 'changed' }) : error;
  }
  try {
    if (!same(vetted.stats, fstatSync(fd))) throw new RefusedFileError(file, { kind: 'changed' });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
