import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitePageCache } from '../../src/pipeline/cache/page-cache.ts';
import { renderSite } from '../../src/render/index.ts';
import type { RenderInput } from '../../src/render/types.ts';
import type { CacheDamage } from '../../src/write/index.ts';
import { fixtureInput } from '../render/fixture.ts';

let work: string;
let cacheDir: string;
const planDir = '/plans/example';

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-page-cache-'));
  cacheDir = path.join(work, 'cache');
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** One build's site through a cache opened as a build opens it, saved as a build saves it (a plan without templates/). */
async function build(input: RenderInput, damage: CacheDamage[] = []) {
  const cache = await SitePageCache.open(cacheDir, planDir, (d) => damage.push(d));
  const { files } = renderSite(input, { templateDirs: [path.join(work, 'plan-templates')], pageCache: cache });
  await cache.save();
  return { cache, pages: new Map(files.filter((f) => f.path.endsWith('.html')).map((f) => [f.path, f.contents])) };
}

/** The entry files of the plan's cache folder, by name, with their inode and mtime. */
async function entries(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => {
    const info = await stat(path.join(dir, name));
    return [name, `${info.ino}:${info.mtimeMs}`] as const;
  })));
}

const withProse = (input: RenderInput, slug: string, html: string): RenderInput => ({
  ...input,
  sections: input.sections.map((s) => (s.slug === slug ? { ...s, html } : s)),
});

describe('the page cache, one entry per page', () => {
  it('keeps each page in its own sealed file, named by its key', async () => {
    const { cache, pages } = await build(fixtureInput());
    const names = await readdir(cache.dir);
    expect(names).toHaveLength(pages.size);
    for (const name of names) {
      expect(name).toMatch(/^[0-9a-f]{64}\.html$/);
      const text = await readFile(path.join(cache.dir, name), 'utf8');
      expect(text).toMatch(/^salesplan-cache\/1 sha256=[0-9a-f]{64} bytes=\d+\n<!doctype html>/);
    }
    // The entries' bodies are the pages, one each.
    const bodies = await Promise.all(names.map(async (n) => (await readFile(path.join(cache.dir, n), 'utf8')).replace(/^.*\n/, '')));
    expect(bodies.sort()).toEqual([...pages.values()].sort());
  });

  it('serves every page from its entry on a rebuild and then writes and removes nothing', async () => {
    const first = await build(fixtureInput());
    const before = await entries(first.cache.dir);
    const second = await build(fixtureInput());
    expect(second.cache.hits).toBe(first.pages.size);
    expect(second.pages).toEqual(first.pages);
    expect(await entries(first.cache.dir)).toEqual(before);
  });

  it('after a prose edit writes the one new entry and removes the one stale, leaving the others untouched', async () => {
    const first = await build(fixtureInput());
    const before = await entries(first.cache.dir);
    const edited = await build(withProse(fixtureInput(), 'mission', '<p>A new mission, in prose.</p>'));
    expect(edited.cache.hits).toBe(first.pages.size - 1);
    expect(edited.pages.get('mission.html')).toContain('A new mission, in prose.');
    const after = await entries(first.cache.dir);
    const kept = [...after].filter(([name, id]) => before.get(name) === id);
    expect(kept).toHaveLength(before.size - 1);
    expect([...after.keys()].filter((name) => !before.has(name))).toHaveLength(1);
    expect(after.size).toBe(before.size);
  });

  it('does not use a damaged entry: it reports it, removes it, renders the page and stores it again', async () => {
    const first = await build(fixtureInput());
    const names = await readdir(first.cache.dir);
    const texts = await Promise.all(names.map((n) => readFile(path.join(first.cache.dir, n), 'utf8')));
    const at = texts.findIndex((t) => t.includes('href="goals.html" aria-current'));
    expect(at).toBeGreaterThanOrEqual(0);
    const file = path.join(first.cache.dir, names[at] as string);
    const text = texts[at] as string;
    await writeFile(file, text.replace('<!doctype html>', '<!DOCTYPE HTML>'));
    const damage: CacheDamage[] = [];
    const second = await build(fixtureInput(), damage);
    expect(damage).toEqual([{ file, reason: 'its content does not match its hash' }]);
    expect(second.cache.hits).toBe(first.pages.size - 1);
    expect(second.pages).toEqual(first.pages);
    // Made again, sound: the next build uses it.
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await build(fixtureInput())).cache.hits).toBe(first.pages.size);
  });

  it('removes the single cache file of an earlier version at its first save', async () => {
    const { cache } = await build(fixtureInput());
    const legacy = path.join(path.dirname(cache.dir), path.basename(cache.dir).replace(/\.3$/, '.2.json'));
    await writeFile(legacy, 'salesplan-cache/1 old');
    await build(withProse(fixtureInput(), 'mission', '<p>Changed.</p>'));
    await expect(stat(legacy)).rejects.toThrow(/ENOENT/);
  });
});
