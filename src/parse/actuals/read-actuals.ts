import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { addMessage } from '../../core/diagnostics/message.ts';
import { readmeUrl } from '../../core/diagnostics/urls.ts';
import { ACTUALS_LIMITS } from '../../core/limits.ts';
import { readFileInside, RefusedFileError, vetFile } from '../../write/index.ts';
import { reportRefused } from '../refused-file.ts';
import { type ActualsMapping, parseMapping } from './mapping.ts';
import { readExport } from './read-export.ts';
import { readTable, TableError } from './table.ts';
import type { ActualsInput, ExportTable } from './types.ts';

export const MAPPING_FILE = 'mapping.yaml';
const EXPORT = /\.(csv|xlsx)$/i;
const URL = readmeUrl('actuals');

/**
 * The CRM exports in `dir` (`*.csv`, `*.xlsx`, and `mapping.yaml`), each read only if it is a regular file inside
 * that folder (write/confined-read) and no larger than ACTUALS_LIMITS.fileBytes. Nothing in them is run: no
 * formula, no link, no macro. Undefined when the folder does not exist (a plan without actuals).
 */
export async function readActuals(dir: string, cwd: string, within = dir): Promise<ActualsInput | undefined> {
  const folder = resolve(cwd, dir);
  // Files are read only from inside `within`: the plan folder for its own actuals/ (a link from there to a folder
  // outside is refused file by file), the folder itself when the user names it with --actuals.
  const root = resolve(cwd, within);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => EXPORT.test(n) || n === MAPPING_FILE).sort();
  } catch {
    return undefined;
  }
  const files: VFile[] = [];
  const read = async (name: string): Promise<{ file: VFile; bytes?: Buffer }> => {
    const file = new VFile({ path: relative(cwd, join(folder, name)), cwd });
    files.push(file);
    try {
      const stats = await vetFile(join(folder, name), root);
      if (stats.ok && stats.stats.size > ACTUALS_LIMITS.fileBytes) {
        addMessage(file, `the file is larger than ${ACTUALS_LIMITS.fileBytes / 1024 / 1024} MB; it was not read`, undefined, {
          ruleId: 'actuals-input',
          source: 'parse',
          url: URL,
          hint: 'export only the plan period, or split the export by owner',
        });
        return { file };
      }
      return { file, bytes: await readFileInside(join(folder, name), root) };
    } catch (error) {
      if (!(error instanceof RefusedFileError)) throw error;
      reportRefused(file, error.reason, { subject: 'the export', outcome: 'it was not read' });
      return { file };
    }
  };

  let mapping: ActualsMapping | undefined;
  if (names.includes(MAPPING_FILE)) {
    const { file, bytes } = await read(MAPPING_FILE);
    if (bytes) {
      file.value = bytes.toString('utf8').replace(/^\uFEFF/, '');
      mapping = parseMapping(file);
    }
  }
  const exports = names.filter((n) => n !== MAPPING_FILE);
  if (exports.length > ACTUALS_LIMITS.files) {
    const file = new VFile({ path: relative(cwd, folder), cwd });
    files.push(file);
    addMessage(file, `the actuals folder holds more than ${ACTUALS_LIMITS.files} exports`, undefined, { ruleId: 'actuals-input', source: 'parse', url: URL, hint: 'keep one deal export and one activity export per CRM' });
    return { files, tables: [], ...(mapping ? { mapping } : {}) };
  }
  const tables: ExportTable[] = [];
  for (const name of exports) {
    const { file, bytes } = await read(name);
    if (!bytes) continue;
    try {
      const table = readExport(file, readTable(name, bytes), mapping);
      if (table) tables.push(table);
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      addMessage(file, error.message, error.line ? { line: error.line, column: 1 } : undefined, { ruleId: 'actuals-input', source: 'parse', url: URL, hint: error.hint });
    }
  }
  return { files, tables, ...(mapping ? { mapping } : {}) };
}
