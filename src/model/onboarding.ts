import { ONE, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { rampAt, type Role } from './people.ts';
import type { OnboardingMonth, OnboardingTarget, RoleQuota, RoleTarget } from './types.ts';

/** The onboarding plan covers the first three months on the job: days 1-30, 31-60 and 61-90. */
const ONBOARDING_MONTHS = 3;
const DAYS_PER_MONTH = 30;

/**
 * One target at a share of full productivity. What people do stays whole (ceiled); outcomes' rates (day, week,
 * full month) and money stay exact. At full productivity every figure is the target's own, so the handbook's
 * targets and its onboarding agree.
 */
function scaled(target: RoleTarget, share: Decimal): OnboardingTarget {
  const exact = target.unit === 'money' || target.exactRates;
  const at = (v: Decimal) => (exact ? v.times(share) : ceil(v.times(share)));
  const { perRep } = target;
  return { id: target.id, kind: target.kind, perDay: at(perRep.perDay), perWeek: at(perRep.perWeek), fullMonth: at(perRep.fullMonth) };
}

/**
 * The 30/60/90-day plan: the role's ramp in tenure months 1-3 (full after the ramp ends) and one rep's targets
 * scaled by it. Decision: an onboarding month is a full month of the targets (RepCadence.fullMonth, the period
 * figure / the period's length in months), not a calendar month: a new rep may start in any month, and one
 * definition shown in both places keeps "a month" the same figure in the targets and the onboarding plan.
 */
export function onboardingPlan(role: Role, targets: RoleTarget[], quota: RoleQuota | undefined): OnboardingMonth[] {
  if (targets.length === 0 && !quota) return [];
  return Array.from({ length: ONBOARDING_MONTHS }, (_, i): OnboardingMonth => {
    const productivity = rampAt(role, i + 1);
    const month: OnboardingMonth = {
      month: i + 1,
      firstDay: i * DAYS_PER_MONTH + 1,
      lastDay: (i + 1) * DAYS_PER_MONTH,
      productivity,
      full: productivity.gte(ONE),
      noTargets: productivity.isZero(),
      targets: targets.map((t) => scaled(t, productivity)),
    };
    if (quota) {
      const full = quota.fullMonth.quota.times(productivity);
      month.quota = { quota: full, expected: full.times(quota.attainment) };
    }
    return month;
  });
}
