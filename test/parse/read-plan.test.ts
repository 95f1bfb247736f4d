import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSection, PlanReadError, readPlan } from '../../src/parse/index.ts';
import { tempPlan } from './temp-plan.ts';

describe('readPlan', () => {
  it('reads the .md files directly in the folder, sorted by name, with paths relative to cwd', async () => {
    const { cwd, dir } = tempPlan({ 'b.md': 'B', 'a.md': 'A', '10-c.md': 'C', 'notes.txt': 'no', 'image.png': 'x' });
    writeFileSync(join(dir, 'README'), 'no');
    const files = await readPlan('content', cwd);
    expect(files.map((f) => f.path)).toEqual(['content/10-c.md', 'content/a.md', 'content/b.md']);
    expect(files.map((f) => String(f.value))).toEqual(['C', 'A', 'B']);
  });

  it('accepts an absolute folder and still prints paths relative to cwd', async () => {
    const { cwd, dir } = tempPlan({ 'x.md': 'X' });
    const [file] = await readPlan(dir, cwd);
    expect(file?.path).toBe('content/x.md');
  });

  it('drops a UTF-8 byte order mark', async () => {
    const { cwd } = tempPlan({ 'a.md': '\uFEFF---\nsection: plan\n---\n' });
    const [file] = await readPlan('content', cwd);
    expect(String(file?.value)).toBe('---\nsection: plan\n---\n');
  });

  it('reports a file that is not UTF-8 as an error where the bad byte is, without throwing', async () => {
    const bytes = Buffer.concat([Buffer.from('---\nsection: goals\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    const { cwd } = tempPlan({ 'a.md': bytes, 'b.md': '---\nsection: plan\n---\n' });
    const files = await readPlan('content', cwd);
    const [bad, good] = files;
    expect(bad?.messages).toHaveLength(1);
    expect(bad?.messages[0]?.fatal).toBe(true);
    expect(bad?.messages[0]?.reason).toMatch(/not UTF-8/);
    expect([bad?.messages[0]?.line, bad?.messages[0]?.column]).toEqual([3, 11]);
    expect(good?.messages).toHaveLength(0);
    // Parsing it adds nothing: the encoding error is the one to fix.
    const section = parseSection(bad!);
    expect(section.data).toBeUndefined();
    expect(bad?.messages).toHaveLength(1);
  });

  it('throws a PlanReadError for a missing folder or one without Markdown', async () => {
    const { cwd } = tempPlan({ 'notes.txt': 'x' });
    await expect(readPlan('nope', cwd)).rejects.toThrow(PlanReadError);
    await expect(readPlan('content', cwd)).rejects.toThrow(/no \.md files/);
    await expect(readPlan('content/notes.txt', cwd)).rejects.toThrow(/not a folder/);
  });
});
