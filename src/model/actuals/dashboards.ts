import { Decimal, sum } from '../../core/decimal.ts';
import type { ActualDeal, PlanFacts } from '../../validate/index.ts';
import type { PlanModel } from '../types.ts';
import { conversionOf } from './conversion.ts';
import type { ActivityActual, Dashboard, DashboardKind, RepActual, Scorecard, TeamTotals } from './types.ts';

const div = (a: Decimal, b: Decimal | number): Decimal | undefined => (new Decimal(b).isZero() ? undefined : a.div(b));

/** What compareActuals knows that the dashboards are made from. */
export interface DashboardInput {
  facts: PlanFacts;
  model: PlanModel;
  deals: readonly ActualDeal[];
  reps: readonly RepActual[];
  activities: readonly ActivityActual[];
  inPeriod: (iso: string | undefined) => boolean;
  today: number;
  rates: readonly Decimal[];
}

/**
 * The teams that get a dashboard. Decision: by what the roles do, not by who they report to: the quota roles
 * are the closing team (AE), the roles that own activities without a quota the development team (SDR, BDR);
 * the leader is the top of the team (the first role reporting to no one), over both. A team with no role, or a
 * leader that is also one of the teams' roles, gets none.
 */
export function dashboardTeams(facts: PlanFacts, model: PlanModel): { id: string; kind: DashboardKind; roles: string[] }[] {
  const quota = (id: string) => facts.team.roles.find((r) => r.id === id)?.quota !== undefined;
  const plans = model.roles.filter((r) => r.handbook);
  const closing = plans.filter((r) => quota(r.role)).map((r) => r.role);
  const development = plans.filter((r) => !quota(r.role) && r.activities.length > 0).map((r) => r.role);
  const top = facts.team.roles.find((r) => r.reports_to === undefined)?.id;
  const teams: { id: string; kind: DashboardKind; roles: string[] }[] = [];
  if (development.length > 0) teams.push({ id: development.join('-'), kind: 'development', roles: development });
  if (closing.length > 0) teams.push({ id: closing.join('-'), kind: 'closing', roles: closing });
  if (top && teams.length > 0 && !teams.some((t) => t.roles.includes(top) || t.id === top)) teams.push({ id: top, kind: 'leader', roles: [top] });
  return teams;
}

export function dashboards(input: DashboardInput): Dashboard[] {
  const { facts, model, reps, activities } = input;
  const teams = dashboardTeams(facts, model);
  const made = teams
    .filter((t) => t.kind !== 'leader')
    .map((t): Dashboard => {
      const scorecards = [...reps, ...activities]
        .filter((r, i, all) => t.roles.includes(r.role) && all.findIndex((o) => o.person === r.person) === i)
        .map((r) => scorecard(input, r.person, r.name, r.role));
      return { id: t.id, kind: t.kind, roles: t.roles, scorecards, totals: totals(scorecards) };
    });
  const leader = teams.find((t) => t.kind === 'leader');
  if (leader) {
    const all = made.flatMap((d) => d.scorecards);
    made.push({ ...leader, scorecards: [], totals: totals(all), teams: made.map(({ id, kind, roles, totals: t }) => ({ id, kind, roles, totals: t })) });
  }
  return made;
}

function scorecard(input: DashboardInput, person: string, name: string, role: string): Scorecard {
  const rep = input.reps.find((r) => r.person === person);
  const card: Scorecard = {
    person,
    name,
    role,
    activities: input.activities.filter((a) => a.person === person),
    conversion: conversionOf(input.facts.goals, input.rates, input.deals.filter((d) => d.owner === person), input.inPeriod, input.today).filter((c) => c.entered > 0),
  };
  if (rep) {
    const { booked, wonDeals, openDeals, weightedPipeline, quotaToDate, attainmentToDate } = rep;
    card.bookings = { booked, wonDeals, openDeals, weightedPipeline, ...(quotaToDate ? { quotaToDate } : {}), ...(attainmentToDate ? { attainmentToDate } : {}) };
  }
  return card;
}

function totals(cards: readonly Scorecard[]): TeamTotals {
  const withBookings = cards.flatMap((c) => (c.bookings ? [c.bookings] : []));
  const booked = sum(withBookings.map((b) => b.booked));
  const quotas = withBookings.flatMap((b) => (b.quotaToDate ? [b.quotaToDate] : []));
  const quotaToDate = quotas.length > 0 ? sum(quotas) : undefined;
  const ids = [...new Set(cards.flatMap((c) => c.activities.map((a) => a.activity)))];
  const result: TeamTotals = {
    reps: cards.length,
    booked,
    wonDeals: withBookings.reduce((n, b) => n + b.wonDeals, 0),
    activities: ids.map((activity) => {
      const rows = cards.flatMap((c) => c.activities.filter((a) => a.activity === activity));
      const done = rows.reduce((n, r) => n + r.done, 0);
      const workingDays = rows.reduce((n, r) => n + r.workingDays, 0);
      const perDay = div(new Decimal(done), workingDays);
      // The daily target of one rep: the same for every rep of a role; with several roles, the first one's.
      const targetPerDay = rows.find((r) => r.targetPerDay)?.targetPerDay;
      const attainment = perDay && targetPerDay ? div(perDay, targetPerDay) : undefined;
      return { activity, done, workingDays, ...(perDay ? { perDay } : {}), ...(targetPerDay ? { targetPerDay } : {}), ...(attainment ? { attainment } : {}) };
    }),
  };
  if (quotaToDate) {
    result.quotaToDate = quotaToDate;
    const a = div(booked, quotaToDate);
    if (a) result.attainmentToDate = a;
  }
  return result;
}
