import path from 'node:path';

/**
 * A path as every message shows it: relative to where the user stands (the working directory), `../plan/x.md`
 * when it is outside, `.` for the folder itself; never absolute, however the user or the config gave it, so a
 * message reads the same in the text report, in JSON and in a one-line error. Decision: even a path that shares
 * only the file system's root with the working directory is shown relative (`../../tmp/plan`), as compilers
 * do: one rule, no guess at which form is shorter. (On Windows, a path on another drive has no relative form
 * and stays absolute.)
 */
export function shownPath(p: string, cwd = process.cwd()): string {
  return path.relative(cwd, path.resolve(cwd, p)) || '.';
}
