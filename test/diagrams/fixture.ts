import { dec } from '../../src/core/decimal.ts';
import { computeMilestones } from '../../src/model/milestones.ts';
import type { Cadence, FunnelRow, HiringRow, Milestone, PlanModel, Staffing } from '../../src/model/types.ts';
import { actionPlanSection } from '../../src/validate/schema/action-plan.ts';
import { customersSection } from '../../src/validate/schema/customers.ts';
import { goalsSection } from '../../src/validate/schema/goals.ts';
import type { PlanFacts } from '../../src/validate/schema/index.ts';
import { metricsSection } from '../../src/validate/schema/metrics.ts';
import { missionSection } from '../../src/validate/schema/mission.ts';
import { planSection } from '../../src/validate/schema/plan.ts';
import { processSection } from '../../src/validate/schema/process.ts';
import { teamSection } from '../../src/validate/schema/team.ts';

/**
 * The worked example of planning-model.md, small: facts through the real schemas (so they have the validated
 * shape), and the model's numbers written down by hand (the model itself is tested elsewhere).
 */
export function exampleFacts(overrides: { stages?: unknown[]; milestones?: unknown[]; roles?: unknown[] } = {}): PlanFacts {
  return {
    plan: planSection.parse({ section: 'plan', title: 'Q4 plan', company: 'Acme', period: '2026-Q4', currency: 'USD', locale: 'en-US' }),
    mission: missionSection.parse({
      section: 'mission',
      mission: 'Help',
      competitors: [{ name: 'X', kind: 'direct' }],
      value_proposition: [{ feature: 'f', benefit: 'b' }],
    }),
    goals: goalsSection.parse({
      section: 'goals',
      target: 250000,
      average_deal_size: 12500,
      funnel: [
        { id: 'booked', name: 'meetings booked', rate: '80%' },
        { id: 'held', name: 'meetings held', rate: '50%' },
        { id: 'opportunity', name: 'opportunities', rate: '25%' },
        { id: 'won', name: 'deals won' },
      ],
      sources: [{ activity: 'cold_email', name: 'Cold emails', share: 1, one_in: 128 }],
    }),
    team: teamSection.parse({
      section: 'team',
      roles: overrides.roles ?? [
        { id: 'head', title: 'Head of Sales' },
        { id: 'ae', title: 'Account Executive', reports_to: 'head' },
        { id: 'sdr', title: 'SDR', reports_to: 'head' },
      ],
      people: [
        { id: 'h1', role: 'head', start: '2024-01-01' },
        { id: 'a1', role: 'ae', start: '2025-01-01' },
        { id: 'a2', role: 'ae', start: '2025-03-01' },
      ],
      hires: [{ role: 'ae', start: '2026-11-16' }],
    }),
    customers: customersSection.parse({
      section: 'customers',
      icp: { industries: ['SaaS'], employees: '50-500', challenges: ['growth'] },
      personas: [{ id: 'p', name: 'P', role: 'CFO', challenges: ['c'], goals: ['g'], how_we_help: 'h' }],
    }),
    process: processSection.parse({
      section: 'process',
      stages: overrides.stages ?? [
        { id: 'prospect', name: 'Prospecting', owner: 'sdr', funnel_stage: 'booked' },
        { id: 'meet', name: 'First meeting', owner: 'ae', funnel_stage: 'held' },
        { id: 'close', name: 'Closing', owner: 'ae', funnel_stage: 'won' },
      ],
    }),
    action_plan: actionPlanSection.parse({
      section: 'action_plan',
      milestones: overrides.milestones ?? [
        { id: 'crm', title: 'Set up CRM', owner: 'head', workstream: 'Tools', start: '2026-10-01', duration_days: 10 },
        { id: 'playbook', title: 'Write playbook', owner: 'ae', workstream: 'Enablement', start: '2026-10-05', end: '2026-10-30' },
        { id: 'launch', title: 'Launch outbound', owner: 'sdr', workstream: 'Tools', start: '2026-11-01', depends_on: ['crm', 'playbook'], duration_days: 20 },
        { id: 'review', title: 'QBR', owner: 'head', start: '2026-12-15' },
      ],
    }),
    metrics: metricsSection.parse({ section: 'metrics', kpis: [{ id: 'k', name: 'Bookings', kind: 'primary' }] }),
  };
}

function cadence(period: number): Cadence {
  return { period: dec(period), perMonth: [], perWeek: dec(0), perDay: dec(0) };
}

function funnelRow(id: string, name: string, need: number, rate?: string): FunnelRow {
  return { id, name, need: cadence(need), perWonDeal: dec(1), outcome: !rate, ...(rate ? { rate: dec(rate) } : {}) };
}

function staffing(role: string, title: string, current: number, planned: number, needed?: number): Staffing {
  const sized = needed === undefined ? {} : { needed: dec(needed), missing: Math.max(0, needed - current - planned) };
  return { role, title, current, planned, leaving: 0, later: 0, ...sized };
}

/** The model for exampleFacts(); milestones default to the model's dates for exampleFacts()' milestones. */
export function exampleModel(overrides: { locale?: string; hiring?: HiringRow[]; milestones?: Milestone[] } = {}): PlanModel {
  return {
    currency: 'USD',
    locale: overrides.locale ?? 'en-US',
    period: {
      kind: 'quarter',
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      workingDays: 64,
      weeks: dec(12.8),
      months: [],
      lengthInMonths: dec(3),
    },
    deals: { target: dec(250000), averageDealSize: dec(12500), needed: dec(20), impliedBookings: dec(250000), overshoot: dec(0) },
    funnel: [
      funnelRow('booked', 'meetings booked', 200, '0.8'),
      funnelRow('held', 'meetings held', 160, '0.5'),
      funnelRow('opportunity', 'opportunities', 80, '0.25'),
      funnelRow('won', 'deals won', 20),
    ],
    sources: [],
    stages: [
      { id: 'prospect', name: 'Prospecting', funnelStage: 'booked', volume: dec(200), sources: [] },
      { id: 'meet', name: 'First meeting', funnelStage: 'held', volume: dec(160), sources: [] },
      { id: 'close', name: 'Closing', funnelStage: 'won', volume: dec(20), sources: [] },
    ],
    activities: [],
    headcount: [
      { role: 'ae', title: 'Account Executive', activities: [], fte: dec(2), needed: dec(2), current: 2, planned: 1, missing: 0 },
      { role: 'sdr', title: 'SDR', activities: [], fte: dec(10), needed: dec(10), current: 0, planned: 0, missing: 10 },
    ],
    missingHeads: 10,
    staffing: [staffing('head', 'Head of Sales', 1, 0), staffing('ae', 'Account Executive', 2, 1), staffing('sdr', 'SDR', 0, 0, 10)],
    roles: [],
    milestones: overrides.milestones ?? computeMilestones(exampleFacts().action_plan),
    hiring: overrides.hiring ?? [
      { id: 'ae-1', role: 'ae', title: 'Account Executive', start: '2026-11-16', timeToFillDays: 45, requisitionOpen: '2026-10-02', late: false, fullyRamped: '2027-03-01' },
    ],
    economics: {
      pipelineStage: 'opportunity',
      pipelineWinRate: dec(0.25),
      requiredPipeline: dec(1000000),
      pipelineMultiple: dec(4),
      roles: [],
      teamCost: dec(0),
      otherCosts: dec(0),
      totalCost: dec(0),
      cac: dec(0),
    },
    messages: [],
  };
}
