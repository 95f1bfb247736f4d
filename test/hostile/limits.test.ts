import { describe, expect, it } from 'vitest';
import { changedBy, editPlanFile, expectNoInternalError, salesplan, type Workspace, workspace } from './harness.ts';

/**
 * Bounded work and sane values: a frontmatter that would make salesplan do unbounded work (alias bombs, deep
 * nesting, huge strings or numbers) and plan values out of a sane range (years, durations, amounts past the
 * precision the model keeps, diagrams past Mermaid's limits) are positioned errors naming the limit and the
 * value, found by `check` (no browser), never an internal error, a hang or a silent substitute.
 */

/** Far more than a check takes on a loaded machine; what main did on these plans (minutes, gigabytes) trips it. */
const HANG_AFTER_MS = 240_000;

async function check(ws: Workspace, args: string[] = []) {
  const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan', ...args], { hangAfterMs: HANG_AFTER_MS }));
  expectNoInternalError(result);
  return { result, changed };
}

/** The error lines of a text report, without the hints. */
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => / error /.test(line));

/** A message line and the hint printed under it, as the user sees them. */
const withHint = (line: string, hint: string) => `${line}\n  hint: ${hint}\n`;

const PLAN_FIELD = 'phasing: working_days';

describe('hostile plan: YAML that would make the reader work without bound', () => {
  it('an alias bomb (one anchor of 20,000 values, aliased 5,000 times) stops at the alias-value limit', async () => {
    const ws = await workspace('alias-bomb');
    const anchor = `&a [${Array.from({ length: 20_000 }, () => 'x').join(', ')}]`;
    const aliases = `[${Array.from({ length: 5_000 }, () => '*a').join(', ')}]`;
    await editPlanFile(ws, '01-plan.md', PLAN_FIELD, `${PLAN_FIELD}\ncalendar_notes:\n  base: ${anchor}\n  copies: ${aliases}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = 'plan/01-plan.md:17:12 error YAML aliases here expand to more than 10,000 values, the limit';
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(result.stderr).toContain(withHint(line, 'write the values out, or refer to fewer or smaller anchors (&name) with aliases (*name)'));
    expect(changed).toEqual([]);
  });

  it('a billion-laughs chain in a known field is the same error, not a list silently cut short', async () => {
    const ws = await workspace('billion-laughs');
    const levels = ['&l0 [2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26, 2026-11-26]'];
    for (let i = 1; i < 9; i++) levels.push(`&l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    const lol = levels.map((level) => `    - ${level}`).join('\n');
    await editPlanFile(ws, '01-plan.md', /calendar:\n[\s\S]*?2026-12-25\n/, `calendar_lol:\n${lol}\ncalendar:\n  holidays: *l8\n`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    // At the alias of the chain where the values made so far pass the limit (the fifth level), not at `holidays`.
    expect(errorLines(result.stderr)).toEqual(['plan/01-plan.md:13:47 error YAML aliases here expand to more than 10,000 values, the limit']);
    expect(changed).toEqual([]);
  });

  it('nesting built from aliases (40 anchors, each 400 brackets deep around the last) stops at the depth limit', async () => {
    const ws = await workspace('alias-depth');
    const anchors = ['  a0: &a0 x'];
    for (let i = 1; i < 40; i++) anchors.push(`  a${i}: &a${i} ${'['.repeat(400)}*a${i - 1}${']'.repeat(400)}`);
    await editPlanFile(ws, '01-plan.md', PLAN_FIELD, `${PLAN_FIELD}\nnotes:\n${anchors.join('\n')}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = 'plan/01-plan.md:17:41 error the frontmatter nests deeper than 32 levels here, the limit';
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(result.stderr).toContain(
      withHint(line, 'a plan’s fields nest a few levels at most: flatten this value, or check for brackets that are never closed'),
    );
    expect(changed).toEqual([]);
  });

  it('plain deep nesting (5,000 open brackets) is the same limit, where the parser gave up', async () => {
    const ws = await workspace('deep-nesting');
    await editPlanFile(ws, '01-plan.md', PLAN_FIELD, `${PLAN_FIELD}\nnotes: ${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const [line] = errorLines(result.stderr);
    expect(line).toMatch(/^plan\/01-plan\.md:15:\d+ error the frontmatter nests deeper than 32 levels here, the limit$/);
    expect(changed).toEqual([]);
  });

  it('a number of 1,000 digits is an error naming the limit', async () => {
    const ws = await workspace('number-digits');
    await editPlanFile(ws, '03-goals.md', 'target: 250000', `target: 2${'0'.repeat(999)}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = 'plan/03-goals.md:3:9 error number `200000000000…00000000` has 1,000 digits; the limit is 100';
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(changed).toEqual([]);
  });
});

describe('hostile plan: text too long to lay out', () => {
  const title2k = Array.from({ length: 205 }, () => 'Quarterly').join(' ').slice(0, 2048);

  it('a 2 KB plan title is an error naming the limit and its length', async () => {
    const ws = await workspace('title-2k');
    await editPlanFile(ws, '01-plan.md', 'title: Q4 2026 Sales Plan', `title: ${title2k}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual(['plan/01-plan.md:3:8 error title must be at most 200 characters (the limit for a name or title), not 2,048']);
    expect(changed).toEqual([]);
  });

  it('a 2 KB first heading (the page title when there is no title field) is an error at the heading', async () => {
    const ws = await workspace('heading-2k');
    await editPlanFile(ws, '03-goals.md', '# Goals and objectives', `# ${title2k}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = 'plan/03-goals.md:28:1 error the page title (the first # heading) is 2,048 characters long; the limit for a title is 200';
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(result.stderr).toContain(
      withHint(line, 'shorten the heading: it shows in every page header and the PDF bookmarks; move the rest into the text below it'),
    );
    expect(changed).toEqual([]);
  });

  it('a mission of 22,000 characters is over the limit for text', async () => {
    const ws = await workspace('text-20k');
    await editPlanFile(ws, '02-mission.md', /^mission: .*$/m, `mission: ${'Sell more. '.repeat(2_000).trim()}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual(['plan/02-mission.md:3:10 error mission must be at most 10,000 characters (the limit for text), not 21,999']);
    expect(changed).toEqual([]);
  });
});

// A 2 KB title in the running header: test/handbook/running-header.test.ts (cut by halving, in the page).

describe('hostile plan: values out of a sane range', () => {
  it('a 46-digit target is an error: past the amounts the model keeps exact', async () => {
    const ws = await workspace('target-46-digits');
    await editPlanFile(ws, '03-goals.md', 'target: 250000', `target: 1${'0'.repeat(44)}1`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      'plan/03-goals.md:3:9 error target must be below 1,000,000,000,000,000 (this one has 46 digits before the point), the largest amount salesplan computes exactly with',
    ]);
    expect(changed).toEqual([]);
  });

  it('year 99 (a period of 0099-Q4, read as 0099 to 1999: 22,803 months) is an error at the period', async () => {
    const ws = await workspace('year-99');
    await editPlanFile(ws, '01-plan.md', 'period: 2026-Q4', 'period: 0099-Q4');
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = "plan/01-plan.md:6:9 error the period is in the year 0099; a plan's period must lie within 2000-2100";
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(result.stderr).toContain(withHint(line, 'check the year: write it with four digits, such as 2026-Q4'));
    expect(changed).toEqual([]);
  });

  it('a period of ten years and a roster date in 2150 are errors naming the range', async () => {
    const ws = await workspace('period-long');
    await editPlanFile(ws, '01-plan.md', 'period: 2026-Q4', 'period: {start: 2026-01-01, end: 2035-12-31}');
    await editPlanFile(ws, '04-team.md', 'start: 2025-06-01', 'start: 2150-06-01');
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      "plan/01-plan.md:6:9 error the period covers 120 months; a plan's period is at most 60 months (five years)",
      "plan/04-team.md:37:12 error start 2150-06-01 is outside the years 1900-2100 a plan's dates may be in",
    ]);
    expect(changed).toEqual([]);
  });

  it('a huge time_to_fill_days (an internal error before) and duration_days are errors naming the limit', async () => {
    const ws = await workspace('huge-days');
    await editPlanFile(ws, '04-team.md', 'time_to_fill_days: 45', 'time_to_fill_days: 100000000000');
    await editPlanFile(ws, '07-action-plan.md', 'duration_days: 30', 'duration_days: 1000000');
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      'plan/04-team.md:28:24 error time_to_fill_days must be at most 3,650 days (ten years), not 100000000000',
      'plan/07-action-plan.md:13:20 error duration_days must be at most 3,650 days (ten years), not 1000000',
    ]);
    expect(changed).toEqual([]);
  });

  it('inputs each in range that multiply past what the model counts exactly are an error at the target', async () => {
    const ws = await workspace('figure-too-large');
    await editPlanFile(ws, '03-goals.md', 'target: 250000', 'target: 999999999999999');
    await editPlanFile(ws, '03-goals.md', 'average_deal_size: 12500', 'average_deal_size: 0.0001');
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const line = 'plan/03-goals.md:3:9 error the plan computes to 9,999,999,999,999,990,000 deals in the period: salesplan counts below 1,000,000,000,000,000';
    expect(errorLines(result.stderr)).toEqual([line]);
    expect(changed).toEqual([]);
  });

  it('exact decimals never print in exponent notation: a rate of 0.0000001 stays digits in numbers.json', async () => {
    const ws = await workspace('no-exponent');
    await editPlanFile(ws, '03-goals.md', 'target: 250000', 'target: 12500');
    await editPlanFile(ws, '03-goals.md', 'rate: 25%', 'rate: 0.0000001');
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['numbers', 'plan', '--format', 'json']));
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    const numbers = JSON.parse(result.stdout) as { economics: { pipelineWinRate: string; requiredPipeline: string } };
    expect(numbers.economics.pipelineWinRate).toBe('0.0000001');
    expect(numbers.economics.requiredPipeline).toBe('125000000000');
    expect(result.stdout).not.toMatch(/\d[eE][+-]?\d/);
    expect(changed).toEqual([]);
  });
});

describe('hostile plan: diagrams past Mermaid’s limits', () => {
  it('a gantt over Mermaid’s text limit is an error at the milestones, not a box saying "too large"', async () => {
    const ws = await workspace('gantt-text-limit');
    const milestones = Array.from(
      { length: 300 },
      (_, i) => `  - id: m${i}\n    title: Milestone ${i} of the launch, ${'with a long description '.repeat(7).trim()}\n    owner: ae\n    start: 2026-10-05\n    duration_days: 5\n`,
    ).join('');
    await editPlanFile(ws, '07-action-plan.md', 'milestones:\n', `milestones:\n${milestones}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const [line] = errorLines(result.stderr);
    expect(line).toMatch(
      /^plan\/07-action-plan\.md:3:1 error the diagram "Action plan timeline" drawn from these milestones is \d{2},\d{3} characters of Mermaid; Mermaid draws at most 50,000$/,
    );
    expect(result.stderr).toContain(withHint(line!, 'list fewer milestones or give them shorter names: a diagram that size would not be legible anyway'));
    expect(errorLines(result.stderr)).toHaveLength(1);
    expect(changed).toEqual([]);
  });

  it('a process of 603 stages is over Mermaid’s limit of 500 connections: an error at the stages', async () => {
    const ws = await workspace('process-edges');
    const stages = Array.from({ length: 600 }, (_, i) => `  - {id: s${i}, name: S${i}, owner: ae}\n`).join('');
    await editPlanFile(ws, '06-process.md', 'stages:\n', `stages:\n${stages}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      // 602 between the 603 stages, and one from each of the plan's two sources into the stage it fills.
      'plan/06-process.md:3:1 error the diagram "Sales process" drawn from these stages has 604 connections; Mermaid draws at most 500',
    ]);
    expect(changed).toEqual([]);
  });

  it('an author’s mermaid block over the text limit is an error at the block', async () => {
    const ws = await workspace('author-text-limit');
    const nodes = Array.from({ length: 2_500 }, (_, i) => `  n${i}[Step number ${i}]`).join('\n');
    await editPlanFile(ws, '06-process.md', 'flowchart LR\n  prospecting --> discovery --> closing', `flowchart LR\n${nodes}`);
    const { result, changed } = await check(ws);
    expect(result.code).toBe(1);
    const [line] = errorLines(result.stderr);
    expect(line).toMatch(/^plan\/06-process\.md:\d+:1 error this Mermaid diagram is \d{2},\d{3} characters long; Mermaid draws at most 50,000$/);
    expect(result.stderr).toContain(withHint(line!, 'split it into several diagrams, each in its own ```mermaid block'));
    expect(changed).toEqual([]);
  });

  it(
    'an author’s flowchart of 600 connections is an error at its block in one line, not Mermaid’s advice to reconfigure it',
    async () => {
      const ws = await workspace('author-edges');
      const edges = Array.from({ length: 600 }, (_, i) => `  n${i} --> n${i + 1}`).join('\n');
      await editPlanFile(ws, '06-process.md', 'flowchart LR\n  prospecting --> discovery --> closing', `flowchart LR\n${edges}`);
      const allowed = [ws.cache, ws.tmp];
      const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf'], { hangAfterMs: HANG_AFTER_MS }), allowed);
      expectNoInternalError(result);
      expect(result.code).toBe(1);
      expect(errorLines(result.stderr)).toEqual([
        'plan/06-process.md:26:1 error this Mermaid diagram has more than 500 connections; Mermaid draws at most 500',
      ]);
      // The build failed, so no output folder was made.
      expect(changed).toEqual([]);
    },
    HANG_AFTER_MS * 2,
  );
});
