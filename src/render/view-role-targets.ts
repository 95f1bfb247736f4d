import { resolveCalendar } from '../model/index.ts';
import { ONE, ZERO, ceil, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { monthlyQuota, rampAt } from '../model/index.ts';
import type { Cadence, PlanModel } from '../model/index.ts';
import type { PlanFacts } from '../validate/index.ts';
import type { Format } from '../core/format.ts';
import { fillLabel, type Labels } from '../core/labels/index.ts';

type Role = PlanFacts['team']['roles'][number];

/** The onboarding plan covers the first three months on the job: days 1-30, 31-60 and 61-90. */
const ONBOARDING_MONTHS = 3;

/**
 * One rep's own numbers, never the team's: each activity the role owns at every cadence (the team need split over
 * the headcount the plan needs), and for a quota role the monthly quota and the bookings expected at the role's
 * attainment. Counts scaled by a ramp are ceiled, like every per-rep count of the model.
 */
export function repTargetsView(facts: PlanFacts, model: PlanModel, role: Role, f: Format, l: Labels) {
  const calendar = resolveCalendar(facts.plan);
  const activities = model.activities.filter((a) => a.role === role.id);
  const monthly = monthlyQuota(role);
  const attainment = role.attainment ?? ONE;
  const quotaMonths = monthly ? calendar.months.map((m) => monthly.times(m.fraction)) : [];
  const count = (value: Decimal, outcome: boolean) => (outcome ? f.outcomeRate(value) : f.count(value));
  const isOutcome = (id: string) => model.funnel.some((row) => row.id === id && row.outcome);
  return {
    months: model.period.months.map((m) => ({ label: f.month(m.key) })),
    activities: activities.map((a) => {
      const outcome = isOutcome(a.activity);
      const c = (v: Decimal) => count(v, outcome);
      return {
        id: a.activity,
        name: a.name,
        perDay: c(a.perRep.perDay),
        perWeek: c(a.perRep.perWeek),
        perMonth: a.perRep.perMonth.map(c),
        period: c(a.perRep.period),
      };
    }),
    quota: monthly && {
      attainment: f.percent(attainment),
      months: quotaMonths.map((q, i) => ({
        label: f.month(calendar.months[i]?.key ?? ''),
        quota: f.money(q),
        expected: f.money(q.times(attainment)),
      })),
      period: { quota: f.money(sum(quotaMonths)), expected: f.money(sum(quotaMonths).times(attainment)) },
    },
    note: fillLabel(l.targets_note, role.title),
  };
}

/** A cadence scaled to a share of full productivity; whole counts stay whole (ceiled), outcomes stay exact. */
function scaled(c: Cadence, share: Decimal, outcome: boolean) {
  const scale = (v: Decimal) => (outcome ? v.times(share) : ceil(v.times(share)));
  return { perDay: scale(c.perDay), perWeek: scale(c.perWeek), perMonth: scale(c.perMonth.length ? sum(c.perMonth).div(c.perMonth.length) : ZERO) };
}

/**
 * The 30/60/90-day onboarding plan: the role's ramp (share of full productivity in tenure months 1-3, full after
 * the ramp ends) and the rep's targets scaled by it. A month's target is the average month of the period, scaled.
 */
export function onboardingView(model: PlanModel, role: Role, f: Format, l: Labels) {
  const activities = model.activities.filter((a) => a.role === role.id);
  const monthly = monthlyQuota(role);
  const attainment = role.attainment ?? ONE;
  const isOutcome = (id: string) => model.funnel.some((row) => row.id === id && row.outcome);
  return Array.from({ length: ONBOARDING_MONTHS }, (_, i) => {
    const share = rampAt(role, i + 1);
    return {
      days: fillLabel(l.onboarding_days, `${i * 30 + 1}\u2013${(i + 1) * 30}`),
      productivity: f.percent(share),
      full: share.gte(ONE),
      targets: activities.map((a) => {
        const outcome = isOutcome(a.activity);
        const s = scaled(a.perRep, share, outcome);
        const c = (v: Decimal) => (outcome ? f.outcomeRate(v) : f.count(v));
        return { name: a.name, perDay: c(s.perDay), perWeek: c(s.perWeek), perMonth: c(s.perMonth) };
      }),
      quota: monthly && { quota: f.money(monthly.times(share)), expected: f.money(monthly.times(share).times(attainment)) },
    };
  });
}
