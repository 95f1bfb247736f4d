import { copyData, resolvePath, setAt, type PlanFacts } from '../../validate/index.ts';
import { Decimal } from '../../core/decimal.ts';
import { addDays, dayNumber, monthIndex, tenureMonth } from '../../core/dates.ts';
import { fullRampTenure, members } from '../people.ts';
import type { Goal } from './goals.ts';
import { stepsIn, valueAt, type Grid } from './grid.ts';

/** What a goal-seek may change, one input at a time. */
export type LeverKind = 'stage_rate' | 'source_yield' | 'deal_size' | 'capacity' | 'attainment' | 'quota' | 'headcount' | 'start';
export type LeverUnit = 'rate' | 'money' | 'quantity' | 'heads' | 'date';

/** One input and the values it may take: the facts at each step, made by the scenarios' overrides. */
export interface Lever {
  kind: LeverKind;
  /** The fact it changes, as a scenario override names it: `goals.funnel.opportunity.rate`, `team.hires`. */
  path: string;
  /** A stage, a source's activity, a person's or hire's id; '' for the deal size. */
  subject: string;
  /** What the plan calls it: the stage's or source's name, the role's title, the person's name; '' for the deal size. */
  name: string;
  /** The role whose input it is (attainment, quota, capacity, headcount, a start). */
  role?: string;
  /** The activity of a capacity, and its name (the source's or stage's). */
  activity?: string;
  activityName?: string;
  /** A stage rate into the won deal. */
  winRate?: boolean;
  /** The day added heads start (the period's first). */
  from?: string;
  unit: LeverUnit;
  direction: 'up' | 'down';
  /** The plan's value: a Decimal, an ISO date for a start, 0 added heads for headcount. */
  current: Decimal | string;
  steps: number;
  /** The value at step k (1..steps). */
  value(k: number): Decimal | string;
  /** The plan's facts with the value at step k (0: the plan as written). */
  at(k: number): PlanFacts;
}

/** Rates move in 0.1 percentage points, a yield given as a rate in 0.01, money and counts in whole units. */
const RATE_STEP = new Decimal('0.001');
const YIELD_RATE_STEP = new Decimal('0.0001');
const WHOLE = new Decimal(1);
/** Decision: at most 200% attainment (the format's own limit), 100 added heads, a start ten years earlier. */
const MAX_ATTAINMENT = new Decimal(2);
const MAX_HEADS = 100;
const MAX_DAYS = 3650;
/** Below the limits of src/core/limits.ts: money under 10^15, quantities under 10^9. */
const MAX_MONEY = new Decimal('999999999999999');
const MAX_QUANTITY = new Decimal('999999999');

/** The facts with one override set, on a copy: the path grammar and setter of scenarios.yaml. */
export function override(facts: PlanFacts, path: string, value: unknown): PlanFacts {
  const target = resolvePath(path, facts, value);
  if ('reason' in target) throw new Error(`goal-seek: ${target.reason}`);
  const section = copyData(facts[target.section]) as unknown as Record<string, unknown>;
  setAt(section, target, value);
  return { ...facts, [target.section]: section };
}

function gridLever(
  facts: PlanFacts,
  fields: Omit<Lever, 'steps' | 'value' | 'at' | 'current' | 'direction' | 'unit'>,
  unit: LeverUnit,
  grid: Grid,
): Lever {
  return {
    ...fields,
    unit,
    direction: grid.direction,
    current: grid.current,
    steps: stepsIn(grid),
    value: (k) => valueAt(grid, k),
    at: (k) => (k === 0 ? facts : override(facts, fields.path, valueAt(grid, k))),
  };
}

function up(current: Decimal, step: Decimal, bound: Decimal): Grid {
  return { current, step, bound, direction: 'up' };
}

/** k more people of a role, starting on the period's first day (as the hires that would close the period's gap). */
function headcountLever(facts: PlanFacts, role: string, title: string, periodStart: string): Lever {
  const hire = (n: number) => ({ id: `what-if-${role}-${n}`, role, start: periodStart });
  return {
    kind: 'headcount',
    path: 'team.hires',
    subject: role,
    name: title,
    from: periodStart,
    role,
    unit: 'heads',
    direction: 'up',
    current: new Decimal(0),
    steps: MAX_HEADS,
    value: (k) => new Decimal(k),
    at: (k) =>
      k === 0 ? facts : { ...facts, team: { ...facts.team, hires: [...(facts.team.hires ?? []), ...Array.from({ length: k }, (_, i) => hire(i + 1))] } },
  };
}

/** The supply side's inputs: each quota role's attainment, quota and headcount, and each start still ramping. */
function supplyLevers(facts: PlanFacts, periodStart: string): Lever[] {
  const levers: Lever[] = [];
  const first = monthIndex(periodStart);
  for (const role of facts.team.roles.filter((r) => r.quota !== undefined)) {
    const at = `team.roles.${role.id}`;
    if (role.attainment) levers.push(gridLever(facts, { kind: 'attainment', path: `${at}.attainment`, subject: role.id, name: role.title, role: role.id }, 'rate', up(role.attainment, RATE_STEP, MAX_ATTAINMENT)));
    if (role.quota) levers.push(gridLever(facts, { kind: 'quota', path: `${at}.quota`, subject: role.id, name: role.title, role: role.id }, 'money', up(role.quota, WHOLE, MAX_MONEY)));
    levers.push(headcountLever(facts, role.id, role.title, periodStart));
    // A start matters while its person is not fully ramped in the period's first month.
    for (const member of members(facts.team).filter((m) => m.role === role.id && tenureMonth(m.start, first) < fullRampTenure(role))) {
      const list = member.kind === 'person' ? facts.team.people : facts.team.hires;
      const item = list?.[member.index];
      const id = item?.id;
      // A hire without an id is addressed by its position, as an override can when no hire has one.
      const key = id ?? (list?.every((item) => item.id === undefined) ? String(member.index) : undefined);
      if (key === undefined) continue;
      const path = `team.${member.kind === 'person' ? 'people' : 'hires'}.${key}.start`;
      const steps = Math.min(MAX_DAYS, dayNumber(member.start) - dayNumber('1900-01-01'));
      levers.push({
        kind: 'start',
        path,
        subject: id ?? `${role.id}-${member.index + 1}`,
        // A person by name; a hire (who has none) by its id and the role it fills.
        name: item && 'name' in item && typeof item.name === 'string' ? item.name : `${id ?? `${role.id}-${member.index + 1}`} (${role.title})`,
        role: role.id,
        unit: 'date',
        direction: 'down',
        current: member.start,
        steps,
        value: (k) => addDays(member.start, -k),
        at: (k) => (k === 0 ? facts : override(facts, path, addDays(member.start, -k))),
      });
    }
  }
  return levers;
}

/** The demand side's inputs for one role: every stage rate, every source's yield, the deal size, its capacity and headcount. */
function demandLevers(facts: PlanFacts, role: string, periodStart: string): Lever[] {
  const { goals } = facts;
  const levers: Lever[] = [];
  const last = goals.funnel.length - 2;
  goals.funnel.forEach((stage, i) => {
    if (!stage.rate) return;
    const fields = { kind: 'stage_rate' as const, path: `goals.funnel.${stage.id}.rate`, subject: stage.id, name: stage.name, ...(i === last && { winRate: true }) };
    levers.push(gridLever(facts, fields, 'rate', up(stage.rate, RATE_STEP, WHOLE)));
  });
  for (const source of goals.sources) {
    const path = `goals.sources.${source.activity}`;
    if (source.one_in) levers.push(gridLever(facts, { kind: 'source_yield', path: `${path}.one_in`, subject: source.activity, name: source.name }, 'quantity', { current: source.one_in, step: WHOLE, bound: WHOLE, direction: 'down' }));
    else if (source.rate) levers.push(gridLever(facts, { kind: 'source_yield', path: `${path}.rate`, subject: source.activity, name: source.name }, 'rate', up(source.rate, YIELD_RATE_STEP, WHOLE)));
  }
  levers.push(gridLever(facts, { kind: 'deal_size', path: 'goals.average_deal_size', subject: '', name: '' }, 'money', up(goals.average_deal_size, WHOLE, Decimal.max(goals.target, goals.average_deal_size))));
  const spec = facts.team.roles.find((r) => r.id === role);
  for (const [activity, capacity] of Object.entries(spec?.capacity ?? {})) {
    levers.push(gridLever(facts, { kind: 'capacity', path: `team.roles.${role}.capacity.${activity}`, subject: role, name: spec?.title ?? role, role, activity, activityName: activityName(facts, activity) }, 'quantity', up(capacity, WHOLE, MAX_QUANTITY)));
  }
  levers.push(headcountLever(facts, role, spec?.title ?? role, periodStart));
  return levers;
}

function activityName(facts: PlanFacts, activity: string): string {
  return facts.goals.sources.find((s) => s.activity === activity)?.name ?? facts.goals.funnel.find((s) => s.id === activity)?.name ?? activity;
}

/** The inputs that move a goal. */
export function leversFor(goal: Goal, facts: PlanFacts, periodStart: string): Lever[] {
  return goal.kind === 'staffed' ? demandLevers(facts, goal.key, periodStart) : supplyLevers(facts, periodStart);
}
