import path from 'node:path';

/**
 * A path as every message shows it: relative to where the user stands (the working directory), `../plan/x.md`
 * when it is beside it, `.` for the folder itself, however the user or the config gave it, so a message reads
 * the same in the text report, in JSON and in a one-line error. Decision: a path that shares nothing with the
 * working directory but the file system's root (`/dev/full`, `/proc/self` from `/home/me/plan`) stays absolute:
 * `../../../dev/full` names no place a reader recognises. (On Windows, another drive has no relative form.)
 */
export function shownPath(p: string, cwd = process.cwd()): string {
  const from = path.resolve(cwd);
  const absolute = path.resolve(from, p);
  const relative = path.relative(from, absolute);
  if (relative === '') return '.';
  const up = relative.split(path.sep).filter((segment) => segment === '..').length;
  const depth = from.split(path.sep).filter(Boolean).length;
  return path.isAbsolute(relative) || (up > 0 && up >= depth) ? absolute : relative;
}
