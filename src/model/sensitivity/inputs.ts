import type { PlanFacts } from '../../validate/index.ts';
import { Decimal } from '../../core/decimal.ts';

/** What kind of input a sensitivity row varies. */
export type SensitivityKind = 'stage_rate' | 'source_yield' | 'deal_size' | 'capacity' | 'attainment' | 'quota' | 'start';
export type SensitivityUnit = 'rate' | 'money' | 'quantity' | 'date';

/** One numeric input of the plan, by the path a scenario override names it with. */
export interface SensitivityInput {
  kind: SensitivityKind;
  /** `goals.funnel.opportunity.rate`, `team.hires.hire-ae-4.start`. */
  path: string;
  /** The stage, source activity, role or hire it belongs to; '' for the deal size. */
  subject: string;
  /** What the plan calls it (a stage's or source's name, a role's title, a hire's id and role); '' for the deal size. */
  name: string;
  /** A capacity's activity, by its source's or stage's name. */
  activityName?: string;
  /** The last stage with a rate converts into the won deal. */
  winRate?: boolean;
  unit: SensitivityUnit;
  /** The plan's value: a Decimal, an ISO date for a start. */
  base: Decimal | string;
  /** The input's valid domain (a rate's (0, 1], attainment's (0, 2]): a changed value is kept inside it. */
  max?: Decimal;
}

const ONE = new Decimal(1);
const TWO = new Decimal(2);

function activityName(facts: PlanFacts, activity: string): string {
  return facts.goals.sources.find((s) => s.activity === activity)?.name ?? facts.goals.funnel.find((s) => s.id === activity)?.name ?? activity;
}

/**
 * Every numeric input of the plan in the document's order: the funnel's stage rates, each source's yield, the
 * deal size, then per role its capacities, quota and attainment, then each hire's start.
 */
export function sensitivityInputs(facts: PlanFacts): SensitivityInput[] {
  const { goals, team } = facts;
  const inputs: SensitivityInput[] = [];
  const last = goals.funnel.length - 2;
  goals.funnel.forEach((stage, i) => {
    if (!stage.rate) return;
    inputs.push({ kind: 'stage_rate', path: `goals.funnel.${stage.id}.rate`, subject: stage.id, name: stage.name, ...(i === last && { winRate: true }), unit: 'rate', base: stage.rate, max: ONE });
  });
  for (const source of goals.sources) {
    const path = `goals.sources.${source.activity}`;
    if (source.one_in) inputs.push({ kind: 'source_yield', path: `${path}.one_in`, subject: source.activity, name: source.name, unit: 'quantity', base: source.one_in });
    else if (source.rate) inputs.push({ kind: 'source_yield', path: `${path}.rate`, subject: source.activity, name: source.name, unit: 'rate', base: source.rate, max: ONE });
  }
  inputs.push({ kind: 'deal_size', path: 'goals.average_deal_size', subject: '', name: '', unit: 'money', base: goals.average_deal_size });
  for (const role of team.roles) {
    const at = `team.roles.${role.id}`;
    for (const [activity, capacity] of Object.entries(role.capacity ?? {})) {
      inputs.push({ kind: 'capacity', path: `${at}.capacity.${activity}`, subject: role.id, name: role.title, activityName: activityName(facts, activity), unit: 'quantity', base: capacity });
    }
    if (role.quota) inputs.push({ kind: 'quota', path: `${at}.quota`, subject: role.id, name: role.title, unit: 'money', base: role.quota });
    if (role.attainment) inputs.push({ kind: 'attainment', path: `${at}.attainment`, subject: role.id, name: role.title, unit: 'rate', base: role.attainment, max: TWO });
  }
  // Decision: hires only (people have started already); a hire without an id cannot be named by an override.
  for (const hire of team.hires ?? []) {
    if (hire.id === undefined) continue;
    const title = team.roles.find((r) => r.id === hire.role)?.title ?? hire.role;
    inputs.push({ kind: 'start', path: `team.hires.${hire.id}.start`, subject: hire.id, name: `${hire.id} (${title})`, unit: 'date', base: hire.start });
  }
  return inputs;
}
