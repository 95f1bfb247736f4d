import type { Decimal } from '../core/decimal.ts';
import type { OnboardingTarget, PlanModel, RolePlan, RoleTarget, Staffing } from '../model/index.ts';
import type { Format } from '../core/format.ts';
import { fillLabel, fillLabels, type LabelId, type Labels } from '../core/labels/index.ts';

/** How one target's figures read: whole figures (period, months), rates (week, day) and a full month. */
export interface TargetFormat {
  whole(value: Decimal): string;
  rate(value: Decimal): string;
  fullMonth(value: Decimal): string;
}

/**
 * The formatter of a role target's figures: money in whole currency units (a row of one rep's bookings across
 * eight columns; the quota table beside it keeps the minor unit); counts whole, and week and day figures of an outcome
 * as exact rates to two decimals, its full month to one (10 meetings a quarter are 3.3 a full month, while its
 * months read 4, 3, 3). The views and test/numbers/figures-agree.test.ts both format through this.
 */
export function targetFormat(target: RoleTarget, f: Format): TargetFormat {
  if (target.unit === 'money') return { whole: f.moneyWhole, rate: f.moneyWhole, fullMonth: f.moneyWhole };
  if (target.exactRates) return { whole: f.count, rate: f.outcomeRate, fullMonth: f.oneDecimal };
  return { whole: f.count, rate: f.count, fullMonth: f.count };
}

export function targetName(target: Pick<RoleTarget, 'name' | 'kind'>, l: Labels): string {
  return target.name ?? (target.kind === 'bookings' ? l.bookings : '');
}

function targetView(target: RoleTarget, f: Format, l: Labels) {
  const fmt = targetFormat(target, f);
  const { perRep } = target;
  return {
    id: target.id,
    name: targetName(target, l),
    perDay: fmt.rate(perRep.perDay),
    perWeek: fmt.rate(perRep.perWeek),
    perMonth: perRep.perMonth.map(fmt.whole),
    fullMonth: fmt.fullMonth(perRep.fullMonth),
    period: fmt.whole(perRep.period),
  };
}

/** Who is on the role's team in the period: the model's one staffing rule, as the org chart and the team page show. */
export function staffingView(staffing: Staffing | undefined, f: Format) {
  if (!staffing) return undefined;
  return {
    current: f.count(staffing.current),
    planned: f.count(staffing.planned),
    needed: staffing.needed === undefined ? undefined : f.count(staffing.needed),
    missing: staffing.missing === undefined ? undefined : f.count(staffing.missing),
    later: staffing.later > 0 ? f.count(staffing.later) : undefined,
    leaving: staffing.leaving > 0 ? f.count(staffing.leaving) : undefined,
  };
}

/**
 * The targets' intro, one sentence: whose numbers they are and what they come from. A quota role's outcomes are
 * its quota's (model/quota-targets.ts); the rest are the team's need divided among the role's heads.
 */
export function targetsNote(plan: RolePlan, f: Format, l: Labels): string {
  const heads = fillLabel(f.plural(plan.heads.toNumber()) === 'one' ? l[`${HEADS_UNIT[plan.headsBasis]}_one`] : l[HEADS_UNIT[plan.headsBasis]], f.count(plan.heads));
  const basis: LabelId = plan.quota
    ? plan.activities.length > 0
      ? 'targets_basis_quota_activities'
      : 'targets_basis_quota'
    : plan.headsBasis === 'staffed'
      ? 'targets_basis_staffed'
      : 'targets_basis_headcount';
  return fillLabels(l.targets_note, { role: plan.title, basis: fillLabels(l[basis], { heads }) });
}

/** Heads sized by the plan are reps; a role counted by its people is people. */
const HEADS_UNIT = { headcount: 'reps_count', quota: 'reps_count', staffed: 'people_count' } as const;

/**
 * One rep's own numbers, never the team's, as the model planned them (model.roles): each activity the role owns
 * and each outcome it is paid on at every cadence, and for a quota role the monthly quota and expected bookings.
 */
export function repTargetsView(model: PlanModel, plan: RolePlan, f: Format, l: Labels) {
  const quota = plan.quota;
  return {
    months: model.period.months.map((m) => ({ label: f.month(m.key) })),
    activities: plan.activities.map((t) => targetView(t, f, l)),
    outcomes: plan.outcomes.map((t) => targetView(t, f, l)),
    quota: quota && {
      attainment: f.percent(quota.attainment),
      months: quota.months.map((m) => ({ label: f.month(m.key), quota: f.money(m.quota), expected: f.money(m.expected) })),
      period: { quota: f.money(quota.period.quota), expected: f.money(quota.period.expected) },
      fullMonth: { quota: f.money(quota.fullMonth.quota), expected: f.money(quota.fullMonth.expected) },
    },
    staffing: staffingView(
      model.staffing.find((s) => s.role === plan.role),
      f,
    ),
    note: targetsNote(plan, f, l),
    fullMonthNote: l.full_month_note,
  };
}

/** The 30/60/90-day onboarding plan as the model scaled it: each month's productivity and the targets at it. */
export function onboardingView(plan: RolePlan, f: Format, l: Labels) {
  const targets = [...plan.activities, ...plan.outcomes];
  return plan.onboarding.map((month) => {
    const range = `${f.count(month.firstDay)}\u2013${f.count(month.lastDay)}`;
    return {
      days: fillLabel(l.onboarding_days, range),
      productivity: f.percent(month.productivity),
      full: month.full,
      // A month at 0% shows what it is for, not a table of zeros.
      noTargets: month.noTargets ? fillLabel(l.onboarding_no_targets, range) : undefined,
      targets: month.noTargets ? [] : onboardingTargets(month.targets, targets, f, l),
      quota: !month.noTargets && month.quota ? { quota: f.money(month.quota.quota), expected: f.money(month.quota.expected) } : undefined,
    };
  });
}

/** One onboarding month's scaled targets, each formatted as the target it scales. */
function onboardingTargets(scaledTargets: OnboardingTarget[], targets: RoleTarget[], f: Format, l: Labels) {
  return scaledTargets.flatMap((scaled) => {
    const target = targets.find((t) => t.id === scaled.id && t.kind === scaled.kind);
    if (!target) return [];
    const fmt = targetFormat(target, f);
    const fullMonth = fmt.fullMonth(scaled.fullMonth);
    return [{ id: scaled.id, name: targetName(target, l), perDay: fmt.rate(scaled.perDay), perWeek: fmt.rate(scaled.perWeek), fullMonth }];
  });
}
