import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { environmentError } from '../core/environment-errors.ts';
import { shownPath } from '../core/shown-path.ts';
import { frontmatterJsonSchemaText } from '../schema/index.ts';
import { makeFolders } from '../write/index.ts';
import { EXIT } from './exit-codes.ts';
import type { SchemaFlags } from './program.ts';

/** `salesplan schema [--out FILE]`: the frontmatter JSON Schema, to stdout or a file. */
export async function schemaCommand(flags: SchemaFlags): Promise<number> {
  const text = frontmatterJsonSchemaText();
  if (!flags.out) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  const target = path.resolve(process.cwd(), flags.out);
  try {
    await makeFolders(path.dirname(target));
    await writeFile(target, text);
  } catch (error) {
    throw environmentError(error, { action: `write ${shownPath(target)}` });
  }
  process.stderr.write(`salesplan: wrote the frontmatter schema to ${shownPath(target)}\n`);
  return EXIT.ok;
}
