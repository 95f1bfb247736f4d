import { Decimal } from '../../src/core/decimal.ts';
import type { GoalsSection, PlanFacts, PlanSettings, TeamSection } from '../../src/validate/schema/index.ts';

/**
 * The worked example of planning-model.md as validated facts, built fresh on every call (Decimals are not
 * structured-clone safe), plus small tweak functions that return a changed copy for edge-case tests.
 */

export const d = (value: number | string): Decimal => new Decimal(value);

type Role = TeamSection['roles'][number];

export function workedExampleFacts(): PlanFacts {
  return {
    plan: {
      section: 'plan',
      title: 'Q4 2026 sales plan',
      company: 'Acme',
      period: '2026-Q4',
      currency: 'USD',
      locale: 'en-US',
      calendar: { workweek: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: ['2026-11-26', '2026-12-25'] },
    },
    mission: {
      section: 'mission',
      mission: 'Help teams plan sales.',
      competitors: [{ name: 'Spreadsheets', kind: 'indirect' }],
      value_proposition: [{ feature: 'Exact numbers', benefit: 'No surprises' }],
    },
    goals: {
      section: 'goals',
      target: d(250000),
      average_deal_size: d(12500),
      funnel: [
        { id: 'meetings_booked', name: 'Meetings booked', rate: d(0.8) },
        { id: 'meetings_held', name: 'Meetings held', rate: d(0.5) },
        { id: 'opportunities', name: 'Opportunities', rate: d(0.25) },
        { id: 'won', name: 'Won deals' },
      ],
      sources: [
        { activity: 'cold_emails', name: 'Cold emails', share: d(0.5), one_in: d(128) },
        { activity: 'cold_calls', name: 'Cold calls', share: d(0.5), one_in: d(128) },
      ],
      // The stage ids here are plural, so the default (`opportunity`) would not find it: named explicitly.
      pipeline_stage: 'opportunities',
    },
    team: {
      section: 'team',
      roles: [
        { id: 'sdr', title: 'Sales development rep', ote: d(60000), capacity: { cold_emails: d(20) } },
        { id: 'bdr', title: 'Business development rep', ote: d(60000), capacity: { cold_calls: d(50) } },
        {
          id: 'ae',
          title: 'Account executive',
          ote: d(120000),
          quota: d(600000),
          quota_period: 'year',
          attainment: d(0.8),
          ramp: [d(0), d(0.25), d(0.5), d(0.75), d(1)],
          time_to_fill_days: 45,
        },
      ],
      people: [
        { id: 'ae-1', role: 'ae', start: '2024-01-08' },
        { id: 'ae-2', role: 'ae', start: '2025-03-03' },
        { id: 'ae-3', role: 'ae', start: '2026-10-01' },
      ],
      hires: [{ role: 'ae', start: '2026-11-16' }],
    },
    customers: {
      section: 'customers',
      icp: { industries: ['SaaS'], employees: '50-500', challenges: ['Planning'] },
      personas: [{ id: 'vp', name: 'VP Sales', role: 'VP', challenges: ['Forecasts'], goals: ['Quota'], how_we_help: 'Plans' }],
    },
    process: {
      section: 'process',
      stages: [
        { id: 'prospect', name: 'Prospect', owner: 'sdr', funnel_stage: 'meetings_booked', activities: ['cold_emails'] },
        { id: 'call', name: 'Call', owner: 'bdr', activities: ['cold_calls'] },
        { id: 'close', name: 'Close', owner: 'ae', funnel_stage: 'won' },
      ],
    },
    action_plan: {
      section: 'action_plan',
      milestones: [{ id: 'hire-ae', title: 'Hire an AE', owner: 'ae', start: '2026-10-01', duration_days: 45 }],
    },
    metrics: {
      section: 'metrics',
      kpis: [{ id: 'deals', name: 'Deals won', kind: 'primary', stage: 'won' }],
    },
  };
}

export function withPlan(facts: PlanFacts, patch: Partial<PlanSettings>): PlanFacts {
  return { ...facts, plan: { ...facts.plan, ...patch } };
}

export function withGoals(facts: PlanFacts, patch: Partial<GoalsSection>): PlanFacts {
  return { ...facts, goals: { ...facts.goals, ...patch } };
}

export function withTeam(facts: PlanFacts, patch: Partial<TeamSection>): PlanFacts {
  return { ...facts, team: { ...facts.team, ...patch } };
}

export function withRole(facts: PlanFacts, id: string, patch: Partial<Role>): PlanFacts {
  return withTeam(facts, { roles: facts.team.roles.map((r) => (r.id === id ? { ...r, ...patch } : r)) });
}

/** The funnel with one stage's rate replaced. */
export function withRate(facts: PlanFacts, stage: string, rate: Decimal): PlanFacts {
  return withGoals(facts, { funnel: facts.goals.funnel.map((s) => (s.id === stage ? { ...s, rate } : s)) });
}

/** Dollars of the target that make exactly `deals` deals at the example's deal size. */
export function targetForDeals(deals: number): Decimal {
  return d(deals).times(12500);
}
