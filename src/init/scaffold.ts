import { access, appendFile, lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentError, environmentError } from '../core/environment-errors.ts';
import { displayPath, makeFolders, realLocation } from '../write/index.ts';
import { INIT_LOCALES, type InitLocale } from '../core/choices.ts';

export { INIT_LOCALES, type InitLocale };

/** The plan's Markdown files go here inside the project folder: the folder `build` and `check` read by default. */
export const PLAN_FOLDER = 'content';

const TEMPLATES = path.join(import.meta.dirname, 'scaffold');

const GITIGNORE = `# Written by salesplan build; rebuilt from the plan at any time.
output/
# Rendered diagrams, cached by content.
.salesplan-cache/
`;

/** One file `init` writes, relative to the project folder. */
export interface ScaffoldFile {
  path: string;
  contents: string;
}

/** Thrown before anything is written when a file of the scaffold is already there. */
export class ScaffoldExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists; init never overwrites files (choose an empty folder)`);
  }
}

/**
 * Every file of a new project: the eight plan files from the templates of `locale` (content/) and a .gitignore
 * for the build output and cache. Decision: no JSON Schema and no `# yaml-language-server: $schema=` lines: the
 * YAML language server cannot read frontmatter inside Markdown, `salesplan lsp` is the editor support, and
 * `salesplan schema` writes the schema for a tool that wants it.
 */
export async function scaffoldFiles(locale: InitLocale): Promise<ScaffoldFile[]> {
  const dir = path.join(TEMPLATES, locale);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const plan = await Promise.all(
    names.map(async (name) => ({ path: `${PLAN_FOLDER}/${name}`, contents: await readFile(path.join(dir, name), 'utf8') })),
  );
  return [...plan, { path: '.gitignore', contents: GITIGNORE }];
}

/** Writes the scaffold into `target` (created if needed); checks every file first, so a refusal writes nothing. */
export async function writeScaffold(target: string, locale: InitLocale, shown = target): Promise<ScaffoldFile[]> {
  const files = await scaffoldFiles(locale);
  await requireFolderPath(target, shown);
  // An existing .gitignore (a repository's own) is kept and gets the lines it lacks; every other file must be new.
  const gitignore = path.join(target, '.gitignore');
  const existingIgnore = await readRegularText(gitignore);
  for (const file of files) {
    const at = path.join(target, file.path);
    if (file.path === '.gitignore' && existingIgnore !== undefined) continue;
    if (await exists(at)) throw new ScaffoldExistsError(at);
  }
  for (const file of files) {
    const at = path.join(target, file.path);
    try {
      await makeFolders(path.dirname(at));
      if (file.path === '.gitignore' && existingIgnore !== undefined) {
        const missing = missingIgnoreLines(existingIgnore);
        if (missing) await appendFile(gitignore, `${existingIgnore.endsWith('\n') || existingIgnore === '' ? '' : '\n'}${missing}`);
        continue;
      }
      // `wx`: should a file appear between the check and the write, fail rather than overwrite it.
      await writeFile(at, file.contents, { flag: 'wx' });
    } catch (error) {
      throw environmentError(error, { action: `create the project in ${shown}` });
    }
  }
  return files;
}

/** The project folder must be a folder, or a path one can be made at: not a file, not through a broken link. */
async function requireFolderPath(target: string, shown: string): Promise<void> {
  const at = await realLocation(target).catch((error: unknown) => {
    throw environmentError(error, { action: `use ${shown}` });
  });
  const choose = 'init creates a project in a new or empty folder: choose another path';
  if (at.kind === 'file' || at.kind === 'other') throw new EnvironmentError(`${shown} is a file, not a folder; ${choose}`);
  if (at.kind === 'under-file') throw new EnvironmentError(`${shown} cannot be made: ${displayPath(at.file)} is a file, not a folder; ${choose}`);
  if (at.kind === 'dangling') throw new EnvironmentError(`${shown} leads through a symbolic link to ${displayPath(at.target)}, which does not exist; ${choose}`);
}

/** The lines of salesplan's .gitignore (with their comments) that an existing one lacks; empty when it has them all. */
function missingIgnoreLines(existing: string): string {
  const has = new Set(existing.split(/\r?\n/).map((line) => line.trim().replace(/^\//, '')));
  const blocks = GITIGNORE.trimEnd().split('\n').reduce<string[][]>((acc, line) => {
    if (line.startsWith('#')) acc.push([line]);
    else acc.at(-1)?.push(line);
    return acc;
  }, []);
  return blocks
    .filter(([, pattern]) => pattern !== undefined && !has.has(pattern) && !has.has(pattern.replace(/\/$/, '')))
    .map((block) => `${block.join('\n')}\n`)
    .join('');
}

/** The text of a regular file, or undefined when there is none (a folder or a link to one is not a .gitignore). */
async function readRegularText(file: string): Promise<string | undefined> {
  try {
    if (!(await lstat(file)).isFile()) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
