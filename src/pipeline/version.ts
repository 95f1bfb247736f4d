import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRepository } from './project-repository.ts';

const run = promisify(execFile);

export interface PlanVersion {
  commit?: string;
  /** ISO date of the last commit that touched the plan. */
  date?: string;
  /** Fixed creation date for reproducible PDFs: SOURCE_DATE_EPOCH, else the last commit, else none. */
  epoch?: Date | undefined;
}

/**
 * git's settings for one read-only `git log` in the project's own repository. git runs in the repository's work
 * tree (found by projectRepository, never in the plan folder) and may not look further up; no system or global
 * config (the commit shown depends on the repository alone); and the settings that could start a program are
 * off even if the repository's config sets them: signature checks (gpg.program), fsmonitor, hooks. An implicit
 * bare repository is refused outright. Decision: no `safe.directory` override, so git's own refusal of a
 * repository another user owns still holds (such a plan gets no commit).
 */
function gitCommand(workTree: string, planPath: string, env: NodeJS.ProcessEnv) {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('GIT_')));
  return {
    args: [
      '--no-pager',
      '--literal-pathspecs',
      '-c', 'safe.bareRepository=explicit',
      '-c', 'core.fsmonitor=false',
      '-c', 'core.hooksPath=/dev/null',
      '-c', 'log.showSignature=false',
      'log', '-1', '--no-show-signature', '--no-mailmap', '--format=%h %cI', '--', planPath || '.',
    ],
    options: {
      cwd: workTree,
      // A hang guard only: on a loaded machine git can take seconds, and a missed version reprints every PDF.
      timeout: 60_000,
      env: {
        ...clean,
        GIT_CEILING_DIRECTORIES: path.dirname(workTree),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
      },
    },
  };
}

/** The plan's version as its project's git repository knows it; a plan outside git simply has none. */
export async function planVersion(planDir: string, env = process.env): Promise<PlanVersion> {
  const fromEnv = env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH) ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : undefined;
  try {
    const repository = await projectRepository(planDir);
    if (!repository) return { epoch: fromEnv };
    const { args, options } = gitCommand(repository.workTree, repository.planPath, env);
    const { stdout } = await run('git', args, options);
    const [commit, date] = stdout.trim().split(' ');
    if (!commit || !date) return { epoch: fromEnv };
    return { commit, date: date.slice(0, 10), epoch: fromEnv ?? new Date(date) };
  } catch {
    return { epoch: fromEnv };
  }
}
