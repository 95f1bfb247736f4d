import type { Decimal } from '../core/decimal.ts';
import type { Format } from '../core/format.ts';
import { fillLabel, fillLabels, type Labels } from '../core/labels/index.ts';
import type { ActualsModel, ComparisonRow, ConversionActual, Dashboard, PlanModel, Scorecard, TeamTotals } from '../model/index.ts';
import type { DashboardCharts } from './charts/dashboard-charts.ts';
import { delta, rowLabel, shown } from './view-scenarios.ts';

/** The site page of a dashboard. */
export function dashboardPage(id: string): string {
  return `dashboard-${id}.html`;
}

/** A dashboard's PDF: dated by the as-of day, so a saved copy says which day it shows. */
export function dashboardPdfPath(id: string, asOf: string): string {
  return `dashboards/dashboard-${id}-${asOf}.pdf`;
}

export function dashboardTitle(d: Pick<Dashboard, 'kind' | 'roles'>, titles: Map<string, string>, l: Labels): string {
  if (d.kind === 'development') return l.dashboard_development;
  if (d.kind === 'closing') return l.dashboard_closing;
  return fillLabel(l.dashboard_leader, titles.get(d.roles[0] ?? '') ?? d.roles[0] ?? '');
}

/** `−$78,000`, `+$1,250`: ahead or behind, in whole currency units like the other amounts of a dashboard. */
function signedMoney(value: Decimal, f: Format): string {
  return `${value.isNegative() ? '−' : '+'}${f.moneyWhole(value.abs())}`;
}

const opt = <T>(value: Decimal | undefined, show: (v: Decimal) => T): T | undefined => (value === undefined ? undefined : show(value));

/** Names of the funnel stages and activities, as the plan writes them. */
function names(model: PlanModel): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of model.funnel) map.set(row.id, row.name);
  for (const s of model.sources) map.set(s.activity, s.name);
  for (const a of model.activities) map.set(a.activity, a.name);
  return map;
}

/**
 * Every dashboard of the build as the templates show it: the model's figures formatted, nothing computed here.
 * `charts` are the SVGs drawn once for the build (the same on every dashboard).
 */
export function dashboardsView(model: PlanModel, titles: Map<string, string>, charts: DashboardCharts | undefined, f: Format, l: Labels) {
  const a = model.actuals;
  if (!a) return [];
  const name = names(model);
  const none = l.none;
  const pct = (v: Decimal | undefined) => opt(v, f.percent) ?? none;
  const money = (v: Decimal | undefined) => opt(v, f.moneyWhole) ?? none;
  const rate = (v: Decimal | undefined) => opt(v, f.ratio) ?? none;
  const conversion = (c: ConversionActual) => ({
    label: fillLabels(l.dashboard_conversion_row, { from: name.get(c.from) ?? c.from, to: name.get(c.to) ?? c.to }),
    value: pct(c.rate),
    detail: `${fillLabels(l.dashboard_of_deals, { converted: f.count(c.converted), entered: f.count(c.entered) })}, ${fillLabel(l.dashboard_plan_rate, f.percent(c.planRate))}`,
  });
  const activity = (r: TeamTotals['activities'][number]) => ({
    label: fillLabel(l.dashboard_per_day, name.get(r.activity) ?? r.activity),
    value: r.targetPerDay ? fillLabels(l.dashboard_per_day_target, { actual: rate(r.perDay), target: rate(r.targetPerDay) }) : rate(r.perDay),
    detail: r.attainment ? pct(r.attainment) : undefined,
  });
  const totalsView = (t: TeamTotals) => ({
    stats: [
      { label: l.dashboard_reps, value: f.count(t.reps) },
      ...(t.quotaToDate
        ? [
            { label: l.dashboard_booked, value: money(t.booked) },
            { label: l.dashboard_quota_to_date, value: money(t.quotaToDate) },
            { label: l.dashboard_attainment, value: pct(t.attainmentToDate) },
          ]
        : []),
    ],
    activities: t.activities.map(activity),
  });
  const card = (s: Scorecard) => ({
    name: s.name,
    role: titles.get(s.role) ?? s.role,
    bookings: s.bookings && {
      stats: [
        { label: l.dashboard_booked, value: money(s.bookings.booked) },
        ...(s.bookings.quotaToDate ? [{ label: l.dashboard_quota_to_date, value: money(s.bookings.quotaToDate) }, { label: l.dashboard_attainment, value: pct(s.bookings.attainmentToDate) }] : []),
        { label: l.dashboard_won_deals, value: f.count(s.bookings.wonDeals) },
        { label: l.dashboard_weighted_pipeline, value: money(s.bookings.weightedPipeline) },
      ],
    },
    activities: s.activities.map((r) => activity({ ...r })),
    noActivity: s.activities.length > 0 && s.activities.every((r) => r.done === 0),
    conversion: s.conversion.map(conversion),
  });
  const asOf = f.date(a.asOf);
  const shared = sharedView(a, model, f, l, pct, money);
  return a.dashboards.map((d) => ({
    id: d.id,
    kind: d.kind,
    isLeader: d.kind === 'leader',
    title: dashboardTitle(d, titles, l),
    roles: fillLabel(l.dashboard_roles, d.roles.map((r) => titles.get(r) ?? r).join(', ')),
    asOf: fillLabel(l.dashboard_as_of, asOf),
    intro: fillLabels(l.dashboard_intro, { elapsed: f.count(a.elapsedWorkingDays), total: f.count(a.elapsedWorkingDays + a.remainingWorkingDays) }),
    pdf: dashboardPdfPath(d.id, a.asOf),
    charts,
    ...shared,
    totals: totalsView(d.totals),
    teams: d.teams?.map((t) => ({ title: dashboardTitle(t, titles, l), href: dashboardPage(t.id), ...totalsView(t.totals) })),
    scorecards: d.scorecards.map(card),
    conversion: d.kind === 'leader' ? a.conversion.map(conversion) : [],
    recalibration: d.kind === 'leader' ? recalibrationView(a, name, f, l) : undefined,
  }));
}

function sharedView(a: ActualsModel, model: PlanModel, f: Format, l: Labels, pct: (v: Decimal | undefined) => string, money: (v: Decimal | undefined) => string) {
  return {
    bookings: [
      { label: l.dashboard_booked, value: money(a.bookings.booked) },
      { label: l.dashboard_pacing, value: money(a.bookings.pacing) },
      { label: l.dashboard_vs_pacing, value: signedMoney(a.bookings.vsPacing, f), behind: a.bookings.vsPacing.isNegative() },
      { label: l.dashboard_attainment, value: pct(a.bookings.attainment) },
      { label: l.target, value: money(a.bookings.target) },
      { label: l.dashboard_won_deals, value: f.count(a.bookings.wonDeals) },
    ],
    forecast: [
      { label: l.dashboard_run_rate, value: money(a.forecast.runRate), detail: a.forecast.runRateCoverage ? fillLabel(l.dashboard_coverage, f.percent(a.forecast.runRateCoverage)) : undefined },
      { label: l.dashboard_pipeline, value: money(a.forecast.pipeline), detail: fillLabel(l.dashboard_coverage, f.percent(a.forecast.pipelineCoverage)) },
      { label: l.dashboard_open_deals, value: f.count(a.forecast.openDeals) },
      { label: l.dashboard_closing_later, value: `${f.count(a.forecast.closingLater.deals)} · ${money(a.forecast.closingLater.amount)}` },
    ],
    funnel: a.funnel.map((s) => ({
      stage: s.name,
      periodNeed: fillLabel(l.dashboard_of_period, f.count(s.periodNeed)),
      needToDate: f.ratio(s.needToDate),
      actual: s.actual === undefined ? l.dashboard_not_measured : f.count(s.actual),
      attainment: s.attainment ? pct(s.attainment) : '',
    })),
    period: model.period.label,
  };
}

function recalibrationView(a: ActualsModel, name: Map<string, string>, f: Format, l: Labels) {
  const r = a.recalibration;
  const value = (unit: 'rate' | 'money', v: Decimal) => (unit === 'rate' ? f.percent(v) : f.moneyWhole(v));
  // As the plan's YAML writes it: a rate as a percentage, money as a plain number.
  const yamlValue = (unit: 'rate' | 'money', v: Decimal) => (unit === 'rate' ? `${v.times(100).toString()}%` : v.toString());
  return {
    intro: fillLabel(l.dashboard_recalibration_intro, f.count(r.minDeals)),
    rows: r.facts.map((x) => ({
      label: x.unit === 'rate' ? fillLabel(l.dashboard_rate_of, name.get(x.subject) ?? x.subject) : l.dashboard_average_deal_size,
      path: x.path,
      plan: value(x.unit, x.plan),
      measured: x.measured ? value(x.unit, x.measured) : l.none,
      deals: fillLabel(x.deals === 1 ? l.dashboard_deal_count_one : l.dashboard_deal_count, f.count(x.deals)),
      suggested: x.suggested ? (x.suggested.eq(x.plan) ? l.dashboard_same : value(x.unit, x.suggested)) : l.dashboard_too_few,
      isSuggested: x.suggested !== undefined && !x.suggested.eq(x.plan),
    })),
    yaml:
      r.overrides.length === 0
        ? undefined
        : [
            'scenarios:',
            `  - id: measured-${a.asOf}`,
            `    name: "${fillLabel(l.dashboard_recomputed_scenario, f.date(a.asOf)).replaceAll('"', '\\"')}"`,
            '    overrides:',
            ...r.overrides.map((o) => `      ${o.path}: ${yamlValue(o.unit, o.value)}`),
          ].join('\n'),
    recomputed: r.recomputed.map((row) => ({
      label: rowLabel(row as unknown as ComparisonRow, f, l),
      plan: shown(row.unit, row.plan, f) ?? l.none,
      measured: shown(row.unit, row.measured, f) ?? l.none,
      delta: delta(row.unit, row.delta, f) ?? '',
      trend: row.trend,
    })),
  };
}

export type DashboardView = ReturnType<typeof dashboardsView>[number];
