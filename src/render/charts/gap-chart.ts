import type { Format } from '../../core/format.ts';
import type { Labels } from '../../core/labels/index.ts';
import type { ScenarioComparison } from '../../model/index.ts';
import { stableNames } from './svg-names.ts';
import { FONT_FAMILY, withoutHalo } from './echarts-svg.ts';

/** Series colours, the base first: distinct in light and dark and in grey print. */
const COLOURS = ['#4b5563', '#c2410c', '#15803d', '#1d4ed8', '#7e22ce', '#a16207', '#0e7490'];

/**
 * The monthly gap (expected − target) of each scenario as grouped bars, drawn by ECharts on the server as SVG
 * (no browser, no animation: the same input gives the same bytes). The amounts become numbers only here, for
 * the bar heights; every figure the chart labels is the formatter's text of the exact gap.
 * ECharts is loaded on first use, so a plan without scenarios never loads it.
 */
export async function gapChartSvg(
  comparison: ScenarioComparison,
  f: Format,
  l: Labels,
  // 640 px is the printed column's width (A4 and Letter alike): the PDF draws the chart unscaled, its text at 8 pt or more.
  size: { width: number; height: number } = { width: 640, height: 320 },
): Promise<string | undefined> {
  const gaps = comparison.gaps;
  if (!gaps) return undefined;
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  const names = comparison.columns.map((c, i) => (i === 0 ? l.scenario_base : c.name));
  chart.setOption({
    animation: false,
    color: COLOURS,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12 },
    legend: { top: 0, data: names },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: gaps.months.map((m) => f.month(m)), axisTick: { show: false } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.count(Math.round(v)) } },
    series: gaps.series.map((s, i) => ({
      name: names[i],
      type: 'bar',
      data: s.gaps.map((g) => ({ value: Number(g.toFixed(2)), label: { show: size.width >= 480, position: g.isNegative() ? 'bottom' : 'top', formatter: f.gapAmount(g), fontSize: 11, textBorderWidth: 0 } })),
      barGap: '10%',
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return withoutHalo(stableNames(svg, 'scenario-chart'));
}
