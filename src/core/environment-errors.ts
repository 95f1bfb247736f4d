import { shownPath } from './shown-path.ts';

/**
 * Problems with the machine rather than the plan or salesplan: a read-only or full disk, a folder that is a file,
 * a port in use. Each is one line for the user and exit code 2, never "internal error … This is a bug". The
 * system's error codes are worded here, in one place, so every call site says the same thing for the same cause.
 */

/** Printed as `salesplan: <message>` without a stack; exit code 2 (the cli's `usage`). */
export class EnvironmentError extends Error {
  readonly exitCode: number = 2;
}

/** A Node.js system error (fs, net): it has a string `code` such as `EROFS`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

type Remedy = 'writable' | 'space' | 'path' | 'retry' | 'address';

const CAUSES: Record<string, { reason: string; remedy: Remedy }> = {
  EROFS: { reason: 'the file system is read-only', remedy: 'writable' },
  EACCES: { reason: 'permission denied', remedy: 'writable' },
  EPERM: { reason: 'permission denied', remedy: 'writable' },
  ENOSPC: { reason: 'no space left on the device', remedy: 'space' },
  EDQUOT: { reason: 'the disk quota is exceeded', remedy: 'space' },
  EFBIG: { reason: 'the file is too large for the file system', remedy: 'space' },
  ENOTDIR: { reason: 'a part of the path is a file, not a folder', remedy: 'path' },
  EISDIR: { reason: 'it is a folder, not a file', remedy: 'path' },
  ENOENT: { reason: 'no such file or folder', remedy: 'path' },
  EEXIST: { reason: 'it already exists', remedy: 'path' },
  ELOOP: { reason: 'the path has a loop of symbolic links', remedy: 'path' },
  ENAMETOOLONG: { reason: 'the path is too long', remedy: 'path' },
  EXDEV: { reason: 'it is on another file system', remedy: 'path' },
  ENXIO: { reason: 'it is a device or socket, not a file', remedy: 'path' },
  EINVAL: { reason: 'the file system does not allow it', remedy: 'path' },
  EMFILE: { reason: 'too many open files', remedy: 'retry' },
  ENFILE: { reason: 'too many open files', remedy: 'retry' },
  EIO: { reason: 'an input/output error of the device', remedy: 'retry' },
  EBUSY: { reason: 'it is busy', remedy: 'retry' },
  ETXTBSY: { reason: 'it is busy', remedy: 'retry' },
  EAGAIN: { reason: 'the resource is temporarily unavailable', remedy: 'retry' },
  ENOMEM: { reason: 'out of memory', remedy: 'retry' },
  EADDRINUSE: { reason: 'the address is already in use', remedy: 'address' },
  EADDRNOTAVAIL: { reason: 'the address is not one of this machine', remedy: 'address' },
  ENOTFOUND: { reason: 'the host name is not known', remedy: 'address' },
};

/** The user's words for a system error ("the file system is read-only"), or undefined when it is not one. */
export function systemErrorReason(error: unknown): string | undefined {
  return isSystemError(error) ? CAUSES[error.code!]?.reason : undefined;
}

export interface FailedAction {
  /** What salesplan was doing, as the rest of "cannot …": `write the output folder out`. */
  action: string;
  /** The setting that names the place, for the hint: `--out`, `--cache-dir or $SALESPLAN_CACHE`. */
  setting?: string | undefined;
}

/**
 * An EnvironmentError for a system error, worded `cannot <action>: <reason>; <what to do>`; any other error is
 * returned as it is (a bug stays a bug). Call sites say what they were doing; the words for the cause are here.
 */
export function environmentError(error: unknown, { action, setting }: FailedAction): unknown {
  if (error instanceof EnvironmentError || !isSystemError(error)) return error;
  // makeFolders makes the parents first, so an ENOENT from mkdir means the parent takes no new folders (/proc).
  const cause = error.syscall === 'mkdir' && error.code === 'ENOENT' ? { reason: 'no folder can be made there', remedy: 'path' as const } : CAUSES[error.code!];
  if (!cause) return error;
  const elsewhere = setting ? ` or choose another folder with ${setting}` : '';
  const remedy: Record<Remedy, string> = {
    writable: `make it writable${elsewhere}`,
    space: `free some space${elsewhere}`,
    path: setting ? `check the path given with ${setting}` : 'check the path',
    retry: 'run the command again',
    address: 'choose another --host or --port',
  };
  return new EnvironmentError(`cannot ${action}: ${cause.reason}; ${remedy[cause.remedy]}`, { cause: error });
}

/** For an error no call site worded: the system error's own path names the place. */
export function unplacedEnvironmentError(error: unknown): unknown {
  if (!isSystemError(error)) return error;
  const address = (error as { address?: string }).address;
  const where = error.path !== undefined ? shownPath(error.path) : address;
  const verb = error.syscall === 'listen' ? 'listen on' : 'use';
  return environmentError(error, { action: where ? `${verb} ${where}` : (error.syscall ?? 'use a file') });
}
