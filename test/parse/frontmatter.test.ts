import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { isDecimal } from '../../src/core/decimal.ts';
import { parseSection, readPlan } from '../../src/parse/index.ts';
import { tempPlan } from './temp-plan.ts';

const POSITIONS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'parse', 'positions.md'), 'utf8');

function section(text: string, path = 'content/03-goals.md') {
  return parseSection(new VFile({ path, value: text }));
}

function at(position: { start: { line: number; column: number } } | undefined) {
  return position && [position.start.line, position.start.column];
}

describe('frontmatter data', () => {
  it('turns numbers into exact Decimals of their source text and keeps dates and text as strings', () => {
    const { data, file } = section(POSITIONS);
    expect(file.messages).toEqual([]);
    const funnel = data?.funnel as Record<string, unknown>[];
    const rate = funnel[0]?.rate;
    expect(isDecimal(rate) && rate.toString()).toBe('0.7');
    // Exact, not the binary double closest to 0.7.
    expect(isDecimal(rate) && rate.times(3).toString()).toBe('2.1');
    expect(String(data?.target)).toBe('250000');
    expect(String(data?.average_deal_size)).toBe('12500.5');
    expect(String(funnel[1]?.rate)).toBe('-3');
    expect(String(data?.big)).toBe('1000');
    expect(data?.starts).toBe('2026-10-01');
    expect(data?.title).toBe('Goals for Q4');
    expect(data?.ok).toBe(true);
    expect(data?.empty).toBeNull();
  });

  it('stores a `__proto__` key as plain data and never touches Object.prototype', () => {
    const { data, file } = section('---\nsection: goals\n__proto__:\n  polluted: yes\nnested:\n  __proto__: {polluted: 1}\n---\n');
    expect(file.messages).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data!, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    const nested = data?.nested as object;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.keys(nested)).toEqual(['__proto__']);
  });
  it('expands an alias to the last node with its anchor before it, and a redefinition only counts from there', () => {
    const { data, file } = section('---\nsection: goals\na: &x 1\nb: &y [&x 2]\nc: *x\nd: &x 3\ne: *y\nf: *x\n---\n');
    expect(file.messages).toEqual([]);
    expect([data?.a, data?.b, data?.c, data?.d, data?.e, data?.f].map((v) => JSON.stringify(v))).toEqual(['"1"', '["2"]', '"2"', '"3"', '["2"]', '"3"']);
  });

  it('stops at its limits with one message each: alias values, nesting depth, digits', () => {
    const bomb = section(`---\nsection: goals\na: &a [${Array(200).fill('x').join(', ')}]\nb: [${Array(60).fill('*a').join(', ')}]\n---\n`);
    expect(bomb.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(['4:201 YAML aliases here expand to more than 10,000 values, the limit']);
    const deep = section(`---\nsection: goals\na: ${'['.repeat(33)}1${']'.repeat(33)}\nb: ${'['.repeat(32)}1${']'.repeat(32)}\n---\n`);
    expect(deep.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(['3:35 the frontmatter nests deeper than 32 levels here, the limit']);
    const digits = section(`---\nsection: goals\na: ${'9'.repeat(100)}\nb: ${'9'.repeat(101)}\nc: 1e99\nd: 1e-100\n---\n`);
    expect(digits.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['4:4 yaml-limit', '6:4 yaml-limit']);
  });
});

describe('YamlIndex positions, in the .md file', () => {
  const expectPositions = (yaml: ReturnType<typeof section>['yaml']) => {
    expect(at(yaml.value(['target']))).toEqual([4, 9]);
    expect(at(yaml.key(['target']))).toEqual([4, 1]);
    expect(at(yaml.value(['funnel', 0, 'rate']))).toEqual([9, 11]);
    expect(yaml.value(['funnel', 0, 'rate'])?.end).toMatchObject({ line: 9, column: 15 });
    expect(at(yaml.key(['funnel', 0, 'rate']))).toEqual([9, 5]);
    expect(at(yaml.value(['funnel', 1, 'rate']))).toEqual([10, 40]);
    expect(at(yaml.value(['funnel', 1, 'name']))).toEqual([10, 22]);
    expect(at(yaml.value(['funnel', 1]))).toEqual([10, 5]);
    expect(at(yaml.value(['funnel']))).toEqual([7, 3]);
    // `empty:` has no value: the key is the place to point at.
    expect(yaml.value(['empty'])).toBeUndefined();
    expect(at(yaml.nearest(['empty']))).toEqual([14, 1]);
    // Missing paths fall back to the closest ancestor, then the frontmatter.
    expect(at(yaml.nearest(['funnel', 1, 'nope', 3]))).toEqual([10, 5]);
    expect(at(yaml.nearest(['nothing']))).toEqual([2, 1]);
  };

  it('gives line and column of values and keys', () => {
    expectPositions(section(POSITIONS).yaml);
  });

  it('gives the same lines and columns with CRLF line endings and a BOM', async () => {
    const { cwd } = tempPlan({ '03-goals.md': `\uFEFF${POSITIONS.replace(/\n/g, '\r\n')}` });
    const [file] = await readPlan('content', cwd);
    const parsed = parseSection(file!);
    expect(file?.messages).toEqual([]);
    expectPositions(parsed.yaml);
    expect(String((parsed.data?.funnel as { rate: unknown }[] | undefined)?.[0]?.rate)).toBe('0.7');
    expect(parsed.title).toBe('Goals');
  });

  it('gives offsets into the file text', () => {
    const { yaml } = section(POSITIONS);
    const place = yaml.value(['funnel', 0, 'rate']);
    expect(POSITIONS.slice(place?.start.offset, place?.end.offset)).toBe('0.70');
  });
});

describe('YAML syntax errors', () => {
  const errors = (text: string) => section(text).file.messages.map((m) => ({ at: [m.line, m.column], reason: m.reason, hint: m.note, fatal: m.fatal, rule: m.ruleId }));

  it('reports a duplicate key on the second one, naming the line of the first', () => {
    const [error, ...rest] = errors('---\nsection: goals\ntarget: 1\naverage_deal_size: 2\ntarget: 3\n---\n');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ at: [5, 1], fatal: true, rule: 'yaml-syntax' });
    expect(error?.reason).toBe('duplicate key `target` (already on line 3)');
    expect(error?.hint).toMatch(/only once/);
  });

  it('reports a tab used for indentation at its line, with a hint to use spaces', () => {
    const [error] = errors('---\nsection: goals\nfunnel:\n  - id: a\n\t  name: A\n---\n');
    expect(error?.at).toEqual([5, 1]);
    expect(error?.reason).toMatch(/tabs/i);
    expect(error?.hint).toMatch(/spaces/);
  });

  it('points an unclosed quote at the quote that opens it', () => {
    const [error] = errors('---\nsection: goals\ntitle: "Goals for Q4\ntarget: 5\n---\n');
    expect(error?.at).toEqual([3, 8]);
    expect(error?.reason).toMatch(/never closed/);
  });

  it('reports bad indentation', () => {
    const [error] = errors('---\nsection: goals\nfunnel:\n    - id: a\n  - id: b\n---\n');
    expect(error?.fatal).toBe(true);
    expect(error?.at[0]).toBe(5);
    expect(error?.rule).toBe('yaml-syntax');
  });

  it('reports frontmatter that is not key: value fields', () => {
    const [error] = errors('---\n- a\n- b\n---\n');
    expect(error?.reason).toMatch(/`key: value` fields/);
    expect(error?.at).toEqual([2, 1]);
  });
});
