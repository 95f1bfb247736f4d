import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionSchemas } from '../../src/validate/schema/index.ts';
import { pageSection } from '../../src/validate/schema/page.ts';
import { fieldNames } from '../../src/validate/zod-shape.ts';

/**
 * The README's "The plan format" and the schemas agree: every field a schema accepts is named in its section of
 * the README, and every field the README names is one the schema accepts.
 */

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const FORMAT = README.slice(README.indexOf('## The plan format'), README.indexOf('\n## ', README.indexOf('## The plan format') + 1));

/** The README text of `### \`section: <key>\``. */
function readmeSection(key: string): string {
  const start = FORMAT.indexOf(`### \`section: ${key}\``);
  if (start < 0) throw new Error(`the README has no \`section: ${key}\``);
  const next = FORMAT.indexOf('\n### ', start + 1);
  return FORMAT.slice(start, next < 0 ? undefined : next);
}

/** Words written as code in the README text: `a`, `{a, b: x|y}`, `roles[].ramp` give a, b, roles, ramp. */
function codeWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [, code] of text.matchAll(/`([^`]+)`/g)) for (const word of code!.match(/[a-z_]+/g) ?? []) words.add(word);
  return words;
}

/** The fields the README names: table rows' first cells, and the keys inside `[{…}]` and `{…}` shapes. */
function readmeFields(text: string): Set<string> {
  const fields = new Set<string>();
  for (const [, cell] of text.matchAll(/^\| ([^|]+) \|/gm)) {
    for (const [, code] of cell!.matchAll(/`([^`]+)`/g)) for (const part of code!.split('.')) fields.add(part.replace('[]', ''));
  }
  for (const [, shape] of text.matchAll(/\{([^{}`]*)\}/g)) {
    for (const entry of shape!.split(',')) {
      const [name = '', value = ''] = entry.split(':').map((part) => part.trim());
      // `{cold_emails: 20}` is an example of data, not a field.
      if (/^\d/.test(value)) continue;
      for (const alternative of name.split('|')) if (/^[a-z_]+$/.test(alternative.trim())) fields.add(alternative.trim());
    }
  }
  fields.delete('field');
  return fields;
}

const SECTIONS: [string, z.ZodType][] = [...Object.entries(sectionSchemas), ['page', pageSection]];

describe.each(SECTIONS)('section: %s', (key, schema) => {
  const keys = fieldNames(schema);
  keys.delete('section');

  it('every field the schema accepts is in the README', () => {
    const words = codeWords(readmeSection(key));
    // `title` of the sections other than plan is described once, in the format's introduction.
    const missing = [...keys].filter((k) => !words.has(k) && !(k === 'title' && FORMAT.includes('a `title` field in any section')));
    expect(missing).toEqual([]);
  });

  it('every field the README names is one the schema accepts', () => {
    const unknown = [...readmeFields(readmeSection(key))].filter((f) => !keys.has(f));
    expect(unknown).toEqual([]);
  });
});
