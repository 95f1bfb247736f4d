import type { Format } from '../../core/format.ts';
import { fillLabel, fillLabels, type Labels } from '../../core/labels/index.ts';
import type { PlanModel } from '../../model/index.ts';
import { NARROW, WIDE, drawChart, loadECharts, type ChartSize } from './echarts-svg.ts';
import { capacityOption, funnelLayout, funnelOption, rampLength, rampOption, rampSteps } from './plan-chart-options.ts';

/** A chart at the printed column's width (print, wide screens) and at a phone's, both legible. */
export interface PlanChart {
  wide: string;
  narrow: string;
}
export interface PlanCharts {
  capacity?: PlanChart;
  funnel?: PlanChart;
  ramp?: PlanChart;
}

/** The plan's quota roles with a ramp: the ramp chart's lines. */
export function rampRoles(model: PlanModel) {
  return model.roles.filter((r) => r.quota && r.ramp.length > 0);
}

/**
 * The plan's three charts (capacity against target, the funnel's volumes, each quota role's ramp), drawn by
 * ECharts on the server from the model's figures (plan-chart-options.ts). Each one's description says in words
 * what it draws, with the exact figures of the table beside it.
 */
export async function planCharts(model: PlanModel, f: Format, l: Labels): Promise<PlanCharts> {
  const echarts = await loadECharts();
  // `sized`: a chart's own height at a width (the funnel grows with its stages' names).
  const pair = (prefix: string, title: string, desc: string, option: (size: ChartSize) => object, sized = (size: ChartSize) => size): PlanChart => ({
    wide: drawChart(echarts, sized(WIDE), option(WIDE), { prefix, title, desc }),
    narrow: drawChart(echarts, sized(NARROW), option(NARROW), { prefix: `${prefix}-narrow`, title, desc }),
  });
  const charts: PlanCharts = {};
  const months = model.capacity?.months ?? [];
  if (months.length > 0) {
    const each = months.map((m) =>
      fillLabels(l.chart_capacity_month, { month: f.month(m.key), expected: f.money(m.expected), target: f.money(m.target), status: l[`status_${m.status}`].toLocaleLowerCase(f.locale) }),
    );
    charts.capacity = pair('capacity-chart', l.chart_capacity, fillLabel(l.chart_capacity_desc, each.join('; ')), (size) => capacityOption(months, f, l, size));
  }
  if (model.funnel.length > 0) {
    const desc = fillLabel(l.chart_funnel_desc, model.funnel.map((s) => `${s.name} ${f.count(s.need.period)}`).join(', '));
    charts.funnel = pair('funnel-chart', l.chart_funnel, desc, (size) => funnelOption(model.funnel, f, l, size), (size) => funnelLayout(model.funnel, size).size);
  }
  const ramps = rampRoles(model);
  if (ramps.length > 0) {
    const length = rampLength(ramps);
    const desc = fillLabel(l.chart_ramp_desc, ramps.map((r) => `${r.title}: ${rampSteps(r, length).map((s) => f.percent(s)).join(', ')}`).join('; '));
    charts.ramp = pair('ramp-chart', l.chart_ramp, desc, (size) => rampOption(ramps, f, l, size));
  }
  return charts;
}
