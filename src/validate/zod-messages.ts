import type { z } from 'zod';
import type { MessageDraft } from '../core/diagnostics/index.ts';
import { alternatives } from './zod-error-map.ts';
import { RESERVED_KEY } from './reserved-keys.ts';
import { allowedKeys } from './zod-shape.ts';
import { listNames, suggest } from '../core/suggest.ts';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

/**
 * A schema problem in words, with where it goes (the value, the key of the pair, or the enclosing group) and the
 * options of the message it becomes: the caller places it on its file (validate-sections.ts, load-config.ts).
 */
export interface Finding {
  path: Path;
  at: 'value' | 'key';
  reason: string;
  options: MessageDraft;
}

export interface DescribeContext {
  schema: z.ZodType;
  /** Whether the frontmatter has this key (then an empty value is "no value", not "missing"). */
  hasKey(path: Path): boolean;
  /** A hint from an enclosing union, saying which forms are allowed. */
  hint?: string | undefined;
}

/** Turns zod issues into findings that name the field, e.g. `rate must be a rate between 0 and 1; did you mean 25%?`. */
export function describeIssues(issues: readonly Issue[], ctx: DescribeContext, prefix: Path = []): Finding[] {
  return issues.flatMap((issue) => describe(issue, ctx, [...prefix, ...toPath(issue.path)]));
}

function describe(issue: Issue, ctx: DescribeContext, path: Path): Finding[] {
  const withHint = (finding: Finding): Finding =>
    ctx.hint && !finding.options.hint ? { ...finding, options: { ...finding.options, hint: ctx.hint } } : finding;

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(ctx.schema, path, issue.input);
    const unused = allowed.filter((key) => !(issue.input && Object.hasOwn(issue.input, key)));
    // `__proto__` is reported by reserved-keys.ts, wherever it appears.
    return issue.keys.filter((key) => key !== RESERVED_KEY).map((key) => {
      const match = suggest(key, unused);
      return withHint({
        path: [...path, key],
        at: 'key',
        reason: `unknown field \`${key}\`${match ? `; did you mean \`${match}\`?` : ''}`,
        options: {
          ruleId: 'unknown-field',
          hint: allowed.length > 0 ? `fields allowed here: ${listNames(allowed, 20)}` : undefined,
          ...guessPair(key, match),
        },
      });
    });
  }

  if (isMissing(issue)) {
    const name = String(path[path.length - 1] ?? 'value');
    const schemaSays = issue.message === 'is required' ? undefined : `it ${issue.message}`;
    if (ctx.hasKey(path)) {
      const reason = `\`${name}\` has no value; write one after \`${name}:\``;
      return [withHint({ path, at: 'key', reason, options: { ruleId: 'missing-value', hint: schemaSays } })];
    }
    const reason = `missing field \`${name}\`; add \`${name}: <value>\``;
    return [withHint({ path: path.slice(0, -1), at: 'value', reason, options: { ruleId: 'missing-field', hint: schemaSays } })];
  }

  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = closestBranch(issue.errors);
    if (branch) return describeIssues(branch, { ...ctx, hint: ctx.hint ?? unionHint(issue) }, path);
    const literals = literalAlternatives(issue.errors);
    const reason = literals ? `must be ${alternatives(literals)}` : issue.message;
    return [withHint({ path, at: 'value', reason: `${label(path)} ${reason}`, options: { ruleId: 'invalid-value' } })];
  }

  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1]);
    const owner = label(path.slice(0, -1));
    const why = issue.issues[0]?.message ?? 'is not allowed here';
    return [withHint({ path, at: 'key', reason: `${owner} key \`${key}\` ${why}`, options: { ruleId: 'invalid-key' } })];
  }

  const typo =
    issue.code === 'invalid_value' && typeof issue.input === 'string'
      ? suggest(issue.input, issue.values.map(String))
      : undefined;
  const reason = `${label(path)} ${issue.message}${typo ? `; did you mean \`${typo}\`?` : ''}`;
  // A scalar that guessed what was meant (a bare 25 for 25%) says so in its issue's params.
  const guessed = issue.code === 'custom' ? (issue.params as { expected?: string; actual?: string } | undefined) : undefined;
  const meant = typo !== undefined && typeof issue.input === 'string' ? guessPair(issue.input, typo) : guessPair(guessed?.actual, guessed?.expected);
  return [withHint({ path, at: 'value', reason, options: { ruleId: 'invalid-value', ...meant } })];
}

/** The expected/actual pair of a "did you mean", or nothing when there is no guess. */
function guessPair(actual: string | undefined, expected: string | undefined): Pick<MessageDraft, 'expected' | 'actual'> {
  return actual !== undefined && expected !== undefined ? { expected: [expected], actual } : {};
}

function isMissing(issue: Issue): boolean {
  if (issue.code === 'custom') return issue.params?.missing === true;
  return ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code) && (issue.input === undefined || issue.input === null);
}

/**
 * The union form the author most likely meant: the one with fewest issues among those whose value
 * had the right shape (no type or format error on the value itself). None when no form fits at all.
 */
function closestBranch(branches: readonly Issue[][]): Issue[] | undefined {
  const fitting = branches.filter(
    (issues) =>
      issues.length > 0 &&
      !issues.some((i) => i.path.length === 0 && ['invalid_type', 'invalid_format', 'invalid_value'].includes(i.code)),
  );
  return fitting.reduce<Issue[] | undefined>((best, issues) => (!best || issues.length < best.length ? issues : best), undefined);
}

/** For a union of literals (`30 | 60 | 90`) every branch says "expected 30": gather them into one message. */
function literalAlternatives(branches: readonly Issue[][]): string[] | undefined {
  const values: string[] = [];
  for (const issues of branches) {
    const [only] = issues;
    if (issues.length !== 1 || only?.code !== 'invalid_value' || only.path.length > 0) return undefined;
    values.push(...only.values.map(String));
  }
  return values;
}

function unionHint(issue: Issue): string | undefined {
  return issue.message === 'is not one of the allowed forms' ? undefined : `it ${issue.message}`;
}

/** The field a message names: the last key, with any list positions after it (`workweek[0]`). */
export function label(path: readonly (string | number)[]): string {
  let i = path.length;
  while (i > 0 && typeof path[i - 1] === 'number') i--;
  if (i === 0) return path.length === 0 ? 'the frontmatter' : `item ${path.map((n) => `[${n}]`).join('')}`;
  return `${String(path[i - 1])}${path.slice(i).map((n) => `[${n}]`).join('')}`;
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}
