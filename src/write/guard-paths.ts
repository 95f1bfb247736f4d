import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentError, environmentError } from '../core/environment-errors.ts';
import { makeFolders } from './make-folders.ts';
import { CACHE_TAG, CACHE_TAG_TEXT, cacheFolderOwner, OUTPUT_MARKER, outputFolderOwner } from './owned-folders.ts';
import { displayPath as display, isWithin, type Location, realLocation } from './real-location.ts';

/**
 * The rules that keep a build from losing a file, checked on real locations (through every symbolic link)
 * before anything is written. Each refusal is an EnvironmentError: one line, exit 2, saying why and what to do.
 */
export interface FolderContext {
  /** The plan folder (absolute). */
  plan: string;
  /** The project folders: the working directory, and the config file's folder when there is one (absolute). */
  projects: string[];
}

export interface OutputCheck extends FolderContext {
  /** The output folder, absolute, and as the user wrote it (for messages). */
  out: string;
  shown: string;
  /** The cache folder (absolute): it may not sit inside the output, which every build replaces. */
  cache?: string | undefined;
  /** The setting that names the output, for the hints: `--out` unless dev builds into its cache. */
  setting?: string | undefined;
  /** The caller vouches that the folder is salesplan's (dev's site inside its checked cache): no marker needed. */
  owned?: boolean | undefined;
}

/**
 * Refuses an output folder that is a file, the root, inside the plan folder or holding it or the project, or an
 * existing non-empty folder salesplan did not write (see owned-folders.ts). Returns its real location: the
 * build writes there, so an output reached through a link replaces the folder the link points at.
 */
export async function checkOutputFolder(check: OutputCheck): Promise<string> {
  const { shown } = check;
  const setting = check.setting ?? '--out';
  const label = `the output folder ${shown}`;
  // The example is a folder beside the plan folder: `output` in the project, `../output` from inside content/.
  const example = `${setting} ${display(path.join(path.dirname(check.plan), 'output'))}`;
  const at = await locate(check.out, label, setting);
  if (at.kind === 'file' || at.kind === 'other') {
    throw new EnvironmentError(`${label} is a file, not a folder; salesplan replaces its output folder whole, so give ${setting} a folder, e.g. ${example}`);
  }
  const out = at.real;
  const own = `choose a folder of its own, e.g. ${example}`;
  if (path.parse(out).root === out) throw new EnvironmentError(`${label} cannot be the root of the file system; ${own}`);
  const plan = await realOrResolved(check.plan);
  const via = (given: string, real: string) => (path.resolve(given) === real ? '' : ' (through a symbolic link)');
  const planShown = `${display(check.plan)}${via(check.plan, plan)}`;
  if (out === plan) throw new EnvironmentError(`${label}${via(check.out, out)} is the plan folder ${planShown}; ${own}`);
  if (isWithin(out, plan)) throw new EnvironmentError(`${label} contains the plan folder ${planShown}; ${own}`);
  if (isWithin(plan, out)) throw new EnvironmentError(`${label}${via(check.out, out)} is inside the plan folder ${planShown}; ${own}`);
  for (const project of check.projects) {
    if (isWithin(out, await realOrResolved(project))) {
      throw new EnvironmentError(`${label} contains the project ${display(project)}; ${own}`);
    }
  }
  if (check.cache && isWithin(out, await realOrResolved(check.cache))) {
    throw new EnvironmentError(`the cache folder ${display(check.cache)} is inside ${label}, which every build replaces; choose a cache folder outside it`);
  }
  if (at.kind === 'folder' && !check.owned) {
    const owner = await outputFolderOwner(out).catch((error: unknown) => {
      throw environmentError(error, { action: `read ${label}`, setting });
    });
    if (owner === 'foreign') throw foreignOutput(label, setting);
  }
  return out;
}

export function foreignOutput(label: string, setting: string): EnvironmentError {
  return new EnvironmentError(
    `${label} holds files salesplan did not write (it has no ${OUTPUT_MARKER}); salesplan replaces only folders it made: empty or remove it, or choose another folder with ${setting}`,
  );
}

export interface CacheCheck extends FolderContext {
  cache: string;
  shown: string;
}

const CACHE_SETTING = '--cache-dir or $SALESPLAN_CACHE';

/**
 * Makes sure the cache folder is salesplan's before anything is written into it: a new folder is made and
 * tagged, an empty one or an older salesplan's cache adopted (tagged), anything else refused. Returns its real
 * location.
 */
export async function prepareCacheFolder(check: CacheCheck): Promise<string> {
  const label = `the cache folder ${check.shown}`;
  const at = await locate(check.cache, label, CACHE_SETTING);
  if (at.kind === 'file' || at.kind === 'other') throw new EnvironmentError(`${label} is a file, not a folder; give ${CACHE_SETTING} a folder`);
  const cache = at.real;
  const own = `choose a folder of its own with ${CACHE_SETTING}`;
  const plan = await realOrResolved(check.plan);
  const planShown = display(check.plan);
  if (isWithin(plan, cache)) throw new EnvironmentError(`${label} is inside the plan folder ${planShown}; ${own}`);
  if (isWithin(cache, plan)) throw new EnvironmentError(`${label} contains the plan folder ${planShown}; ${own}`);
  for (const project of check.projects) {
    if (isWithin(cache, await realOrResolved(project))) {
      throw new EnvironmentError(`${label} contains the project ${display(project)}; ${own}`);
    }
  }
  const failed = (error: unknown) => environmentError(error, { action: `create ${label}`, setting: CACHE_SETTING });
  if (at.kind === 'folder') {
    const owner = await cacheFolderOwner(cache).catch((error: unknown) => {
      throw environmentError(error, { action: `read ${label}`, setting: CACHE_SETTING });
    });
    if (owner === 'marked') return cache;
    if (owner === 'foreign') {
      throw new EnvironmentError(
        `${label} holds files salesplan did not write (it has no ${CACHE_TAG}); salesplan writes only into a cache folder it made: give ${CACHE_SETTING} a new or empty folder`,
      );
    }
  } else {
    await makeFolders(cache).catch((error: unknown) => {
      throw failed(error);
    });
  }
  // `wx`: another build sharing the cache may tag it at the same moment; its tag is as good as ours.
  await writeFile(path.join(cache, CACHE_TAG), CACHE_TAG_TEXT, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw failed(error);
  });
  return cache;
}

async function locate(given: string, label: string, setting: string): Promise<Exclude<Location, { kind: 'dangling' | 'under-file' }>> {
  const at = await realLocation(given).catch((error: unknown) => {
    throw environmentError(error, { action: `resolve ${label}`, setting });
  });
  if (at.kind === 'dangling') {
    const link = at.link === path.resolve(given) ? 'is a symbolic link' : `goes through ${display(at.link)}, a symbolic link`;
    throw new EnvironmentError(`${label} ${link} to ${display(at.target)}, which does not exist; create that folder, or give ${setting} another folder`);
  }
  if (at.kind === 'under-file') throw new EnvironmentError(`${label} cannot be made: ${display(at.file)} is a file, not a folder; give ${setting} another folder`);
  return at;
}

async function realOrResolved(dir: string): Promise<string> {
  const at = await realLocation(dir).catch(() => undefined);
  return at && 'real' in at ? at.real : path.resolve(dir);
}

