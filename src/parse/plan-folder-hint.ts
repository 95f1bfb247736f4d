import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/**
 * When the folder given as the plan is not one, where the plan probably is: a `content/` folder inside it (the
 * user gave the project folder), or the current folder itself (the user stands inside the plan folder). Empty
 * when neither holds plan files. Paths are relative to where the user stands.
 */
export function planFolderHint(dir: string, cwd: string): string {
  const shown = (folder: string) => relative(cwd, folder) || '.';
  const inside = join(dir, 'content');
  if (holdsPlanFiles(inside)) return `; the plan's files are in ${shown(inside)}: give that folder instead`;
  // Only for a folder meant below where the user stands (the default `content`), not for a path given elsewhere.
  const below = !relative(cwd, dir).startsWith('..') && !isAbsolute(relative(cwd, dir));
  if (below && holdsPlanFiles(cwd)) return `; this folder holds the plan's files itself: give \`.\` as the plan folder`;
  return '';
}

/** A folder with at least one .md file whose frontmatter names a `section`. */
export function holdsPlanFiles(folder: string): boolean {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.md'));
  } catch {
    return false;
  }
  return names.some((name) => {
    try {
      // Regular files only: a FIFO or a device among them must not block the hint (see issue 11).
      if (!statSync(join(folder, name)).isFile()) return false;
      // The head of the file is enough to see a frontmatter `section:` line.
      const head = readFileSync(join(folder, name), { encoding: 'utf8', flag: 'r' }).slice(0, 2000);
      return /^---\r?\n(?:[^\n]*\n)*?section:\s*\S/m.test(head);
    } catch {
      return false;
    }
  });
}
