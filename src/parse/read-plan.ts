import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { addMessage } from '../core/diagnostics/message.ts';
import { shownPath } from '../core/shown-path.ts';
import { readFileInside, RefusedFileError, type RefusedReason } from '../write/index.ts';
import { reportRefused } from './refused-file.ts';
import { markUnreadable } from './file-flags.ts';
import { planFolderHint } from './plan-folder-hint.ts';
import { firstInvalidUtf8 } from './utf8.ts';

/** The plan folder is missing, is not a folder, or holds no Markdown file: nothing to report messages on. */
/** The plan folder itself cannot be read: a usage problem (exit 2), not an error inside the plan. */
export class PlanReadError extends Error {
  override name = 'PlanReadError';
  readonly exitCode = 2;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Every `*.md` file directly in `planDir`, sorted by name, as VFiles whose path is relative to `cwd`
 * (so messages print `content/02-goals.md:14:9`). A UTF-8 BOM is dropped; a file that is not UTF-8 gets
 * an error message and empty text instead of throwing.
 */
export async function readPlan(planDir: string, cwd = process.cwd()): Promise<VFile[]> {
  const dir = resolve(cwd, planDir);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'is not a folder' : 'was not found';
    throw new PlanReadError(`plan folder ${shownPath(dir, cwd)} ${reason}${planFolderHint(dir, cwd)}`, { cause: error });
  }
  // Links and special files are kept, to be refused with a message: a section that silently vanished would change the plan.
  const names = entries
    .filter((entry) => !entry.isDirectory() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new PlanReadError(`plan folder ${shownPath(dir, cwd)} has no .md files${planFolderHint(dir, cwd)}`);
  return Promise.all(names.map((name) => readPlanFile(join(dir, name), cwd, dir)));
}

/**
 * One plan file, read only if it is a regular file inside `root` (the plan folder): a link to outside it, a FIFO,
 * a device or a link to nothing gets an error on the file and is never opened for reading (see write/confined-read).
 */
export async function readPlanFile(absolutePath: string, cwd: string, root = dirname(absolutePath)): Promise<VFile> {
  const file = new VFile({ path: relative(cwd, absolutePath), cwd });
  let bytes: Buffer;
  try {
    bytes = await readFileInside(absolutePath, root);
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    refuse(file, error.reason);
    return file;
  }
  try {
    const text = decoder.decode(bytes);
    file.value = text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    file.value = '';
    markUnreadable(file);
    const at = firstInvalidUtf8(bytes);
    addMessage(file, 'the file is not UTF-8 text', at ? { start: at, end: at } : undefined, {
      ruleId: 'invalid-encoding',
      source: 'parse',
      hint: 'save it as UTF-8 (most editors offer this in "Save as" or the status bar)',
    });
  }
  return file;
}

function refuse(file: VFile, reason: RefusedReason): void {
  file.value = '';
  markUnreadable(file);
  reportRefused(file, reason, { subject: 'the file', outcome: 'it was not read' });
}
