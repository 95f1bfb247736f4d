import type { Labels } from '../../core/labels/index.ts';
import type { Cadence, PlanModel } from '../../model/index.ts';
import { type Cell, type Column, count, date, figure, money, type NumbersTable, percent } from './cells.ts';
import { roleTables, roleTitle } from './role-tables.ts';
import { ACTUALS_TABLE_NAMES, actualsTables } from './actuals-tables.ts';

export type { NumbersTable } from './cells.ts';

/** A cadence's columns, each month by its key; `perRate` is how week and day figures show (rates for outcomes). */
export function cadenceColumns(model: PlanModel): Column[] {
  return [{ key: 'period' }, ...model.period.months.map((m) => ({ key: m.key })), { key: 'per_week' }, { key: 'per_day' }];
}

export function cadenceCells(c: Cadence, outcome: boolean): Cell[] {
  const rate = outcome ? figure('rate') : count;
  return [count(c.period), ...c.perMonth.map(count), rate(c.perWeek), rate(c.perDay)];
}

/** Every table `numbers` can print, in order; `capacity` only for a plan with quota roles. */
export const TABLE_NAMES = [
  'period',
  'deals',
  'funnel',
  'sources',
  'stages',
  'activities',
  'headcount',
  'staffing',
  'role_targets',
  'role_quota',
  'onboarding',
  'milestones',
  'capacity',
  'hiring',
  'economics',
  ...ACTUALS_TABLE_NAMES,
] as const;

/** The same figures the document shows, one table per block of the plan, ids with the names beside them. */
export function numbersTables(model: PlanModel, labels: Labels): NumbersTable[] {
  const statusWord = { green: labels.status_green, yellow: labels.status_yellow, orange: labels.status_orange, red: labels.status_red };
  const tables: NumbersTable[] = [
    {
      name: 'period',
      description: 'The period month by month: dates, working days, the share of each calendar month, the phased target; last row the whole period.',
      columns: [{ key: 'month' }, { key: 'start' }, { key: 'end' }, { key: 'working_days' }, { key: 'months' }, { key: 'target', unit: 'currency' }],
      rows: [
        ...model.period.months.map((m) => [m.key, date(m.start), date(m.end), m.workingDays, figure('ratio')(m.fraction), money(m.target)]),
        [
          model.period.label,
          date(model.period.start),
          date(model.period.end),
          model.period.workingDays,
          figure('ratio')(model.period.lengthInMonths),
          money(model.deals.target),
        ],
      ],
    },
    {
      name: 'deals',
      description: 'The target as won deals.',
      columns: [
        { key: 'target', unit: 'currency' },
        { key: 'average_deal_size', unit: 'currency' },
        { key: 'deals_needed' },
        { key: 'implied_bookings', unit: 'currency' },
        { key: 'overshoot', unit: 'currency' },
      ],
      rows: [[money(model.deals.target), money(model.deals.averageDealSize), count(model.deals.needed), money(model.deals.impliedBookings), money(model.deals.overshoot)]],
    },
    {
      name: 'funnel',
      description: 'The reverse funnel: what each stage must reach for the target.',
      columns: [{ key: 'stage' }, { key: 'stage_name' }, { key: 'rate', unit: '%' }, ...cadenceColumns(model), { key: 'per_won_deal' }],
      rows: model.funnel.map((f) => [f.id, f.name, percent(f.rate), ...cadenceCells(f.need, f.outcome), figure('ratio')(f.perWonDeal)]),
    },
    {
      name: 'sources',
      description: 'The activities that feed the top stage, and their volume.',
      columns: [
        { key: 'activity' },
        { key: 'activity_name' },
        { key: 'share', unit: '%' },
        { key: 'one_in' },
        { key: 'stage_need' },
        ...cadenceColumns(model),
        { key: 'per_won_deal' },
      ],
      rows: model.sources.map((s) => [
        s.activity,
        s.name,
        percent(s.share),
        figure('ratio')(s.oneIn),
        count(s.stageNeed),
        ...cadenceCells(s.volume, false),
        figure('ratio')(s.perWonDeal),
      ]),
    },
    {
      name: 'stages',
      description: 'The sales process stages in order, the funnel stage each produces and its volume in the period.',
      columns: [{ key: 'stage' }, { key: 'stage_name' }, { key: 'funnel_stage' }, { key: 'volume' }, { key: 'sources' }],
      rows: model.stages.map((s) => [s.id, s.name, s.funnelStage, count(s.volume), s.sources.join(' ')]),
    },
    {
      name: 'activities',
      description: 'Each activity for the whole team and for one rep of the role that owns it.',
      columns: [{ key: 'role' }, { key: 'role_title' }, { key: 'activity' }, { key: 'activity_name' }, { key: 'scope' }, ...cadenceColumns(model)],
      rows: model.activities.flatMap((a) => [
        [a.role, roleTitle(model, a.role), a.activity, a.name, 'team', ...cadenceCells(a.team, a.outcome)],
        [a.role, roleTitle(model, a.role), a.activity, a.name, 'per_rep', ...cadenceCells(a.perRep, a.outcome)],
      ]),
    },
    {
      name: 'headcount',
      description: 'The heads the activities need per role, against the team.',
      columns: [{ key: 'role' }, { key: 'role_title' }, { key: 'fte' }, { key: 'needed' }, { key: 'current' }, { key: 'planned' }, { key: 'missing' }],
      rows: model.headcount.map((h) => [h.role, h.title, figure('fte')(h.fte), count(h.needed), h.current, h.planned, h.missing]),
    },
  ];
  tables.push(...roleTables(model, labels));
  if (model.capacity) {
    const c = model.capacity;
    tables.push({
      name: 'capacity',
      description: 'Quota capacity against the target month by month: ramped reps, street quota, expected bookings, the gap.',
      columns: [
        { key: 'month' },
        { key: 'rre' },
        { key: 'street_quota', unit: 'currency' },
        { key: 'expected', unit: 'currency' },
        { key: 'target', unit: 'currency' },
        { key: 'gap', unit: 'currency' },
        { key: 'coverage', unit: '%' },
        { key: 'status' },
      ],
      rows: [...c.months, c.total].map((r) => [
        r.key,
        figure('rre')(r.rre),
        money(r.streetQuota),
        money(r.expected),
        money(r.target),
        money(r.gap),
        percent(r.coverage),
        statusWord[r.status],
      ]),
    });
  }
  tables.push(
    {
      name: 'hiring',
      description: 'Each planned hire: when its requisition must open, and when the hire is fully ramped.',
      columns: [
        { key: 'hire' },
        { key: 'role' },
        { key: 'role_title' },
        { key: 'start' },
        { key: 'time_to_fill_days' },
        { key: 'requisition_open' },
        { key: 'late' },
        { key: 'fully_ramped' },
      ],
      rows: model.hiring.map((h) => [h.id, h.role, h.title, date(h.start), h.timeToFillDays, date(h.requisitionOpen), h.late, date(h.fullyRamped)]),
    },
    economicsTable(model),
  );
  // The plan against its actuals, when the plan has CRM exports.
  tables.push(...actualsTables(model));
  return tables;
}

function economicsTable(model: PlanModel): NumbersTable {
  const e = model.economics;
  const row = (measure: string, value: Cell, unit?: string): Cell[] => [measure, unit, value];
  return {
    name: 'economics',
    description: 'Pipeline, cost, acquisition cost and payback of the plan.',
    columns: [{ key: 'measure' }, { key: 'unit' }, { key: 'value' }],
    rows: [
      row('pipeline_stage', e.pipelineStage),
      row('pipeline_win_rate', percent(e.pipelineWinRate), '%'),
      row('required_pipeline', money(e.requiredPipeline), model.currency),
      row('pipeline_multiple', figure('multiple')(e.pipelineMultiple), '×'),
      row('team_cost', money(e.teamCost), model.currency),
      row('other_costs', money(e.otherCosts), model.currency),
      row('total_cost', money(e.totalCost), model.currency),
      row('cac', money(e.cac), model.currency),
      row('payback', figure('months')(e.paybackMonths), 'months'),
      row('ltv', money(e.ltv), model.currency),
      row('ltv_to_cac', figure('multiple')(e.ltvToCac), '×'),
      ...e.roles.flatMap((r) => (r.quotaToOte ? [row(`quota_to_ote.${r.role}`, figure('multiple')(r.quotaToOte), '×')] : [])),
    ],
  };
}
