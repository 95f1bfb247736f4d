import type { Cadence, PlanModel } from '../../model/index.ts';
import { exact, type NumbersTable } from './cells.ts';
import { roleTables } from './role-tables.ts';

export type { NumbersTable } from './cells.ts';

const cadence = (c: Cadence) => [exact(c.period), ...c.perMonth.map(exact), exact(c.perWeek), exact(c.perDay)];

/** The same figures the document shows, one table per block of the plan. */
export function numbersTables(model: PlanModel): NumbersTable[] {
  const months = model.period.months.map((m) => m.key);
  const cadenceColumns = ['period', ...months, 'per_week', 'per_day'];
  const tables: NumbersTable[] = [
    {
      name: 'period',
      columns: ['month', 'start', 'end', 'working_days', 'fraction', 'target'],
      rows: [
        ...model.period.months.map((m) => [m.key, m.start, m.end, String(m.workingDays), exact(m.fraction), exact(m.target)]),
        [
          model.period.label,
          model.period.start,
          model.period.end,
          String(model.period.workingDays),
          exact(model.period.lengthInMonths),
          exact(model.deals.target),
        ],
      ],
    },
    {
      name: 'deals',
      columns: ['target', 'average_deal_size', 'deals_needed', 'implied_bookings', 'overshoot'],
      rows: [[model.deals.target, model.deals.averageDealSize, model.deals.needed, model.deals.impliedBookings, model.deals.overshoot].map(exact)],
    },
    {
      name: 'funnel',
      columns: ['stage', 'rate', ...cadenceColumns, 'per_won_deal'],
      rows: model.funnel.map((f) => [f.id, exact(f.rate), ...cadence(f.need), exact(f.perWonDeal)]),
    },
    {
      name: 'sources',
      columns: ['activity', 'share', 'one_in', 'stage_need', ...cadenceColumns, 'per_won_deal'],
      rows: model.sources.map((s) => [s.activity, exact(s.share), exact(s.oneIn), exact(s.stageNeed), ...cadence(s.volume), exact(s.perWonDeal)]),
    },
    {
      name: 'activities',
      columns: ['role', 'activity', 'scope', ...cadenceColumns],
      rows: model.activities.flatMap((a) => [
        [a.role, a.activity, 'team', ...cadence(a.team)],
        [a.role, a.activity, 'per_rep', ...cadence(a.perRep)],
      ]),
    },
    {
      name: 'headcount',
      columns: ['role', 'fte', 'needed', 'current', 'planned', 'missing'],
      rows: model.headcount.map((h) => [h.role, exact(h.fte), exact(h.needed), String(h.current), String(h.planned), String(h.missing)]),
    },
  ];
  tables.push(...roleTables(model));
  if (model.capacity) {
    const c = model.capacity;
    tables.push({
      name: 'capacity',
      columns: ['month', 'rre', 'street_quota', 'expected', 'target', 'gap', 'coverage', 'status'],
      rows: [...c.months, c.total].map((r) => [r.key, ...[r.rre, r.streetQuota, r.expected, r.target, r.gap, r.coverage].map(exact), r.status]),
    });
  }
  tables.push(
    {
      name: 'hiring',
      columns: ['role', 'start', 'time_to_fill_days', 'requisition_open', 'late', 'fully_ramped'],
      rows: model.hiring.map((h) => [h.role, h.start, String(h.timeToFillDays), h.requisitionOpen, String(h.late), h.fullyRamped]),
    },
    {
      name: 'economics',
      columns: ['measure', 'value'],
      rows: [
        ['pipeline_stage', model.economics.pipelineStage],
        ['pipeline_win_rate', exact(model.economics.pipelineWinRate)],
        ['required_pipeline', exact(model.economics.requiredPipeline)],
        ['pipeline_multiple', exact(model.economics.pipelineMultiple)],
        ['team_cost', exact(model.economics.teamCost)],
        ['other_costs', exact(model.economics.otherCosts)],
        ['total_cost', exact(model.economics.totalCost)],
        ['cac', exact(model.economics.cac)],
        ['payback_months', exact(model.economics.paybackMonths)],
        ['ltv', exact(model.economics.ltv)],
        ['ltv_to_cac', exact(model.economics.ltvToCac)],
        ...model.economics.roles.map((r) => [`quota_to_ote.${r.role}`, exact(r.quotaToOte)]),
      ],
    },
  );
  return tables;
}
