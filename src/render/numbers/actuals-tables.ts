import type { PlanModel } from '../../model/index.ts';
import { date, figure, money, type NumbersTable, percent } from './cells.ts';

export const ACTUALS_TABLE_NAMES = ['actuals_bookings', 'actuals_reps', 'actuals_forecast', 'actuals_activities', 'actuals_conversion', 'actuals_recalibration', 'actuals_recomputed'] as const;


/** The plan against the CRM exports as of a date (model.actuals), when the plan has any. */
export function actualsTables(model: PlanModel): NumbersTable[] {
  const a = model.actuals;
  if (!a) return [];
  const rate = figure('rate');
  return [
    {
      name: 'actuals_bookings',
      description: `Bookings as of ${a.asOf} against the phased target and the pacing (what should be booked by then), month by month; last row the period.`,
      columns: [{ key: 'month' }, { key: 'as_of' }, { key: 'target', unit: 'currency' }, { key: 'pacing', unit: 'currency' }, { key: 'booked', unit: 'currency' }, { key: 'won_deals' }, { key: 'attainment', unit: '%' }],
      rows: [
        ...a.months.map((m) => [m.key, date(a.asOf), money(m.target), money(m.pacing), money(m.booked), m.wonDeals, percent(m.attainment)]),
        [model.period.label, date(a.asOf), money(a.bookings.target), money(a.bookings.pacing), money(a.bookings.booked), a.bookings.wonDeals, percent(a.bookings.attainment)],
      ],
    },
    {
      name: 'actuals_reps',
      description: 'Each rep: booked, won deals, open pipeline and its value at the plan’s win rates, the quota due by the as-of date (with the ramp) and attainment of it.',
      columns: [
        { key: 'person' },
        { key: 'name' },
        { key: 'role' },
        { key: 'booked', unit: 'currency' },
        { key: 'won_deals' },
        { key: 'open_deals' },
        { key: 'open_amount', unit: 'currency' },
        { key: 'weighted_pipeline', unit: 'currency' },
        { key: 'quota_to_date', unit: 'currency' },
        { key: 'attainment_to_date', unit: '%' },
      ],
      rows: a.reps.map((r) => [r.person, r.name, r.role, money(r.booked), r.wonDeals, r.openDeals, money(r.openAmount), money(r.weightedPipeline), money(r.quotaToDate), percent(r.attainmentToDate)]),
    },
    {
      name: 'actuals_forecast',
      description: 'The forecast to the period end: by run rate, and by booked + open pipeline weighted with the plan’s stage rates (deals closing after the period counted apart).',
      columns: [
        { key: 'target', unit: 'currency' },
        { key: 'booked', unit: 'currency' },
        { key: 'run_rate', unit: 'currency' },
        { key: 'run_rate_coverage', unit: '%' },
        { key: 'weighted_open', unit: 'currency' },
        { key: 'open_deals' },
        { key: 'pipeline', unit: 'currency' },
        { key: 'pipeline_coverage', unit: '%' },
        { key: 'closing_later_deals' },
        { key: 'closing_later_amount', unit: 'currency' },
      ],
      rows: [
        [
          money(a.forecast.target),
          money(a.forecast.booked),
          money(a.forecast.runRate),
          percent(a.forecast.runRateCoverage),
          money(a.forecast.weightedOpen),
          a.forecast.openDeals,
          money(a.forecast.pipeline),
          percent(a.forecast.pipelineCoverage),
          a.forecast.closingLater.deals,
          money(a.forecast.closingLater.amount),
        ],
      ],
    },
    {
      name: 'actuals_activities',
      description: 'Activities per rep per working day, from the later of the period start and the rep’s start through the as-of date, against the role’s daily target.',
      columns: [{ key: 'person' }, { key: 'name' }, { key: 'role' }, { key: 'activity' }, { key: 'done' }, { key: 'working_days' }, { key: 'per_day' }, { key: 'target_per_day' }, { key: 'attainment', unit: '%' }],
      rows: a.activities.map((r) => [r.person, r.name, r.role, r.activity, r.done, r.workingDays, rate(r.perDay), rate(r.targetPerDay), percent(r.attainment)]),
    },
    {
      name: 'actuals_conversion',
      description: 'Stage-to-stage conversion measured from the exports’ stage-entry dates against the plan’s rate, with the deals each rests on.',
      columns: [{ key: 'stage' }, { key: 'next_stage' }, { key: 'plan_rate', unit: '%' }, { key: 'deals' }, { key: 'converted' }, { key: 'rate', unit: '%' }],
      rows: a.conversion.map((c) => [c.from, c.to, percent(c.planRate), c.entered, c.converted, percent(c.rate)]),
    },
    {
      name: 'actuals_recalibration',
      description: `The plan's rates and deal size beside the values the actuals imply (a rate over the decided deals: went on or lost in the stage), the deals each rests on, and the value suggested where they are ${a.recalibration.minDeals} or more: paste path and suggested into a scenario's overrides.`,
      columns: [{ key: 'path' }, { key: 'plan' }, { key: 'measured' }, { key: 'deals' }, { key: 'suggested' }],
      rows: a.recalibration.facts.map((r) => {
        const as = r.unit === 'rate' ? percent : money;
        return [r.path, as(r.plan), as(r.measured), r.deals, as(r.suggested)];
      }),
    },
    {
      name: 'actuals_recomputed',
      description: 'The plan recomputed with the suggested values (actuals_recalibration) against the plan as written: the figures that change, as the scenario comparison names them.',
      columns: [{ key: 'group' }, { key: 'subject' }, { key: 'measure' }, { key: 'plan' }, { key: 'measured' }, { key: 'difference' }],
      rows: a.recalibration.recomputed.map((r) => {
        const as = r.unit === 'money' ? money : r.unit === 'rate' ? percent : r.unit === 'months' ? figure('months') : figure('ratio');
        return [r.group, r.subject, r.measure, as(r.plan), as(r.measured), as(r.delta)];
      }),
    },
  ];
}
