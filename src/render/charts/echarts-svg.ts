import { stableNames } from './svg-names.ts';

/** What every build-time chart shares: ECharts' server-side SVG, one font, one palette, the accessible name. */
export type EChartsModule = typeof import('echarts');
export interface ChartSize {
  width: number;
  height: number;
}
/** The printed column's width (A4 and Letter alike): the PDF draws the chart unscaled. */
export const WIDE: ChartSize = { width: 640, height: 320 };
/** A 390 px phone shows a chart about 340 px wide: drawn at that size its 12 px text stays 12 px. */
export const NARROW: ChartSize = { width: 340, height: 300 };
/** The product's typeface, for every chart's text: change it here and every chart follows. */
export const FONT_FAMILY = 'Inter, system-ui, sans-serif';
export const FONT = { fontFamily: FONT_FAMILY, fontSize: 12 };
/** Status colours (covered, a little short, short, far short): distinct in light and dark and in grey print. */
export const STATUS_COLOURS = { green: '#15803d', yellow: '#a16207', orange: '#c2410c', red: '#b91c1c' } as const;
/** Lines and series (none a status colour), and their pairs for the dark card: 3:1 or more on each card. */
export const SERIES_COLOURS = ['#1d4ed8', '#be185d', '#0f766e', '#7e22ce', '#4d7c0f', '#9a3412'];
const DARK_SERIES = ['#60a5fa', '#f472b6', '#2dd4bf', '#c084fc', '#a3e635', '#fb923c'];
/**
 * The ink of a chart on its light card (print, light screens): text, axis line, grid lines, the target line and
 * the casing drawn under it (so it reads across the bars). In the dark theme each turns into its pair in DARK.
 */
export const INK = { text: '#374151', axis: '#6b7280', grid: '#e5e7eb', target: '#111827', casing: '#ffffff' } as const;
export const DARK: { [K in keyof typeof INK]: string } = { text: '#e6edf3', axis: '#8b949e', grid: '#30363d', target: '#f0f6fc', casing: '#0d1117' };
/** A label drawn once: no halo (ECharts draws a text border as a second copy of the text, which a PDF extracts twice). */
export const PLAIN_LABEL = { textBorderWidth: 0, textBorderColor: 'transparent', textShadowBlur: 0 };
/** An axis in the chart's ink: its line, its labels (with `label`), its grid lines. */
export function axisInk(label: object = {}): object {
  return {
    axisLine: { lineStyle: { color: INK.axis } },
    axisLabel: { color: INK.text, fontSize: 12, ...label },
    splitLine: { lineStyle: { color: INK.grid } },
  };
}

export function loadECharts(): Promise<EChartsModule> {
  return import('echarts');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// No ligatures: a PDF reader extracts a ligature as its letters apart ('A ff ärsmöjlighet'). In the dark theme
// every text and line takes its dark pair (the print is always light).
const pairs: [string, string][] = [...(Object.keys(INK) as (keyof typeof INK)[]).map((k): [string, string] => [INK[k], DARK[k]]), ...SERIES_COLOURS.map((c, i): [string, string] => [c, DARK_SERIES[i]!])];
const DARK_CSS = `text{font-variant-ligatures:none}@media screen and (prefers-color-scheme: dark){text{fill:${DARK.text}}${pairs
  .map(([light, dark]) => `[stroke="${light}"]{stroke:${dark}}[fill="${light}"]{fill:${dark}}`)
  .join('')}}`;

/**
 * A label's text drawn once: ECharts strokes data labels with a halo even at textBorderWidth 0, and a PDF prints
 * stroked text as a second, Type 3 copy that extracts twice ("−5,937.50 −5,937.50").
 */
export function withoutHalo(svg: string): string {
  return svg
    .replace(/(<text[^>]*?) stroke="[^"]*"/g, '$1')
    .replace(/(<text[^>]*?) stroke-width="[^"]*"/g, '$1')
    .replace(/(<text[^>]*?) stroke-miterlimit="[^"]*"/g, '$1')
    .replace(/(<text[^>]*?) paint-order="[^"]*"/g, '$1');
}

/** The chart's SVG, with a <title> and <desc> naming it (role="img", aria-labelledby), ids under `prefix`. */
export function drawChart(
  echarts: EChartsModule,
  size: ChartSize,
  option: object,
  meta: { prefix: string; title: string; desc: string },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  chart.setOption({ animation: false, textStyle: { ...FONT, color: INK.text, ...PLAIN_LABEL }, ...option });
  const raw = chart.renderToSVGString();
  chart.dispose();
  const svg = withoutHalo(stableNames(raw, meta.prefix));
  const ids = `${meta.prefix}-title ${meta.prefix}-desc`;
  return svg.replace(
    /<svg([^>]*)>/,
    // ECharts writes the viewBox already: the fixed size goes, so the chart scales to its card.
    (_open, attrs: string) =>
      `<svg${attrs.replace(/ width="\d+" height="\d+"/, '').replace(/ viewBox="[^"]*"/g, '')} viewBox="0 0 ${size.width} ${size.height}" role="img" aria-labelledby="${ids}">` +
      `<title id="${meta.prefix}-title">${escapeXml(meta.title)}</title><desc id="${meta.prefix}-desc">${escapeXml(meta.desc)}</desc><style>${DARK_CSS}</style>`,
  );
}
