import type { PlanFacts } from '../validate/index.ts';
import type { Assignment } from './activities.ts';
import { outcomePerHead, type CadenceBasis } from './cadence.ts';
import { Decimal, ONE, sum } from '../core/decimal.ts';
import { onboardingPlan } from './onboarding.ts';
import { paidStages } from './outcomes.ts';
import { quotaOutcomes } from './quota-targets.ts';
import { monthlyQuota, type Role } from './people.ts';
import type {
  ActivityTarget,
  FunnelRow,
  HeadcountRow,
  HeadsBasis,
  Period,
  RolePlan,
  RoleQuota,
  RoleTarget,
  SourceRow,
  Staffing,
} from './types.ts';

export interface RolePlanInput {
  facts: PlanFacts;
  period: Period;
  basis: CadenceBasis;
  funnel: FunnelRow[];
  sources: SourceRow[];
  assignments: Assignment[];
  activities: ActivityTarget[];
  headcount: HeadcountRow[];
  staffing: Staffing[];
}

/** The quota per period month (× the month's working-day fraction) and the bookings expected at attainment. */
function roleQuota(role: Role, period: Period): RoleQuota | undefined {
  const [amount, monthly] = [role.quota, monthlyQuota(role)];
  if (!amount || !monthly) return undefined;
  const attainment = role.attainment ?? ONE;
  const months = period.months.map((m) => {
    const quota = monthly.times(m.fraction);
    return { key: m.key, quota, expected: quota.times(attainment) };
  });
  const quota = sum(months.map((m) => m.quota));
  // period quota / length in months is monthly × Σ fractions / Σ fractions: the monthly quota, taken exactly.
  return {
    amount,
    per: role.quota_period ?? 'year',
    monthly,
    attainment,
    months,
    period: { quota, expected: quota.times(attainment) },
    fullMonth: { quota: monthly, expected: monthly.times(attainment) },
  };
}

/**
 * The heads a rep's share is divided among: the heads the role's staffing says the plan needs (staffing.ts: the
 * headcount the activities need, else for a quota role the fully ramped reps the target needs); otherwise the
 * role's current and planned people, at least one.
 */
function headsFor(role: Role, input: RolePlanInput): { heads: Decimal; basis: HeadsBasis } {
  const staffed = input.staffing.find((s) => s.role === role.id);
  if (staffed?.needed !== undefined && staffed.neededBasis) return { heads: staffed.needed, basis: staffed.neededBasis };
  return { heads: new Decimal(Math.max(1, (staffed?.current ?? 0) + (staffed?.planned ?? 0))), basis: 'staffed' };
}

function activityTarget(a: ActivityTarget): RoleTarget {
  return { id: a.activity, name: a.name, kind: 'activity', unit: 'count', exactRates: a.outcome, teamNeed: a.team.period, perRep: a.perRep };
}

/**
 * Every role's plan, in team order: the heads its needs are divided among, one rep's activity and outcome targets
 * at every cadence, its quota, and its 30/60/90-day onboarding. The stages a role is paid on: see paidStages.
 * A role without quota gets its team's need of each stage divided among its heads; a quota role's outcomes are
 * its own quota and what that takes through the funnel (quota-targets.ts), whatever the heads.
 */
export function computeRolePlans(input: RolePlanInput): RolePlan[] {
  const { facts, basis } = input;
  return facts.team.roles.map((role): RolePlan => {
    const quota = roleQuota(role, input.period);
    const { heads, basis: headsBasis } = headsFor(role, input);
    const activities = input.activities.filter((a) => a.role === role.id).map(activityTarget);
    const stages = paidStages(facts, role, input.funnel, input.sources, input.assignments);
    const outcomes: RoleTarget[] = quota
      ? quotaOutcomes(stages, quota, { funnel: input.funnel, averageDealSize: facts.goals.average_deal_size, target: facts.goals.target, basis })
      : stages.map(({ row, teamNeed }) => ({
          id: row.id,
          name: row.name,
          kind: 'stage',
          unit: 'count',
          exactRates: true,
          teamNeed,
          perRep: outcomePerHead(teamNeed, heads, basis),
        }));
    const targets = [...activities, ...outcomes];
    return {
      role: role.id,
      title: role.title,
      heads,
      headsBasis,
      activities,
      outcomes,
      ...(quota ? { quota } : {}),
      ramp: role.ramp ?? [],
      capacity: Object.entries(role.capacity ?? {}).map(([id, perDay]) => ({ id, perDay })),
      ...(role.time_to_fill_days !== undefined ? { timeToFillDays: role.time_to_fill_days } : {}),
      onboarding: onboardingPlan(role, targets, quota),
      handbook: targets.length > 0 || quota !== undefined,
    };
  });
}
