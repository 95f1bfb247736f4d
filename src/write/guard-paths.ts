import path from 'node:path';

/**
 * The output folder is replaced wholesale on every build, so it must never contain the plan or the project:
 * `--out .` or `--out ..` would otherwise delete the sources. Returns a reason when the folder is unsafe.
 */
export function unsafeOutputReason(outDir: string, planDir: string, projectRoot: string): string | undefined {
  const out = path.resolve(outDir);
  const contains = (outer: string, inner: string) => {
    const rel = path.relative(outer, inner);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (contains(out, path.resolve(planDir))) {
    return `the output folder ${outDir} contains the plan folder ${planDir}; choose a folder of its own, e.g. --out output`;
  }
  if (contains(out, path.resolve(projectRoot))) {
    return `the output folder ${outDir} contains the project ${projectRoot}; choose a folder of its own, e.g. --out output`;
  }
  if (path.parse(out).root === out) return 'the output folder cannot be the root of the file system';
  return undefined;
}
