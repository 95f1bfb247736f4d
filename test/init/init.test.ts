import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesplan } from '../cli/run-cli.ts';
import { frontmatterJsonSchemaText } from '../../src/schema/index.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-init-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const GUIDE_ITEMS = {
  en: ['Company mission', 'Competitors', 'Value proposition', 'Revenue target', 'Sales targets', 'skills', 'Team structure',
    'Roles and responsibilities', 'Salary and compensation', 'Hiring timeline', 'Ideal customer profile', 'Buyer personas',
    'Sales stages', 'Sales methods', 'Playbooks', 'Key milestones', 'Schedule', 'Metrics per stage', 'Dashboards', 'How it is measured'],
  sv: ['Företagets uppdrag', 'Konkurrenter', 'Värdeerbjudande', 'Intäktsmål', 'Säljmål', 'kompetenser', 'Teamets struktur',
    'Roller och ansvar', 'Lön och ersättning', 'Tidplan för rekrytering', 'Idealkundprofil', 'Köparpersonas',
    'Säljprocessens steg', 'Säljmetoder', 'Playbooks', 'Viktiga milstolpar', 'Tidplan', 'Nyckeltal per steg', 'Dashboards', 'Så mäts det'],
};

describe.each(['en', 'sv'] as const)('salesplan init --locale %s', (locale) => {
  const dir = () => path.join(work, locale);

  it('scaffolds eight plan files, and a .gitignore, and the plan passes check', async () => {
    const init = await salesplan(['init', locale, '--locale', locale], work);
    expect(init.code).toBe(0);
    const names = (await readdir(path.join(dir(), 'content'))).sort();
    expect(names).toHaveLength(8);
    expect(await readFile(path.join(dir(), '.gitignore'), 'utf8')).toMatch(/^output\/$[\s\S]*^\.salesplan-cache\/$/m);
    const check = await salesplan(['check'], dir());
    // In the plan's own language: a Swedish plan is 'giltig'.
    expect(check.stderr).toMatch(locale === 'sv' ? /planen är giltig/ : /the plan is valid/);
    expect(check.code).toBe(0);
  });

  it('writes no yaml-language-server line (salesplan lsp is the editor support), and the schema accepts every file', async () => {
    const schema = JSON.parse(frontmatterJsonSchemaText());
    await expect(readFile(path.join(dir(), 'salesplan.schema.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const prose: string[] = [];
    for (const name of await readdir(path.join(dir(), 'content'))) {
      const text = await readFile(path.join(dir(), 'content', name), 'utf8');
      expect(text.startsWith('---\n')).toBe(true);
      expect(text).not.toContain('yaml-language-server');
      const yaml = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      expect(validate(parse(yaml![1]!)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      // Every field is explained: comment lines in every frontmatter.
      expect(yaml![1]!.split('\n').filter((line) => line.trim().startsWith('#')).length).toBeGreaterThan(1);
      prose.push(yaml![2]!);
    }
    for (const item of GUIDE_ITEMS[locale]) expect(prose.join('\n')).toContain(item);
  });

  it('uses the locale for the plan settings', async () => {
    const plan = await readFile(path.join(dir(), 'content', '01-plan.md'), 'utf8');
    expect(plan).toContain(locale === 'sv' ? 'locale: sv-SE' : 'locale: en-US');
    expect(plan).toContain(locale === 'sv' ? 'currency: SEK' : 'currency: USD');
  });
});

describe('salesplan init refuses to overwrite', () => {
  it('exits 2, names the file, and writes nothing', async () => {
    const target = path.join(work, 'existing');
    await mkdir(path.join(target, 'content'), { recursive: true });
    await writeFile(path.join(target, 'content', '03-goals.md'), 'mine');
    const result = await salesplan(['init', 'existing'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(path.join('existing', 'content', '03-goals.md'));
    expect(await readdir(path.join(target, 'content'))).toEqual(['03-goals.md']);
    expect(await readFile(path.join(target, 'content', '03-goals.md'), 'utf8')).toBe('mine');
  });

  it('rejects an unknown locale with exit 2', async () => {
    expect((await salesplan(['init', 'x', '--locale', 'de'], work)).code).toBe(2);
  });
});

describe('salesplan init in a repository that has a .gitignore', () => {
  it('keeps its lines and adds only the ones it lacks', async () => {
    const repo = path.join(work, 'with-gitignore');
    await mkdir(repo, { recursive: true });
    await writeFile(path.join(repo, '.gitignore'), 'node_modules\n/output\n');
    const init = await salesplan(['init', 'with-gitignore'], work);
    expect(init.code).toBe(0);
    expect(await readFile(path.join(repo, '.gitignore'), 'utf8')).toBe('node_modules\n/output\n# Rendered diagrams, cached by content.\n.salesplan-cache/\n');
    expect((await readdir(path.join(repo, 'content'))).length).toBe(8);
  });

  it('adds nothing to a .gitignore that has them all, and adds a missing final newline first', async () => {
    const full = path.join(work, 'full-gitignore');
    await mkdir(full, { recursive: true });
    await writeFile(path.join(full, '.gitignore'), 'output/\n.salesplan-cache/\n');
    expect((await salesplan(['init', 'full-gitignore'], work)).code).toBe(0);
    expect(await readFile(path.join(full, '.gitignore'), 'utf8')).toBe('output/\n.salesplan-cache/\n');
    const bare = path.join(work, 'bare-gitignore');
    await mkdir(bare, { recursive: true });
    await writeFile(path.join(bare, '.gitignore'), 'dist');
    expect((await salesplan(['init', 'bare-gitignore'], work)).code).toBe(0);
    expect(await readFile(path.join(bare, '.gitignore'), 'utf8')).toMatch(/^dist\n# Written by salesplan build/);
  });
});
