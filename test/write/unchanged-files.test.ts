import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { createStaging } from '../../src/write/index.ts';

// A warm build writes only the files whose bytes changed: the others are the output's own files, hard-linked into
// the staging folder, so their inode and mtime survive the swap. The swap itself stays whole.
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-unchanged-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file below `dir` by relative path: its inode, mtime and text. */
async function snapshot(dir: string): Promise<Map<string, { id: string; text: string }>> {
  const files = new Map<string, { id: string; text: string }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    files.set(path.relative(dir, file), { id: `${info.ino}:${info.mtimeMs}`, text: await readFile(file, 'latin1') });
  }
  return files;
}

async function stage(out: string, files: Record<string, string>, finish: 'commit' | 'discard' = 'commit'): Promise<void> {
  const staging = await createStaging(out);
  for (const [name, text] of Object.entries(files)) await staging.write(name, text);
  await (finish === 'commit' ? staging.commit() : staging.discard());
  await staging.discard();
}

describe('a staging folder over an existing output', () => {
  it('keeps the files whose bytes are unchanged (inode and mtime) and replaces the changed ones', async () => {
    const out = path.join(work, 'keep', 'output');
    await stage(out, { 'index.html': 'one', 'goals.html': 'two', 'assets/site.css': 'body {}' });
    const before = await snapshot(out);
    await stage(out, { 'index.html': 'one', 'goals.html': 'two, edited', 'assets/site.css': 'body {}' });
    const after = await snapshot(out);
    expect(after.get('index.html')).toEqual(before.get('index.html'));
    expect(after.get('assets/site.css')).toEqual(before.get('assets/site.css'));
    expect(after.get('goals.html')?.text).toBe('two, edited');
    expect(after.get('goals.html')?.id).not.toBe(before.get('goals.html')?.id);
    // Nothing is left beside the output: no staging folder, no old one.
    expect(await readdir(path.join(work, 'keep'))).toEqual(['output']);
  });

  it('leaves the output exactly as it was when the build is discarded after linking its files', async () => {
    const out = path.join(work, 'discard', 'output');
    await stage(out, { 'index.html': 'one', 'goals.html': 'two' });
    const before = await snapshot(out);
    await stage(out, { 'index.html': 'one', 'goals.html': 'changed' }, 'discard');
    expect(await snapshot(out)).toEqual(before);
  });

  it('never writes into a linked file: a second write of the same path replaces the link', async () => {
    const out = path.join(work, 'twice', 'output');
    await stage(out, { 'index.html': 'one' });
    const before = await snapshot(out);
    const staging = await createStaging(out);
    await staging.write('index.html', 'one');
    await staging.write('index.html', 'one, then more');
    // The last good output is untouched until the swap.
    expect(await snapshot(out)).toEqual(before);
    await staging.commit();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('one, then more');
  });

  it('does not take in a link to a file outside the output, even with the same bytes', async () => {
    const out = path.join(work, 'link', 'output');
    await stage(out, { 'index.html': 'one' });
    const outside = path.join(work, 'link', 'notes.html');
    await writeFile(outside, 'one');
    await rm(path.join(out, 'index.html'));
    await symlink(outside, path.join(out, 'index.html'));
    const kept = await stat(outside);
    await stage(out, { 'index.html': 'one' });
    const now = await stat(path.join(out, 'index.html'));
    expect(now.ino).not.toBe(kept.ino);
    expect(await readFile(outside, 'utf8')).toBe('one');
    expect((await stat(outside)).nlink).toBe(1);
  });
});

describe('a warm build of the example plan', () => {
  it('writes only the files whose bytes changed: the rest keep their inode and mtime', async () => {
    const plan = path.join(work, 'plan');
    await cp('content', plan, { recursive: true });
    const outDir = path.join(work, 'site');
    const opts = { planDir: plan, outDir, cacheDir: path.join(work, 'cache'), cwd: work, pdf: false };
    expect((await build(opts)).ok).toBe(true);
    const cold = await snapshot(outDir);
    expect((await build(opts)).ok).toBe(true);
    expect(await snapshot(outDir)).toEqual(cold);

    await appendFile(path.join(plan, '01-mission.md'), '\nOne more sentence of prose, saved by the author.\n');
    expect((await build(opts)).ok).toBe(true);
    const edited = await snapshot(outDir);
    expect(edited.get('mission.html')?.text).toContain('One more sentence of prose');
    expect(edited.get('mission.html')?.id).not.toBe(cold.get('mission.html')?.id);
    const changed = [...edited].filter(([name, file]) => cold.get(name)?.id !== file.id).map(([name]) => name);
    // The page; every other file (the marker, the stylesheet, the numbers, the other pages) is the one written before.
    expect(changed).toEqual(['mission.html']);
    expect(changed.length).toBeLessThan(cold.size / 4);
  });
});
