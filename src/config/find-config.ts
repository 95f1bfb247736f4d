import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { holdsPlanFiles } from '../parse/index.ts';

export const CONFIG_FILE = 'salesplan.config.json';

/**
 * Anything by that name but a folder: a link to outside the project, a FIFO or a link to nothing is found too,
 * so that loadConfig refuses it with a message instead of passing it over in silence.
 */
const isCandidate = (file: string) => {
  try {
    const linked = lstatSync(file);
    return !linked.isDirectory() && !(linked.isSymbolicLink() && existsSync(file) && statSync(file).isDirectory());
  } catch {
    return false;
  }
};

/**
 * Where `salesplan.config.json` is looked for, in order; the first that exists is used:
 *
 * 1. the working directory;
 * 2. the plan folder (the one given on the command line, else `content` in the working directory);
 * 3. each folder above the plan folder, nearest first, up to the repository's root (the first folder holding
 *    `.git`) or, outside a repository, the file system's root.
 *
 * So every command finds the project's config from the project folder, from inside the plan folder
 * (`cd content && salesplan check`) or with a plan path from elsewhere (`salesplan check ~/plans/q4/content`),
 * and a config above the repository never leaks into it. Folders that do not exist are passed over.
 */
export function configCandidates(cwd: string, planDir: string): string[] {
  const plan = path.resolve(cwd, planDir);
  const folders = [path.resolve(cwd), plan, ...foldersAbove(plan)];
  return [...new Set(folders)].map((dir) => path.join(dir, CONFIG_FILE));
}

/** The folders above `dir`, nearest first, up to the repository's root (the first holding `.git`) or the file system's. */
function foldersAbove(dir: string): string[] {
  const folders: string[] = [];
  for (let at = dir; !existsSync(path.join(at, '.git')); ) {
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
    folders.push(at);
  }
  return folders;
}

/**
 * The project folder when no config file was found and no plan folder was given: the working directory or the
 * nearest folder above it (up to the repository's root, as configCandidates) whose `content/` holds plan files,
 * so `salesplan check` works from the project folder, from inside content/ (or a folder in it) and from any other
 * folder of the project, the way git finds its repository. Undefined when there is none: the working directory
 * stays the project, and a missing plan folder gets its hint (parse/plan-folder-hint.ts).
 */
export function findProject(cwd: string, planFolder: string): string | undefined {
  const start = path.resolve(cwd);
  return [start, ...foldersAbove(start)].find((dir) => holdsPlanFiles(path.join(dir, planFolder)));
}

/** The config file that applies (absolute), or undefined when there is none. */
export function findConfig(cwd: string, planDir: string): string | undefined {
  return configCandidates(cwd, planDir).find(isCandidate);
}
