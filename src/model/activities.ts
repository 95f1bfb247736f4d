import type { PlanFacts } from '../validate/index.ts';
import { outcomePerHead, perHead, type CadenceBasis } from './cadence.ts';
import { ZERO } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { activityUnowned, capacityMissing } from './messages.ts';
import type { Role } from './people.ts';
import type { ActivityTarget, Cadence, FunnelRow, HeadcountRow, ModelMessage, SourceRow } from './types.ts';

/** A needed activity given to the role that does it, with that role's daily capacity for it. */
export interface Assignment {
  role: Role;
  activity: string;
  name: string;
  team: Cadence;
  capacity: Decimal;
  outcome: boolean;
}

interface Needed {
  id: string;
  name: string;
  team: Cadence;
  outcome: boolean;
  /** Index in goals.sources, for sourcing activities. */
  source?: number;
}

/** Roles named as owners in the process: of a funnel stage via funnel_stage, of a source via its activities list. */
function processOwners(facts: PlanFacts, need: Needed): string[] {
  const names = [need.id, need.name].map((n) => n.trim().toLowerCase());
  return facts.process.stages
    .filter((stage) =>
      need.source === undefined
        ? stage.funnel_stage === need.id
        : (stage.activities ?? []).some((a) => names.includes(a.trim().toLowerCase())),
    )
    .map((stage) => stage.owner);
}

/**
 * Give every needed activity to the role that does it: sourcing activities always, funnel stages when some role
 * states a capacity for them. Decision: when several roles have a capacity for one activity, the first role
 * (in team order) with a positive capacity takes all of it, so a need is never counted twice.
 */
export function assignActivities(
  facts: PlanFacts,
  funnel: FunnelRow[],
  sources: SourceRow[],
): { assignments: Assignment[]; messages: ModelMessage[] } {
  const roles = facts.team.roles;
  const needed: Needed[] = [
    ...sources.map((s, i) => ({ id: s.activity, name: s.name, team: s.volume, outcome: false, source: i })),
    ...funnel.map((f) => ({ id: f.id, name: f.name, team: f.need, outcome: f.outcome })),
  ];
  const assignments: Assignment[] = [];
  const messages: ModelMessage[] = [];
  for (const need of needed) {
    const listed = roles.filter((r) => r.capacity?.[need.id] !== undefined);
    if (need.source === undefined && listed.length === 0) continue;
    const doer = listed.find((r) => r.capacity?.[need.id]?.gt(0));
    if (doer) {
      const capacity = doer.capacity?.[need.id] as Decimal;
      const { id: activity, name, team, outcome } = need;
      assignments.push({ role: doer, activity, name, team, capacity, outcome });
      continue;
    }
    const owners = [...new Set([...listed.map((r) => r.id), ...processOwners(facts, need)])];
    const owner = owners[0];
    const roleIndex = roles.findIndex((r) => r.id === owner);
    if (owner !== undefined && roleIndex !== -1) {
      // Decision: with several owners and none able, the error points at the first of them.
      const capacity = roles[roleIndex]?.capacity;
      messages.push(capacityMissing(roleIndex, owner, need.id, capacity !== undefined));
    } else if (need.source !== undefined) {
      messages.push(activityUnowned(need.source, need.id));
    }
  }
  return { assignments, messages };
}

/**
 * The team's target for each assigned activity, and one rep's: team / the role's needed headcount, ceiled (an
 * outcome done as an activity, a capacity for won deals, is split as outcomes are: see outcomePerHead).
 */
export function activityTargets(assignments: Assignment[], headcount: HeadcountRow[], basis: CadenceBasis): ActivityTarget[] {
  return assignments.map((a) => {
    const heads = headcount.find((h) => h.role === a.role.id)?.needed ?? ZERO;
    return {
      activity: a.activity,
      name: a.name,
      role: a.role.id,
      outcome: a.outcome,
      team: a.team,
      perRep: a.outcome ? outcomePerHead(a.team.period, heads, basis) : perHead(a.team, heads, basis),
    };
  });
}
