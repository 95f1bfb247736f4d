import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { frontmatterJsonSchemaText } from '../schema/index.ts';
import { EXIT, UsageError } from './exit-codes.ts';
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
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${flags.out}: ${(error as Error).message}`);
  }
  process.stderr.write(`salesplan: wrote the frontmatter schema to ${flags.out}\n`);
  return EXIT.ok;
}
