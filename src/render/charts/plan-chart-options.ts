import { Decimal } from '../../core/decimal.ts';
import type { Format } from '../../core/format.ts';
import { fillLabel, type Labels } from '../../core/labels/index.ts';
import type { CapacityRow, FunnelRow, RolePlan } from '../../model/index.ts';
import { INK, PLAIN_LABEL, SERIES_COLOURS, STATUS_COLOURS, axisInk, type ChartSize } from './echarts-svg.ts';

/**
 * What each of the plan's charts draws (ECharts options), from the model's figures: amounts become numbers only
 * for the geometry; every label is the formatter's text. Kept apart from the drawing so a test can read them.
 */
const num = (d: Decimal) => Number(d.toFixed(2));
const narrow = (size: ChartSize) => size.width < 480;

/** A generous width of a 12 px label (7 px a character): the browser's face is wider than ECharts' estimate. */
const textWidth = (text: string) => text.length * 7;

/**
 * A legend's names in lines that fit the chart: ECharts wraps a legend by its own (too narrow) estimate of the
 * text and does not move the plot down for it, so each line is a legend of its own, and the plot starts below.
 */
export function legendLines(names: string[], size: ChartSize): string[][] {
  const room = size.width - 24;
  const lines: string[][] = [[]];
  let used = 0;
  for (const name of names) {
    const item = 25 + 5 + textWidth(name) + 12;
    if (used > 0 && used + item > room) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push(name);
    used += item;
  }
  return lines;
}
function legends(names: string[], size: ChartSize) {
  const lines = legendLines(names, size);
  return {
    legend: lines.map((data, i) => ({ top: i * 20, left: 'center', itemGap: 12, data, textStyle: { color: INK.text } })),
    top: 12 + lines.length * 20 + (narrow(size) ? 12 : 4),
  };
}

/** Bars of the expected bookings per month, one series per status (so the legend names the colours), the target as a line. */
export function capacityOption(months: CapacityRow[], f: Format, l: Labels, size: ChartSize) {
  const statuses = [...new Set(months.map((m) => m.status))];
  const legend = [...statuses.map((s) => l[`status_${s}`]), l.chart_target_line];
  const target = months.map((m) => num(m.target));
  const key = legends(legend, size);
  return {
    legend: key.legend,
    grid: { left: 8, right: 16, top: key.top, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => f.month(m.key)), axisTick: { show: false }, ...axisInk({ hideOverlap: true, interval: 'auto', margin: 10 }) },
    yAxis: { type: 'value', ...axisInk({ formatter: (v: number) => f.moneyWhole(new Decimal(Math.round(v))) }) },
    series: [
      // A month's bar is in its status's series only.
      ...statuses.map((s) => ({
        name: l[`status_${s}`],
        type: 'bar',
        stack: 'capacity',
        barMaxWidth: 64,
        color: STATUS_COLOURS[s],
        data: months.map((m) => (m.status === s ? num(m.expected) : null)),
      })),
      // The target line on a casing of the card's colour, so it reads across the bars in both themes.
      { name: 'casing', type: 'line', silent: true, symbol: 'none', lineStyle: { width: 6, color: INK.casing }, data: target },
      { name: l.chart_target_line, type: 'line', color: INK.target, symbol: 'circle', symbolSize: 7, itemStyle: { color: INK.target, borderColor: INK.casing, borderWidth: 1.5 }, lineStyle: { width: 2.5, color: INK.target }, data: target },
    ],
  };
}

/** Words in lines no wider than `width` by the generous estimate (a longer word stays whole on its line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LINE = 16;
/** The stages' names wrapped to the names' column, and the chart as tall as their lines need. */
export function funnelLayout(stages: FunnelRow[], size: ChartSize) {
  const column = narrow(size) ? 120 : 170;
  const names = stages.map((s) => wrapText(s.name, column));
  const rows = names.map((lines) => Math.max(40, lines.length * LINE + 18));
  return { column, names: names.map((lines) => lines.join('\n')), size: { width: size.width, height: 16 + rows.reduce((a, b) => a + b, 0) } };
}

/** A bar per stage, the volume it needs in the period, on a linear scale (a log scale made 20 look like 200). */
export function funnelOption(stages: FunnelRow[], f: Format, l: Labels, size: ChartSize) {
  const layout = funnelLayout(stages, size);
  return {
    color: [SERIES_COLOURS[0]],
    grid: { left: layout.column + 16, right: 48, top: 8, bottom: 8, containLabel: false },
    yAxis: { type: 'category', data: layout.names, inverse: true, axisTick: { show: false }, ...axisInk({ interval: 0, lineHeight: LINE, margin: 8 }) },
    xAxis: { type: 'value', show: false, min: 0 },
    series: [
      {
        name: l.funnel,
        type: 'bar',
        barMaxWidth: 28,
        data: stages.map((s) => ({ value: num(s.need.period), label: { show: true, position: 'right', formatter: f.count(s.need.period), fontSize: 12, color: INK.text, ...PLAIN_LABEL } })),
      },
    ],
  };
}

/** Each quota role's productivity by tenure month, through one month at full productivity. */
export function rampSteps(role: RolePlan, length: number): Decimal[] {
  return Array.from({ length }, (_, i) => role.ramp[i] ?? new Decimal(1));
}
export function rampLength(roles: RolePlan[]): number {
  return Math.max(...roles.map((r) => r.ramp.length)) + 1;
}

export function rampOption(roles: RolePlan[], f: Format, l: Labels, size: ChartSize) {
  const length = rampLength(roles);
  const key = legends(roles.map((r) => r.title), size);
  return {
    color: SERIES_COLOURS,
    legend: key.legend,
    grid: { left: 8, right: 24, top: key.top, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: Array.from({ length }, (_, i) => fillLabel(l.chart_tenure_month, String(i + 1))),
      axisTick: { show: false },
      ...axisInk({ hideOverlap: true, interval: 'auto', margin: 10 }),
    },
    yAxis: { type: 'value', min: 0, max: 1, ...axisInk({ formatter: (v: number) => f.percent(new Decimal(v.toFixed(2))) }) },
    series: roles.map((r) => ({ name: r.title, type: 'line', symbol: 'circle', symbolSize: 6, lineStyle: { width: 2.5 }, data: rampSteps(r, length).map(num) })),
  };
}
