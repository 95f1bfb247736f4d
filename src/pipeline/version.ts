import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PlanVersion {
  commit?: string;
  /** ISO date of the last commit that touched the plan. */
  date?: string;
  /** Fixed creation date for reproducible PDFs: SOURCE_DATE_EPOCH, else the last commit, else none. */
  epoch?: Date | undefined;
}

/** The plan's version as git knows it; a plan outside git simply has none. */
export async function planVersion(planDir: string, env = process.env): Promise<PlanVersion> {
  const fromEnv = env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH) ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : undefined;
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%h %cI', '--', '.'], { cwd: planDir, timeout: 5000 });
    const [commit, date] = stdout.trim().split(' ');
    if (!commit || !date) return { epoch: fromEnv };
    return { commit, date: date.slice(0, 10), epoch: fromEnv ?? new Date(date) };
  } catch {
    return { epoch: fromEnv };
  }
}
