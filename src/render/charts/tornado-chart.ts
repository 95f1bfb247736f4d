import type { Decimal } from '../../core/decimal.ts';
import { escapeHtml } from '../diagrams.ts';
import { stableNames } from './svg-names.ts';
import { FONT_FAMILY, withoutHalo } from './echarts-svg.ts';

/** One row of the tornado: an input, and the period's gap with it moved down and up (the formatter's texts too). */
export interface TornadoRow {
  label: string;
  lowGap: Decimal;
  highGap: Decimal;
  lowText: string;
  highText: string;
}

export interface TornadoChart {
  title: string;
  desc: string;
  /** The series' names: `−10%`, `+10%`. */
  lowName: string;
  highName: string;
  base: Decimal;
  /** The base gap's text, for the line the bars start from. */
  baseText: string;
  /** The axis' tick text of an amount. */
  tick: (value: number) => string;
  /** Ranked, the largest swing first (drawn at the top). */
  rows: TornadoRow[];
}

/** The same orange and blue as the gap chart's scenarios, on its white card in both themes and in print. */
const LOW = '#c2410c';
const HIGH = '#1d4ed8';
const ROW_HEIGHT = 34;
const NARROW_ROW_HEIGHT = 46;
/** The printed column's width, and a phone's: the chart is drawn at both, never scaled below legible. */
export const TORNADO_WIDE = 640;
export const TORNADO_NARROW = 360;

/** A round tick step (1, 2, 2.5 or 5 × 10^k) of at least `need`. */
function niceStep(need: number): number {
  const power = 10 ** Math.floor(Math.log10(need));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= need) ?? 10) * power;
}

/**
 * The sensitivity as a tornado: a row per input, ranked, each a bar from the base gap to the gap with the input
 * moved down and one to the gap with it moved up. Drawn by ECharts on the server as SVG, as the gap chart; the
 * amounts become numbers only for the bar lengths, every label is the formatter's text of the exact gap.
 */
export async function tornadoChartSvg(chart: TornadoChart, width = TORNADO_WIDE, prefix = 'tornado-chart'): Promise<string | undefined> {
  if (chart.rows.length === 0) return undefined;
  const echarts = await import('echarts');
  const narrow = width < 480;
  // A phone's narrower names wrap to three lines: its rows are taller.
  const height = 64 + (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT) * chart.rows.length;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const base = Number(chart.base.toFixed(2));
  const deltas = chart.rows.flatMap((r) => [Number(r.lowGap.toFixed(2)) - base, Number(r.highGap.toFixed(2)) - base]);
  // Room past the longest bar for its label; the ticks at round gaps (the bars are drawn from the base, as changes).
  const reach = Math.max(1, ...deltas.map(Math.abs)) * (narrow ? 1.6 : 1.45);
  const step = niceStep(narrow ? reach : reach / 2);
  const min = Math.floor((base - reach) / step) * step - base;
  const max = Math.ceil((base + reach) / step) * step - base;
  // ECharts measures text without a font on the server: the names' column is kept wider than the width they wrap at.
  const labelWidth = narrow ? 100 : 170;
  const bar = (name: string, colour: string, pick: (r: TornadoRow) => { gap: Decimal; text: string }) => ({
    name,
    type: 'bar',
    barWidth: 12,
    barGap: '20%',
    itemStyle: { color: colour },
    data: chart.rows.map((r) => {
      const { gap, text } = pick(r);
      const value = Number(gap.toFixed(2)) - base;
      return { value, label: { show: value !== 0, position: value < 0 ? 'left' : 'right', formatter: text, fontSize: narrow ? 10 : 11, color: '#1f2937', textBorderWidth: 0 } };
    }),
  });
  instance.setOption({
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#1f2937' },
    legend: { top: 0, data: [chart.lowName, chart.highName], textStyle: { color: '#1f2937' } },
    // The input names get a column of their own (containLabel measures them before they wrap, too wide).
    grid: { left: Math.round(labelWidth * 1.25) + 12, right: narrow ? 12 : 24, top: 36, bottom: 28 },
    xAxis: {
      type: 'value',
      min,
      max,
      interval: step,
      axisLabel: { formatter: (v: number) => chart.tick(v + base), color: '#4b5563', fontSize: narrow ? 10 : 12 },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    yAxis: { type: 'category', inverse: true, data: chart.rows.map((r) => r.label), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { interval: 0, color: '#1f2937', width: labelWidth, overflow: 'break', fontSize: narrow ? 11 : 12, lineHeight: narrow ? 13 : 15 } },
    series: [
      { ...bar(chart.lowName, LOW, (r) => ({ gap: r.lowGap, text: r.lowText })), markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#111827', type: 'solid', width: 1 }, data: [{ xAxis: 0 }] } },
      bar(chart.highName, HIGH, (r) => ({ gap: r.highGap, text: r.highText })),
    ],
  });
  const svg = withoutHalo(instance.renderToSVGString());
  instance.dispose();
  const ids = `${prefix}-title ${prefix}-desc`;
  const accessible = svg.replace(
    /<svg\b[^>]*>/,
    (open) => `${open.replace('<svg', `<svg role="img" aria-labelledby="${ids}"`)}<title id="${prefix}-title">${escapeHtml(chart.title)}</title><desc id="${prefix}-desc">${escapeHtml(chart.desc)}</desc>`,
  );
  return stableNames(accessible, prefix);
}
