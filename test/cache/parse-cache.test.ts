import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParseCache } from '../../src/pipeline/cache/parse-cache.ts';
import { decodeData, encodeData } from '../../src/pipeline/cache/serialise.ts';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { Decimal, isDecimal } from '../../src/core/decimal.ts';

let work: string;
let plan: string;
let cacheDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-cache-'));
  plan = path.join(work, 'content');
  cacheDir = path.join(work, 'cache');
  await cp('content', plan, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Messages as the reporter would print them: what a cached parse must reproduce exactly. */
const messages = (loaded: Awaited<ReturnType<typeof loadPlan>>) =>
  loaded.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.reason}`));

describe('frontmatter data as JSON', () => {
  it('keeps Decimals exact and distinct from strings and from look-alike objects', () => {
    const data = { rate: new Decimal('0.7'), text: '0.7', odd: { $dec: '1' }, inf: Infinity, list: [new Decimal('1e3'), null, true] };
    const back = decodeData(JSON.parse(JSON.stringify(encodeData(data)))) as typeof data;
    expect(isDecimal(back.rate) && back.rate.equals('0.7')).toBe(true);
    expect(back.text).toBe('0.7');
    expect(back.odd).toEqual({ $dec: '1' });
    expect(isDecimal(back.odd)).toBe(false);
    expect(back.inf).toBe(Infinity);
    expect(isDecimal(back.list[0]) && (back.list[0] as Decimal).equals(1000)).toBe(true);
    expect(back.list.slice(1)).toEqual([null, true]);
  });

  it('keeps `__proto__` an ordinary key', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const back = decodeData(JSON.parse(JSON.stringify(encodeData(data)))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the parse cache', () => {
  it('gives the same facts, model and messages as a fresh parse, without parsing again', async () => {
    const fresh = await loadPlan(plan, work, {}, { cache: await ParseCache.open(cacheDir, plan) });
    expect(fresh.cachedFiles).toBe(0);
    const cache = await ParseCache.open(cacheDir, plan);
    // Stored by the first load only after save(): a second cache object reading the disk sees nothing yet.
    expect((await loadPlan(plan, work, {}, { cache })).cachedFiles).toBe(0);
    await cache.save();

    const again = await loadPlan(plan, work, {}, { cache: await ParseCache.open(cacheDir, plan) });
    expect(again.cachedFiles).toBe(again.files.length);
    expect(messages(again)).toEqual(messages(fresh));
    expect(again.parsed.map((p) => p.html)).toEqual(fresh.parsed.map((p) => p.html));
    expect(JSON.stringify(again.facts)).toBe(JSON.stringify(fresh.facts));
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(fresh.model));
    // The restored YAML index places a message exactly where the parsed one does.
    const place = (l: typeof fresh) => l.byKey.get('goals')?.yaml.nearest(['funnel', 1, 'rate']);
    expect(place(again)).toEqual(place(fresh));
  });

  it('parses only the file that changed, and reports a new error in it at its place', async () => {
    const first = await ParseCache.open(cacheDir, plan);
    await loadPlan(plan, work, {}, { cache: first });
    await first.save();

    const mission = path.join(plan, '01-mission.md');
    await writeFile(mission, (await readFile(mission, 'utf8')).replace(/^mission: .*$/m, 'mission: "never closed'));
    const broken = await loadPlan(plan, work, {}, { cache: await ParseCache.open(cacheDir, plan) });
    expect(broken.cachedFiles).toBe(broken.files.length - 1);
    expect(broken.ok).toBe(false);
    expect(messages(broken).join('\n')).toMatch(/01-mission\.md:\d+:\d+ invalid YAML/);
  });

  it('keeps one entry per file and rewrites nothing on a no-op', async () => {
    const cache = await ParseCache.open(cacheDir, plan);
    await loadPlan(plan, work, {}, { cache });
    await cache.save();
    const stored = await readFile(cache.file, 'utf8');
    const again = await ParseCache.open(cacheDir, plan);
    await loadPlan(plan, work, {}, { cache: again });
    await again.save();
    expect(await readFile(cache.file, 'utf8')).toBe(stored);
    expect(Object.keys(JSON.parse(stored).entries)).toHaveLength(8);
  });
});
