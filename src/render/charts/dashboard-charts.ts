import { Decimal } from '../../core/decimal.ts';
import type { Format } from '../../core/format.ts';
import type { Labels } from '../../core/labels/index.ts';
import type { ActualsModel } from '../../model/index.ts';
import { stableNames } from './svg-names.ts';
import { FONT_FAMILY } from './echarts-svg.ts';

/** Each chart twice: at the printed column's 640 px (print, wide screens) and at a phone's width, both legible. */
export interface ChartPair {
  wide: string;
  narrow: string;
}
export interface DashboardCharts {
  bookings: ChartPair;
  funnel: ChartPair;
}

const WIDE = { width: 640, height: 320 };
// A 390 px phone shows the chart in a card about 340 px wide: drawn at that size its 12 px text stays 12 px.
const NARROW = { width: 340, height: 300 };
const COLOURS = { booked: '#1d4ed8', pacing: '#c2410c', target: '#4b5563', need: '#9ca3af' };
const FONT = { fontFamily: FONT_FAMILY, fontSize: 12 };

type EChartsModule = typeof import('echarts');

function draw(echarts: EChartsModule, size: { width: number; height: number }, option: object, prefix: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  chart.setOption({ animation: false, textStyle: FONT, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return stableNames(svg, prefix);
}

/**
 * The dashboards' charts, drawn by ECharts on the server as SVG (no browser, no animation), from the model's
 * exact figures: the amounts become numbers only here, for the lines and bars; every label is the formatter's.
 */
export async function dashboardCharts(a: ActualsModel, f: Format, l: Labels): Promise<DashboardCharts> {
  const echarts = await import('echarts');
  const whole = (v: number) => f.moneyWhole(new Decimal(Math.round(v)));
  const dates = a.series.map((p) => p.date);
  // A month's name under its first working day only.
  const firstOfMonth = (i: number) => i === 0 || dates[i]?.slice(0, 7) !== dates[i - 1]?.slice(0, 7);
  const bookings = (size: { width: number; height: number }, prefix: string) =>
    draw(
      echarts,
      size,
      {
        color: [COLOURS.booked, COLOURS.pacing, COLOURS.target],
        legend: { top: 0, itemGap: 12, textStyle: FONT },
        grid: { left: 8, right: 16, top: size.width < 480 ? 56 : 36, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: dates,
          boundaryGap: false,
          axisTick: { show: false },
          axisLabel: { interval: (i: number) => firstOfMonth(i), formatter: (v: string) => f.month(v.slice(0, 7)), fontSize: 12 },
        },
        yAxis: { type: 'value', max: Number(a.bookings.target.toFixed(2)), axisLabel: { formatter: whole, fontSize: 12 } },
        series: [
          { name: l.dashboard_booked, type: 'line', step: 'end', symbol: 'none', lineStyle: { width: 3 }, areaStyle: { opacity: 0.12 }, data: a.series.map((p) => (p.booked ? Number(p.booked.toFixed(2)) : null)) },
          { name: l.dashboard_pacing_short, type: 'line', symbol: 'none', lineStyle: { type: 'dashed', width: 2 }, data: a.series.map((p) => Number(p.pacing.toFixed(2))) },
          { name: l.dashboard_target_line, type: 'line', symbol: 'none', lineStyle: { width: 1.5 }, data: a.series.map(() => Number(a.bookings.target.toFixed(2))) },
        ],
      },
      prefix,
    );
  const stages = a.funnel.map((s) => s.name);
  const funnel = (size: { width: number; height: number }, prefix: string) =>
    draw(
      echarts,
      size,
      {
        color: [COLOURS.need, COLOURS.booked],
        legend: { top: 0, itemGap: 24, textStyle: FONT },
        // The stage names get a fixed column (ECharts' containLabel clips a long first name on the left).
        grid: { left: size.width < 480 ? 116 : 160, right: 48, top: 36, bottom: 8, containLabel: false },
        yAxis: { type: 'category', data: stages, inverse: true, axisTick: { show: false }, axisLabel: { fontSize: 12, width: size.width < 480 ? 104 : 148, overflow: 'break' } },
        xAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.count(Math.round(v)), fontSize: 12, hideOverlap: true } },
        series: [
          { name: l.dashboard_need_to_date, type: 'bar', data: a.funnel.map((s) => ({ value: Number(s.needToDate.toFixed(2)), label: { show: true, position: 'right', formatter: f.ratio(s.needToDate), fontSize: 12 } })) },
          {
            name: l.dashboard_actual,
            type: 'bar',
            data: a.funnel.map((s) => ({ value: s.actual ?? 0, label: { show: true, position: 'right', formatter: s.actual === undefined ? '—' : f.count(s.actual), fontSize: 12 } })),
          },
        ],
        barGap: '10%',
      },
      prefix,
    );
  return {
    bookings: { wide: bookings(WIDE, 'bookings-chart'), narrow: bookings(NARROW, 'bookings-chart-narrow') },
    funnel: { wide: funnel(WIDE, 'funnel-chart'), narrow: funnel(NARROW, 'funnel-chart-narrow') },
  };
}
