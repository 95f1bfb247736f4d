import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterJsonSchema } from '../../src/schema/frontmatter-schema.ts';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!);
}

function planFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name));
}

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(frontmatterJsonSchema());

describe('the frontmatter JSON Schema', () => {
  const files = [...planFiles('content'), ...planFiles('test/fixtures/minimal-plan')];

  it.each(files)('accepts %s', (file) => {
    const ok = validate(frontmatter(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an unknown key, a wrong type and an unknown section', () => {
    const goals = frontmatter('content/02-goals.md') as Record<string, unknown>;
    expect(validate({ ...goals, traget: 250000 })).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('traget');
    expect(validate({ ...goals, target: 'lots' })).toBe(false);
    expect(validate({ ...goals, section: 'goal' })).toBe(false);
  });

  it('has a branch for extra prose pages (`section: page`)', () => {
    expect(validate({ section: 'page', title: 'Pricing', parent: 'goals' })).toBe(true);
    expect(validate({ section: 'page', title: 'Pricing', parent: 'nowhere' })).toBe(false);
    expect(validate({ section: 'page' })).toBe(false); // a page needs its title
  });

  it('accepts rates written as percent strings or fractions, and rejects out-of-range ones', () => {
    const goals = frontmatter('content/02-goals.md') as { gross_margin?: unknown };
    expect(validate({ ...goals, gross_margin: '80%' })).toBe(true);
    expect(validate({ ...goals, gross_margin: 0.8 })).toBe(true);
    expect(validate({ ...goals, gross_margin: 80 })).toBe(false);
  });

  it('carries descriptions for editors', () => {
    const text = JSON.stringify(frontmatterJsonSchema());
    expect(text).toContain('"description"');
    expect(text).toContain('YYYY-MM-DD');
  });
});
