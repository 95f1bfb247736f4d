import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { readFileInside } from '../write/index.ts';

export interface ProjectRepository {
  /** The work tree: the folder that holds `.git`, a real path. */
  workTree: string;
  /** The plan folder relative to the work tree (`content`), `/`-separated: git's pathspec. */
  planPath: string;
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/**
 * The git repository that holds the plan, found without git: the nearest folder *above* the plan folder that has
 * a `.git` (a folder, or a worktree's or submodule's `.git` file), by real paths.
 *
 * The plan folder is untrusted (a cloned plan is anyone's files), so a repository it forms itself is never used:
 * not one whose files it holds (HEAD, config, objects/: plain files any repository can commit, which git would
 * take for a bare repository and whose config can make `git log` run a program), nor a `.git` at the plan
 * folder itself or a `.git` file pointing into it. Decision: such a plan simply has no commit on its cover.
 */
export async function projectRepository(planDir: string): Promise<ProjectRepository | undefined> {
  const plan = await realpath(planDir).catch(() => undefined);
  if (!plan) return undefined;
  if (await exists(path.join(plan, '.git'))) return undefined;
  for (let dir = path.dirname(plan); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    if (await exists(dotGit)) {
      const gitDir = await resolveGitDir(dotGit);
      if (!gitDir || inside(gitDir, plan)) return undefined;
      // A worktree's git dir names the shared one in `commondir`: that one holds the config git reads.
      const common = await readFileInside(path.join(gitDir, 'commondir'), gitDir).then(String, () => undefined);
      if (common !== undefined) {
        const commonDir = await realpath(path.resolve(gitDir, common.trim())).catch(() => undefined);
        if (!commonDir || inside(commonDir, plan)) return undefined;
      }
      return { workTree: dir, planPath: path.relative(dir, plan).split(path.sep).join('/') };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `.git` as a folder, or the folder a `gitdir: …` file names; a real path, or undefined when it leads nowhere. */
async function resolveGitDir(dotGit: string): Promise<string | undefined> {
  const info = await stat(dotGit).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) return realpath(dotGit);
  if (!info.isFile()) return undefined;
  const text = await readFileInside(dotGit, path.dirname(dotGit)).then(String, () => '');
  const match = /^gitdir: (.+)$/m.exec(text);
  if (!match?.[1]) return undefined;
  return realpath(path.resolve(path.dirname(dotGit), match[1].trim())).catch(() => undefined);
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}
