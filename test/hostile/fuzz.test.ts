import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadPlan } from '../../src/pipeline/index.ts';
import { changedBy, expectNoInternalError, MINIMAL_PLAN, salesplan, workspace } from './harness.ts';

/**
 * Fuzzing `check`: random YAML structures, random YAML-syntax mutations and random bytes as a plan file's
 * frontmatter, through the library (`loadPlan`, all `check` does in-process: parse, validate, compute, the diagram
 * limits) and, for a handful, through the real CLI. Whatever goes in, the answer is the plan's messages: never an
 * exception (the CLI's exit 3, "This is a bug"), and every error placed on a line of its file.
 *
 * Deterministic: a fixed seed and a fixed number of runs, small generated sizes; no clock is read.
 */

const SEED = 20_261_104;
const PLAN_FILES = readdirSync(MINIMAL_PLAN).filter((name) => name.endsWith('.md')).sort();
const ORIGINAL = new Map(PLAN_FILES.map((name) => [name, readFileSync(path.join(MINIMAL_PLAN, name), 'utf8')]));

/** Strings that mean something to one of the layers: YAML, dates, ids, links, Mermaid, HTML, templates, numbers. */
const HOSTILE = [
  '', ' ', '-', '*', '&a', '*a', '!!binary', '%YAML 1.2', '---', '...', '? x', '[', '{', '}', '|', '>', '#',
  '__proto__', 'constructor', 'toString', 'won', 'ae', 'sdr', 'cold_emails', 'opportunity',
  '2026-10-01', '2026-02-30', '0099-01-01', '9999-12-31', '2026-Q4', '0099-Q4', '2026-13',
  '25%', '0%', '100%', '250%', '-1', '0', '1e400', '1e-400', '0.1', '12500.55555', '$250,000', '250000 SEK',
  'javascript:alert(1)', 'data:text/html,x', 'https://example.com', 'mailto:a@b.c', '../../outside/secret.txt',
  '%%{init: {"theme":"dark"}}%%', 'click r0 call alert(1)', ':::x', '#quot;', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '{{plan.title}}', '{{{body}}}', '\u0000', '\u202e', '💥', 'ä'.repeat(300),
];

/** Numbers at the edges: past every limit, just inside, tiny, negative, not finite. */
const NUMBERS = [1e11, 1e15, 999_999_999_999_999, 1e21, 1e45, 1e300, 1e-7, 1e-12, 3650, 3651, -0.5, 0.30000000000000004, Number.MAX_SAFE_INTEGER, Infinity, -Infinity];

const leaf = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...NUMBERS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

const KEYS = ['section', 'title', 'id', 'name', 'rate', 'share', 'one_in', 'target', 'start', 'end', 'days', 'role', 'owner', 'href', 'links', 'funnel', 'roles', 'stages', 'milestones', 'capacity', '__proto__'];

/** A random YAML value: leaves, lists and maps nested a few levels, keys often the plan's own. */
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('tree'), { maxKeys: 4 }),
  ),
}));

/**
 * One file of the plan with one value changed: a number of the file replaced by an edge number, any value of the
 * file replaced by a random one, or a random value put in at a random place (often a field the plan has).
 */
const treeCase = fc.oneof(
  fc.record({ file: fc.constantFrom(...PLAN_FILES), mode: fc.constant('number' as const), pick: fc.nat(), value: fc.constantFrom(...NUMBERS) }),
  fc.record({ file: fc.constantFrom(...PLAN_FILES), mode: fc.constant('leaf' as const), pick: fc.nat(), value: tree }),
  fc.record({ file: fc.constantFrom(...PLAN_FILES), mode: fc.constant('place' as const), pick: fc.nat(), value: tree }),
);
type TreeCase = typeof treeCase extends fc.Arbitrary<infer T> ? T : never;

/** YAML tokens inserted at random places of a file's frontmatter text. */
const TOKENS = ['&a ', '*a', '[', ']', '{', '}', ': ', '- ', '\n  ', '\n', '"', "'", '|', '>', '!!str ', '%', '# ', '? ', ',', '\t', '0x', '.', 'e9'];
const mutationCase = fc.record({
  file: fc.constantFrom(...PLAN_FILES),
  edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }),
});

/** Random bytes as the whole frontmatter: not UTF-8, control characters, NULs. */
const bytesCase = fc.record({ file: fc.constantFrom(...PLAN_FILES), bytes: fc.uint8Array({ maxLength: 200 }) });

function frontmatter(text: string): { yaml: string; rest: string } {
  const end = text.indexOf('\n---\n', 4);
  return { yaml: text.slice(4, end + 1), rest: text.slice(end + 1) };
}

type Container = Record<string, unknown> | unknown[];

/** Every place in the data that holds a scalar (a number when `numbers`), as its container and key. */
function leaves(data: Container, numbers: boolean): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const walk = (here: Container) => {
    for (const key of Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here)) {
      const value = (here as Record<string | number, unknown>)[key];
      if (value !== null && typeof value === 'object') walk(value as Container);
      else if (!numbers || typeof value === 'number') found.push([here, key]);
    }
  };
  walk(data);
  return found;
}

/** Every map and list in the data: where a random value may be put in. */
function containers(data: Container): Container[] {
  const found: Container[] = [data];
  for (const value of Object.values(data)) if (value !== null && typeof value === 'object') found.push(...containers(value as Container));
  return found;
}

/** The file with the change of `c` made to its parsed frontmatter, written back as YAML. */
function withChange(c: TreeCase): string {
  const { yaml, rest } = frontmatter(ORIGINAL.get(c.file)!);
  const data = parseYaml(yaml, { version: '1.2', schema: 'core' }) as Record<string, unknown>;
  const set = (container: Container, key: string | number, value: unknown) =>
    Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
  const places = c.mode === 'place' ? [] : leaves(data, c.mode === 'number');
  if (places.length > 0) {
    const [container, key] = places[c.pick % places.length]!;
    set(container, key, c.value);
  } else {
    const all = containers(data);
    const container = all[c.pick % all.length]!;
    if (Array.isArray(container)) container.splice(c.pick % (container.length + 1), 0, c.value);
    else set(container, ['fuzzed', ...KEYS][c.pick % (KEYS.length + 1)]!, c.value);
  }
  return `---\n${stringifyYaml(data)}${rest}`;
}

function mutated(file: string, edits: [number, string, number][]): string {
  const { yaml, rest } = frontmatter(ORIGINAL.get(file)!);
  let text = yaml;
  for (const [at, token, cut] of edits) {
    const i = at % (text.length + 1);
    text = text.slice(0, i) + token + text.slice(i + cut);
  }
  return `---\n${text}${rest}`;
}

let root: string;
const planDir = () => path.join(root, 'plan');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'salesplan-fuzz-'));
  await cp(MINIMAL_PLAN, planDir(), { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** `check` in-process on the plan with one file replaced: it must answer with messages, each error on a line. */
async function checkWith(file: string, content: string | Uint8Array): Promise<void> {
  const target = path.join(planDir(), file);
  await writeFile(target, content);
  try {
    const plan = await loadPlan('plan', root);
    for (const message of plan.files.flatMap((f) => f.messages)) {
      if (message.fatal === true) expect(message.line, `${message.file}: ${message.reason}`).toBeGreaterThanOrEqual(1);
    }
  } finally {
    await writeFile(target, ORIGINAL.get(file)!);
  }
}

describe('fuzzing check (in-process, fixed seed)', () => {
  it('random YAML values anywhere in a frontmatter give messages, never an exception', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(treeCase, (c) => checkWith(c.file, withChange(c))),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('random YAML syntax spliced into a frontmatter gives messages, never an exception', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutationCase, ({ file, edits }) => checkWith(file, mutated(file, edits))),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('random bytes as a frontmatter give messages, never an exception', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(bytesCase, ({ file, bytes }) => {
        const { rest } = frontmatter(ORIGINAL.get(file)!);
        return checkWith(file, Buffer.concat([Buffer.from('---\n'), bytes, Buffer.from(`\n${rest}`)]));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('fuzzing check (the CLI, a handful)', () => {
  // Generated once from the seed: the same five plans every run.
  const cases = [
    ...fc.sample(treeCase, { seed: SEED, numRuns: 2 }).map((c) => ({ file: c.file, text: withChange(c) })),
    ...fc.sample(mutationCase, { seed: SEED, numRuns: 2 }).map(({ file, edits }) => ({ file, text: mutated(file, edits) })),
    { file: '01-plan.md', text: `---\n${'\u0000\u00ff\ufffd'.repeat(50)}\n---\n` },
  ];

  it.each(cases.map((c, i) => [i, c] as const))('case %i exits 0 or 1 with a report, changing nothing', async (i, { file, text }) => {
    const ws = await workspace(`fuzz-${i}`);
    await writeFile(path.join(ws.plan, file), text);
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan'], { hangAfterMs: 240_000 }));
    expectNoInternalError(result);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toMatch(/plan: the plan (is valid|has errors) \(8 files checked\)\n$/);
    expect(changed).toEqual([]);
  });
});
