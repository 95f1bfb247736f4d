import { Decimal } from '../../core/decimal.ts';
import type { Format } from '../../core/format.ts';
import { fillLabel, type Labels } from '../../core/labels/index.ts';
import type { PlanModel } from '../../model/index.ts';
import { NARROW, PLAIN_LABEL, SERIES_COLOURS, STATUS_COLOURS, WIDE, drawChart, loadECharts, type ChartSize } from './echarts-svg.ts';

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

const num = (d: Decimal) => Number(d.toFixed(2));

/**
 * The plan's three charts (capacity against target, the funnel's volumes, each quota role's ramp), drawn by
 * ECharts on the server from the model's figures: amounts become numbers only for the geometry; every label is
 * the formatter's text.
 */
export async function planCharts(model: PlanModel, f: Format, l: Labels): Promise<PlanCharts> {
  const echarts = await loadECharts();
  const pair = (make: (size: ChartSize, prefix: string) => string, prefix: string): PlanChart => ({
    wide: make(WIDE, prefix),
    narrow: make(NARROW, `${prefix}-narrow`),
  });
  const whole = (v: number) => f.moneyWhole(new Decimal(Math.round(v)));
  const charts: PlanCharts = {};
  const capacity = model.capacity;
  if (capacity && capacity.months.length > 0) {
    const months = capacity.months;
    const desc = fillLabel(l.chart_capacity_desc, months.map((m) => `${f.month(m.key)}: ${f.moneyWhole(m.expected)} / ${f.moneyWhole(m.target)}, ${l[`status_${m.status}`]}`).join('; '));
    const statuses = [...new Set(months.map((m) => m.status))];
    charts.capacity = pair(
      (size, prefix) =>
        drawChart(
          echarts,
          size,
          {
            legend: { top: 0, itemGap: 12, data: [...statuses.map((s) => l[`status_${s}`]), l.chart_target_line] },
            grid: { left: 8, right: 16, top: size.width < 480 ? 56 : 36, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: months.map((m) => f.month(m.key)), axisTick: { show: false }, axisLabel: { hideOverlap: true, fontSize: 12 } },
            yAxis: { type: 'value', axisLabel: { formatter: whole, fontSize: 12 } },
            series: [
              // One series per status, so the legend names the colours; a month has its bar in its status's series only.
              ...statuses.map((s) => ({
                name: l[`status_${s}`],
                type: 'bar',
                stack: 'capacity',
                color: STATUS_COLOURS[s],
                data: months.map((m) => (m.status === s ? num(m.expected) : null)),
              })),
              { name: l.chart_target_line, type: 'line', color: '#4b5563', symbol: 'circle', symbolSize: 5, lineStyle: { width: 2 }, data: months.map((m) => num(m.target)) },
            ],
          },
          { prefix, title: l.chart_capacity, desc },
        ),
      'capacity-chart',
    );
  }
  if (model.funnel.length > 0) {
    const stages = model.funnel;
    const desc = fillLabel(l.chart_funnel_desc, stages.map((s) => `${s.name} ${f.count(s.need.period)}`).join(', '));
    charts.funnel = pair(
      (size, prefix) =>
        drawChart(
          echarts,
          size,
          {
            color: [SERIES_COLOURS[0]],
            grid: { left: size.width < 480 ? 116 : 160, right: 56, top: 8, bottom: 8, containLabel: false },
            yAxis: { type: 'category', data: stages.map((s) => s.name), inverse: true, axisTick: { show: false }, axisLabel: { fontSize: 12, width: size.width < 480 ? 104 : 148, overflow: 'break' } },
            xAxis: { type: 'log', show: false },
            series: [
              {
                name: l.funnel,
                type: 'bar',
                data: stages.map((s) => ({ value: Math.max(1, num(s.need.period)), label: { show: true, position: 'right', formatter: f.count(s.need.period), fontSize: 12, ...PLAIN_LABEL } })),
              },
            ],
          },
          { prefix, title: l.chart_funnel, desc },
        ),
      'funnel-chart',
    );
  }
  const ramps = model.roles.filter((r) => r.quota && r.ramp.length > 0);
  if (ramps.length > 0) {
    const length = Math.max(...ramps.map((r) => r.ramp.length)) + 1;
    const steps = (r: (typeof ramps)[number]) => Array.from({ length }, (_, i) => r.ramp[i] ?? new Decimal(1));
    const desc = fillLabel(l.chart_ramp_desc, ramps.map((r) => `${r.title}: ${steps(r).map((s) => f.percent(s)).join(', ')}`).join('; '));
    charts.ramp = pair(
      (size, prefix) =>
        drawChart(
          echarts,
          size,
          {
            color: SERIES_COLOURS,
            legend: { top: 0, itemGap: 12 },
            grid: { left: 8, right: 24, top: size.width < 480 ? 56 : 36, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: Array.from({ length }, (_, i) => fillLabel(l.chart_tenure_month, String(i + 1))), axisTick: { show: false }, axisLabel: { hideOverlap: true } },
            yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => f.percent(new Decimal(v.toFixed(2))) } },
            series: ramps.map((r) => ({ name: r.title, type: 'line', symbol: 'circle', symbolSize: 6, lineStyle: { width: 2 }, data: steps(r).map(num) })),
          },
          { prefix, title: l.chart_ramp, desc },
        ),
      'ramp-chart',
    );
  }
  return charts;
}
