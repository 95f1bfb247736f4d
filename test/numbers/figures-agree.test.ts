import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/index.ts';
import { numbersJson } from '../../src/render/numbers/format.ts';
import { dec } from '../../src/core/decimal.ts';
import { createFormat, type Format } from '../../src/core/format.ts';
import { daysLabel, fillLabel, fillLabels, labelsFor, type Labels } from '../../src/core/labels/index.ts';
import type { RolePlan, RoleTarget } from '../../src/model/index.ts';
import { build, loadPlan } from '../../src/pipeline/index.ts';
import { cadenceView } from '../../src/render/view-goals.ts';
import { targetFormat, targetName, targetsNote } from '../../src/render/view-role-targets.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

/*
 * Every figure a reader sees must be the model's: the numbers JSON (what `salesplan numbers --format json` prints,
 * through the same function) is read back against the role handbook PDFs, the org chart SVG and the site pages
 * of both example plans and of a variant of the English one, each formatted with the formatter the views use.
 */

// JSON figures are exact decimal strings; the views format Decimals.
// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON document, read field by field as the README documents it
type Json = Record<string, any>;

interface Built {
  name: string;
  json: Json;
  f: Format;
  l: Labels;
  /** Role id → the text of its handbook PDF. */
  handbooks: Map<string, string>;
  /** Page file → its HTML. */
  pages: Map<string, string>;
}

const TEAM_EDITS: [string, string][] = [
  // Sam Okafor now joins inside the period: planned, not current.
  ['  - id: ae-2\n    name: Sam Okafor\n    role: ae\n    start: 2025-07-07', '  - id: ae-2\n    name: Sam Okafor\n    role: ae\n    start: 2026-11-02'],
  // A hire after the period end: neither current nor planned for this period.
  ['hires:\n', 'hires:\n  - id: hire-ae-5\n    role: ae\n    start: 2027-01-11\n    note: Starts in Q1 2027.\n'],
];
const GOALS_EDITS: [string, string][] = [['average_deal_size: 12500\n', 'average_deal_size: 12500\npipeline_stage: meeting_held\n']];

let work: string;
let session: BrowserSession;
const built = new Map<string, Built>();

async function edited(file: string, edits: [string, string][]): Promise<void> {
  let text = await readFile(file, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${file}: no "${from}" to edit`);
    text = text.replace(from, to);
  }
  await writeFile(file, text);
}

async function buildPlan(name: string, planDir: string): Promise<Built> {
  const out = path.join(work, name);
  const result = await build({ planDir, outDir: out, cacheDir: path.join(work, 'cache'), session });
  if (!result.ok) throw new Error(`${name} did not build:\n${result.files.flatMap((f) => f.messages.map(String)).join('\n')}`);
  const plan = await loadPlan(planDir, process.cwd());
  const json = JSON.parse(numbersJson(plan.facts!, plan.model!)) as Json;
  const handbooks = new Map<string, string>();
  for (const pdf of result.pdfs.filter((p) => p.startsWith('handbooks/'))) {
    const text = await readPdfText(new Uint8Array(await readFile(path.join(out, pdf))));
    handbooks.set(path.basename(pdf, '.pdf'), normal(text.pages.join('\n')));
  }
  const pages = new Map<string, string>();
  for (const page of ['index', 'goals', 'team', 'action-plan']) pages.set(page, await readFile(path.join(out, `${page}.html`), 'utf8'));
  return { name, json, f: createFormat(json.plan.locale, json.plan.currency), l: labelsFor(json.plan.locale), handbooks, pages };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-figures-'));
  session = new BrowserSession();
  const variant = path.join(work, 'variant-plan');
  await cp('content', variant, { recursive: true });
  await edited(path.join(variant, '03-team.md'), TEAM_EDITS);
  await edited(path.join(variant, '02-goals.md'), GOALS_EDITS);
  for (const [name, dir] of [
    ['en', 'content'],
    ['sv', 'examples/sv/content'],
    ['variant', variant],
  ] as const) {
    built.set(name, await buildPlan(name, dir));
  }
}, 600_000);

afterAll(async () => {
  await session?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Text as a reader sees it: no-break spaces as spaces, runs of white space as one. */
function normal(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

/** The HTML's text, tags as spaces. */
function htmlText(html: string): string {
  const decoded = html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return normal(decoded);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cell's text as a pattern; pdf.js gives a ligature glyph (ff, fi, fl) as its own item, so a space may surround it. */
const cell = (text: string) => escapeRegExp(normal(text)).replace(/ff|fi|fl/g, ' ?$& ?');

/** The cells one after the other, as a table row reads in extracted text. */
function row(...cells: string[]): RegExp {
  return new RegExp(`(?:^|\\s)${cells.map(cell).join('\\s+')}(?=\\s|$)`);
}

const num = (value: string | number) => dec(value);
const plans = ['en', 'sv', 'variant'];

/** A role target as the model typed it, its figures back as Decimals. */
function target(json: Json): RoleTarget {
  const perRep = json.perRep;
  return {
    ...json,
    teamNeed: dec(json.teamNeed),
    perRep: {
      period: dec(perRep.period),
      perMonth: perRep.perMonth.map(dec),
      perWeek: dec(perRep.perWeek),
      perDay: dec(perRep.perDay),
      fullMonth: dec(perRep.fullMonth),
    },
  } as RoleTarget;
}

describe.each(plans)('the %s plan: role handbooks show the model’s role plans', (name) => {
  const plan = () => built.get(name)!;
  const roles = () => plan().json.roles.filter((r: Json) => r.handbook) as Json[];

  it('prints a handbook for each role the model plans one for', () => {
    expect([...plan().handbooks.keys()]).toEqual(roles().map((r) => r.role));
  });

  it('shows each per-rep activity and outcome target at every cadence', () => {
    const { f, l, handbooks } = plan();
    let checked = 0;
    for (const role of roles()) {
      const text = handbooks.get(role.role)!;
      for (const t of [...role.activities, ...role.outcomes].map(target)) {
        const fmt = targetFormat(t, f);
        const cells = [t.perRep.perDay, t.perRep.perWeek].map(fmt.rate);
        cells.push(...t.perRep.perMonth.map(fmt.whole), fmt.fullMonth(t.perRep.fullMonth), fmt.whole(t.perRep.period));
        expect(text, `${role.role} ${t.id}`).toMatch(row(targetName(t, l), ...cells));
        checked++;
      }
      // The intro names what the targets come from, once: the heads they are divided among, or the quota.
      expect(text).toMatch(row(targetsNote({ ...role, heads: num(role.heads) } as RolePlan, f, l)));
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('shows a quota role its quota and expected bookings per month, for the period and for a full month', () => {
    const { f, l, handbooks, json } = plan();
    const quotaRoles = roles().filter((r) => r.quota);
    expect(quotaRoles.length).toBeGreaterThan(0);
    for (const role of quotaRoles) {
      const text = handbooks.get(role.role)!;
      for (const m of role.quota.months) expect(text).toMatch(row(f.month(m.key), f.money(num(m.quota)), f.money(num(m.expected))));
      expect(text).toMatch(row(l.per_period, f.money(num(role.quota.period.quota)), f.money(num(role.quota.period.expected))));
      expect(text).toMatch(row(l.full_month, f.money(num(role.quota.fullMonth.quota)), f.money(num(role.quota.fullMonth.expected))));
      expect(json.period.months).toHaveLength(role.quota.months.length);
      // The bookings row beside the quota table is the rep's quota, month by month and for the period.
      const bookings = target(role.outcomes.find((t: Json) => t.kind === 'bookings'));
      expect(bookings.perRep.period.eq(num(role.quota.period.quota))).toBe(true);
      expect(bookings.perRep.perMonth.map(String)).toEqual(role.quota.months.map((m: Json) => String(num(m.quota))));
    }
  });

  it('shows per-rep outcome months that add up to the period figure', () => {
    const counts = roles().flatMap((r) => (r.outcomes as Json[]).filter((t) => t.unit === 'count').map(target));
    expect(counts.length).toBeGreaterThan(3);
    for (const t of counts) expect(t.perRep.perMonth.reduce((a, m) => a.plus(m), num(0)).eq(t.perRep.period), t.id).toBe(true);
  });

  it('shows each onboarding month’s productivity and scaled targets', () => {
    const { f, l, handbooks } = plan();
    for (const role of roles()) {
      const text = handbooks.get(role.role)!;
      const targets = [...role.activities, ...role.outcomes].map(target);
      const months = role.onboarding as Json[];
      expect(months).toHaveLength(3);
      months.forEach((m, i) => {
        const heading = normal(fillLabel(l.onboarding_days, `${f.count(m.firstDay)}\u2013${f.count(m.lastDay)}`));
        const from = text.lastIndexOf(heading);
        const next = months[i + 1];
        const to = next ? text.lastIndexOf(normal(fillLabel(l.onboarding_days, `${f.count(next.firstDay)}\u2013${f.count(next.lastDay)}`))) : text.length;
        expect(from, `${role.role} ${heading}`).toBeGreaterThan(-1);
        const part = text.slice(from, to);
        expect(part).toContain(`${l.productivity}: ${normal(f.percent(num(m.productivity)))}`);
        if (m.noTargets) {
          // A month at 0%: one sentence, no table of zeros and no quota of 0.
          expect(part).toContain(normal(fillLabel(l.onboarding_no_targets, `${f.count(m.firstDay)}\u2013${f.count(m.lastDay)}`)));
          expect(part).not.toContain(l.per_week);
          expect(part).not.toMatch(row(l.quota, f.money(num(0))));
          return;
        }
        for (const scaled of m.targets as Json[]) {
          const t = targets.find((x) => x.id === scaled.id && x.kind === scaled.kind)!;
          const fmt = targetFormat(t, f);
          expect(part, `${role.role} ${heading} ${t.id}`).toMatch(
            row(targetName(t, l), fmt.rate(num(scaled.perDay)), fmt.rate(num(scaled.perWeek)), fmt.fullMonth(num(scaled.fullMonth))),
          );
        }
        if (m.quota) expect(part).toMatch(row(l.quota, f.money(num(m.quota.quota)), l.expected, f.money(num(m.quota.expected))));
      });
    }
  });

  it('shows each role’s staffing by the model’s rule', () => {
    const { f, l, handbooks, json } = plan();
    for (const role of roles()) {
      const text = handbooks.get(role.role)!;
      const s = json.staffing.find((x: Json) => x.role === role.role);
      expect(text).toMatch(row(l.your_team, l.current, f.count(s.current), l.planned, f.count(s.planned)));
      if (s.needed !== undefined) expect(text).toMatch(row(l.needed, f.count(num(s.needed)), l.missing, f.count(s.missing)));
      if (s.later > 0) expect(text).toMatch(row(l.starts_after_period, f.count(s.later)));
    }
  });
});

describe.each(plans)('the %s plan: the site shows the model’s figures', (name) => {
  const plan = () => built.get(name)!;

  it('draws the org chart with every role’s current and planned heads from the model', () => {
    const { json, l, pages } = plan();
    const team = pages.get('team')!;
    const figure = /<figure class="diagram" data-diagram-id="org">[\s\S]*?<\/figure>/.exec(team)?.[0] ?? '';
    const text = htmlText(figure);
    // The diagram's labels go through the plan's one formatter, as the tables do.
    const { count, plural } = createFormat(json.plan.locale, json.plan.currency);
    expect(json.staffing.length).toBeGreaterThan(2);
    for (const s of json.staffing as Json[]) {
      // One planned head is singular in Swedish ("1 planerad"): the plan's plural rules pick the label.
      const label = plural(s.planned) === 'one' ? l.diagram_org_counts_one_planned : l.diagram_org_counts;
      const counts = fillLabels(label, { current: count(s.current), planned: count(s.planned) });
      expect(text, s.role).toMatch(row(`${s.title}:`, counts));
    }
  });

  it('shows the headcount table by the same staffing rule', () => {
    const { json, f, pages } = plan();
    const table = /<table class="data headcount[^"]*">[\s\S]*?<\/table>/.exec(pages.get('team')!)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr[^>]*>\s*<th scope="row">([^<]+)<\/th>([\s\S]*?)<\/tr>/g)].map((m) => ({
      title: htmlText(m[1]!).trim(),
      cells: [...m[2]!.matchAll(/<td class="num"[^>]*>([\s\S]*?)<\/td>/g)].map((c) => htmlText(c[1]!).trim()),
    }));
    // The headcount table sizes the roles that own an activity; a quota role's need is the capacity's.
    const sized = (json.staffing as Json[]).filter((s) => s.neededBasis === 'headcount');
    expect(rows.map((r) => r.title)).toEqual(sized.map((s) => normal(s.title)));
    sized.forEach((s, i) => {
      // FTE, needed, current, planned, missing
      expect(rows[i]!.cells.slice(1), s.role).toEqual([num(s.needed), s.current, s.planned, s.missing].map((v) => normal(f.count(v))));
    });
    const summary = htmlText(pages.get('index')!);
    expect(summary).toContain(`${plan().l.heads_missing} ${normal(f.count(json.missingHeads))}`);
  });

  it('shows the pipeline coverage counted from the plan’s pipeline stage', () => {
    const { json, f, l, pages } = plan();
    const e = json.economics;
    const stage = json.funnel.find((s: Json) => s.id === e.pipelineStage).name;
    const goals = htmlText(pages.get('goals')!);
    expect(goals).toMatch(row(l.required_pipeline, f.money(num(e.requiredPipeline))));
    expect(goals).toMatch(row(l.pipeline_multiple, f.multiple(num(e.pipelineMultiple))));
    expect(goals).toMatch(row(fillLabel(l.pipeline_win_rate, stage), f.percent(num(e.pipelineWinRate))));
  });

  it('shows every per-rep activity target of the goals page', () => {
    const { json, f, l, pages } = plan();
    const goals = htmlText(pages.get('goals')!);
    for (const a of json.activities as Json[]) {
      const rep = cadenceView({ period: dec(a.perRep.period), perMonth: a.perRep.perMonth.map(dec), perWeek: dec(a.perRep.perWeek), perDay: dec(a.perRep.perDay) }, f);
      expect(goals, a.activity).toMatch(row(l.per_rep, rep.perDay, rep.perWeek, ...rep.perMonth, rep.period));
    }
  });

  it('shows every milestone with the start and end dates the model worked out', () => {
    const { json, f, l, pages } = plan();
    const html = pages.get('action-plan')!;
    expect(json.milestones.length).toBeGreaterThan(1);
    for (const m of json.milestones as Json[]) {
      const tr = htmlText(new RegExp(`<tr id="milestone-${m.id}">[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');
      expect(tr, m.id).toMatch(row(f.date(m.start), f.date(m.end), daysLabel(m.days, f, l)));
    }
  });
});

describe('the cases of issue 10', () => {
  it('shows an SDR one monthly cold-email figure under “Your targets” and “Your first 90 days”', () => {
    const { json, f, l, handbooks } = built.get('en')!;
    const emails = target(json.roles.find((r: Json) => r.role === 'sdr').activities.find((t: Json) => t.id === 'cold_emails'));
    const full = f.count(emails.perRep.fullMonth);
    expect(full).toBe('427'); // ceil(1,280 / 3 months)
    const text = handbooks.get('sdr')!;
    // The targets row: per day, per week, Oct, Nov, Dec, full month, period.
    expect(text).toMatch(row('Cold emails', '20', '100', '440', '400', '440', full, '1,280'));
    // Days 31-60 at full productivity: the same 20 a day, 100 a week and full month.
    const onboarding = text.slice(text.lastIndexOf(fillLabel(l.onboarding_days, '31\u201360')));
    expect(onboarding).toMatch(row('Cold emails', '20', '100', full));
  });

  it('counts an AE starting inside the period as planned and one after the period in neither, in the chart and the handbook', () => {
    const { json, handbooks, pages } = built.get('variant')!;
    const ae = json.staffing.find((s: Json) => s.role === 'ae');
    expect(ae).toMatchObject({ current: 2, planned: 2, later: 1 });
    const org = htmlText(/<figure class="diagram" data-diagram-id="org">[\s\S]*?<\/figure>/.exec(pages.get('team')!)?.[0] ?? '');
    expect(org).toMatch(row('Account Executive:', '2 current + 2 planned'));
    expect(handbooks.get('ae')).toMatch(row('Your team in the period', 'Current', '2', 'Planned', '2'));
  });

  it('asks for target / (50% × 25%) of pipeline when the plan counts meetings held as its pipeline', () => {
    const { json, pages } = built.get('variant')!;
    expect(json.economics).toMatchObject({ pipelineStage: 'meeting_held', pipelineWinRate: '0.125', requiredPipeline: '2000000' });
    expect(htmlText(pages.get('goals')!)).toMatch(row('Required pipeline', '$2,000,000'));
    const en = built.get('en')!.json.economics;
    expect(en).toMatchObject({ pipelineStage: 'opportunity', requiredPipeline: '1000000' });
  });
});
