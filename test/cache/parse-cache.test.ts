import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParseCache } from '../../src/pipeline/cache/parse-cache.ts';
import { decodeData, encodeData } from '../../src/pipeline/cache/serialise.ts';
import { loadPlan, type LoadedPlan } from '../../src/pipeline/load-plan.ts';
import { proseRenderer } from '../../src/pipeline/prose.ts';
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

/** The plan's Markdown files: what the parse cache holds (scenarios.yaml is read apart, each time). */
const markdownFiles = (loaded: { files: { path: string }[] }) => loaded.files.filter((f) => f.path.endsWith('.md')).length;

describe('the parse cache', () => {
  it('gives the same facts, model and messages as a fresh parse, without parsing again', async () => {
    const fresh = await loadPlan(plan, work, {}, { cache: await ParseCache.open(cacheDir, plan) });
    expect(fresh.cachedFiles).toBe(0);
    const cache = await ParseCache.open(cacheDir, plan);
    // Stored by the first load only after save(): a second cache object reading the disk sees nothing yet.
    expect((await loadPlan(plan, work, {}, { cache })).cachedFiles).toBe(0);
    await cache.save();

    const again = await loadPlan(plan, work, {}, { cache: await ParseCache.open(cacheDir, plan) });
    expect(again.cachedFiles).toBe(markdownFiles(again));
    expect(messages(again)).toEqual(messages(fresh));
    expect(again.parsed.map(proseOf(again))).toEqual(fresh.parsed.map(proseOf(fresh)));
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
    expect(broken.cachedFiles).toBe(markdownFiles(broken) - 1);
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
    // The file is sealed (write/sealed-file): a header line with its hash, then the JSON.
    expect(stored).toMatch(/^salesplan-cache\/1 sha256=[0-9a-f]{64} bytes=\d+\n\{/);
    expect(Object.keys(JSON.parse(stored.slice(stored.indexOf('\n') + 1)).entries)).toHaveLength(8);
  });
});

/** The prose renderer build makes for a loaded plan: HTML at render time, kept in `cache` when given. */
const proseOf = (loaded: LoadedPlan, cache?: ParseCache) => proseRenderer(loaded.htmlPolicy, cache);

describe('parsing once', () => {
  /** The example plan with raw HTML in its mission that sanitizing changes, and the plan's own opt-in. */
  async function trustedPlan(): Promise<void> {
    const planFile = path.join(plan, '00-plan.md');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('locale: en-US', 'locale: en-US\ntrusted_html: true'));
    const mission = path.join(plan, '01-mission.md');
    await writeFile(mission, `${await readFile(mission, 'utf8')}\n<div class="callout" onclick="go()">Raw</div>\n`);
  }

  it('parses each file once, even when the plan section opts in to trusted HTML, and makes no parse at render', async () => {
    await trustedPlan();
    let parses = 0;
    const loaded = await loadPlan(plan, work, {}, { onMiss: () => parses++ });
    expect(loaded.ok).toBe(true);
    expect(parses).toBe(markdownFiles(loaded));
    expect(loaded.htmlPolicy).toBe('trusted');
    const mission = loaded.byKey.get('mission');
    if (!mission) throw new Error('no mission section');
    const prose = proseOf(loaded);
    expect(prose(mission).html).toContain('<div class="callout" onclick="go()">Raw</div>');
    for (const section of loaded.parsed) prose(section);
    expect(parses).toBe(markdownFiles(loaded));
  });

  it('decides the policy after validation: the same tree gives sanitized HTML without the opt-in', async () => {
    const mission = path.join(plan, '01-mission.md');
    await writeFile(mission, `${await readFile(mission, 'utf8')}\n<div class="callout" onclick="go()">Raw</div>\n`);
    const loaded = await loadPlan(plan, work, {});
    expect(loaded.htmlPolicy).toBe('sanitized');
    const html = proseOf(loaded)(loaded.byKey.get('mission')!).html;
    expect(html).toContain('<div>Raw</div>');
    expect((await loadPlan(plan, work, {}, { trustedHtml: true })).htmlPolicy).toBe('trusted');
  });

  it('keeps the HTML made at render time with the parse, per policy, so a warm build makes none', async () => {
    await trustedPlan();
    const cache = await ParseCache.open(cacheDir, plan);
    const cold = await loadPlan(plan, work, {}, { cache });
    const coldHtml = cold.parsed.map((p) => proseOf(cold, cache)(p).html);
    await cache.save();

    const reopened = await ParseCache.open(cacheDir, plan);
    let parses = 0;
    const warm = await loadPlan(plan, work, {}, { cache: reopened, onMiss: () => parses++ });
    expect(parses).toBe(0);
    for (const section of warm.parsed) expect(reopened.html(section.file, 'trusted')).toBeDefined();
    expect(warm.parsed.map((p) => proseOf(warm, reopened)(p).html)).toEqual(coldHtml);
    // The other policy was never made: it would be made from the cached tree, which matches a fresh parse's.
    const mission = warm.byKey.get('mission')!;
    expect(reopened.html(mission.file, 'sanitized')).toBeUndefined();
    expect(JSON.stringify(mission.prose)).toBe(JSON.stringify(cold.byKey.get('mission')!.prose, (k, v) => (k === 'position' ? undefined : v)));
  });
});
