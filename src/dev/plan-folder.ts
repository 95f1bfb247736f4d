import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Whether the plan folder is there, and whether it is still the same folder. `git checkout` of a branch without
 * the plan removes the folder and a checkout back creates a new one; a tool may also rename a new folder into its
 * place. A watcher on the folder itself follows the old one (or nothing), so the dev server watches the folder's
 * parent for its name, and re-watches the plan when a folder by that name is back.
 */
export interface PlanFolderWatch {
  /** Looks now (also called on every change the plan's own watcher reports); true if the folder is there. */
  check(): Promise<boolean>;
  close(): void;
}

export interface PlanFolderEvents {
  /** The folder went away: called once per absence. */
  onGone(): void;
  /** A folder by that name is there again, or a different folder took its place. */
  onBack(): void;
}

type Identity = string | undefined;

/** Device, inode and birth time: a folder made again may get the inode number of the one just removed. */
async function identity(dir: string): Promise<Identity> {
  const info = await stat(dir, { bigint: true }).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeNs}` : undefined;
}

export async function watchPlanFolder(planDir: string, events: PlanFolderEvents): Promise<PlanFolderWatch> {
  let current = await identity(planDir);
  // Checks run one after another, so two events in a row cannot both report the same change.
  let queue: Promise<boolean> = Promise.resolve(current !== undefined);
  const check = (): Promise<boolean> => {
    queue = queue.then(async () => {
      const seen = await identity(planDir);
      if (seen === current) return seen !== undefined;
      const before = current;
      current = seen;
      if (seen === undefined) events.onGone();
      else if (before === undefined || seen !== before) events.onBack();
      return seen !== undefined;
    });
    return queue;
  };

  const name = path.basename(planDir);
  let parent: FSWatcher | undefined;
  try {
    parent = watch(path.dirname(planDir), { persistent: false }, (_event, file) => {
      if (file === null || file === name) void check();
    });
    // The parent going away too is beyond what dev follows; it keeps serving what it has.
    parent.on('error', () => {});
  } catch {
    parent = undefined;
  }
  return {
    check,
    close() {
      parent?.close();
    },
  };
}
