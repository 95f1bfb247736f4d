import { z } from 'zod';
import { PAGE_SECTION, pageSection, SECTION_KEYS, sectionSchemas } from '../validate/index.ts';

/** Where `init` puts the schema, and what the `# yaml-language-server: $schema=` line of each file points at. */
export const SCHEMA_FILE = 'salesplan.schema.json';

const SCHEMA_ID = 'https://salesplan.dev/schema/frontmatter.json';

/**
 * The JSON Schema of a plan file's frontmatter, generated from the zod schemas the validator runs, so editors
 * check what `salesplan check` checks. It describes the *input* (what an author writes): the scalars of
 * values.ts are transforms whose input side carries JSON Schema metadata (number, percent string, date pattern).
 * One schema for every file: a union discriminated by `section`, each branch closed (unknown keys are errors).
 * What JSON Schema cannot say (cross-references, dates that exist, funnel arithmetic) stays with `check`.
 */
export function frontmatterJsonSchema(): Record<string, unknown> {
  // The seven sections and the extra prose page (`section: page`), which any number of files may be.
  const branches = [...SECTION_KEYS.map((key) => sectionSchemas[key]), pageSection];
  const union = z.discriminatedUnion('section', branches as unknown as [z.ZodObject, ...z.ZodObject[]]);
  const schema = z.toJSONSchema(union, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'salesplan plan file frontmatter',
    description:
      'The YAML frontmatter of one Markdown file of a salesplan plan. `section` says which part of the plan the file is: ' +
      SECTION_KEYS.join(', ') +
      `, or \`${PAGE_SECTION}\` for an extra prose page.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the file `salesplan schema` writes: pretty JSON with a final newline. */
export function frontmatterJsonSchemaText(): string {
  return `${JSON.stringify(frontmatterJsonSchema(), null, 2)}\n`;
}
