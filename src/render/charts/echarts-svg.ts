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
export const FONT = { fontFamily: 'Inter, system-ui, sans-serif', fontSize: 12 };
/** Status colours (covered, a little short, short, far short): distinct in light and dark and in grey print. */
export const STATUS_COLOURS = { green: '#15803d', yellow: '#a16207', orange: '#c2410c', red: '#b91c1c' } as const;
export const SERIES_COLOURS = ['#1d4ed8', '#c2410c', '#15803d', '#7e22ce', '#0e7490', '#a16207'];
/** A label drawn once: no halo (ECharts draws a text border as a second copy of the text, which a PDF extracts twice). */
export const PLAIN_LABEL = { textBorderWidth: 0, textBorderColor: 'transparent', textShadowBlur: 0 };

export function loadECharts(): Promise<EChartsModule> {
  return import('echarts');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// No ligatures: a PDF reader extracts a ligature as its letters apart ('A ff ärsmöjlighet'). In the dark theme the
// axis text and grid lines take the page's colours (the print is always light).
const DARK_CSS =
  'text{font-variant-ligatures:none}@media screen and (prefers-color-scheme: dark){text{fill:#e6edf3}path[stroke="#E0E6F1"],path[stroke="#e0e6f1"]{stroke:#3d444d}path[stroke="#6E7079"],path[stroke="#6e7079"]{stroke:#a3adb8}}';

/** The chart's SVG, with a <title> and <desc> naming it (role="img", aria-labelledby), ids under `prefix`. */
export function drawChart(
  echarts: EChartsModule,
  size: ChartSize,
  option: object,
  meta: { prefix: string; title: string; desc: string },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  chart.setOption({ animation: false, textStyle: { ...FONT, ...PLAIN_LABEL }, ...option });
  const raw = chart.renderToSVGString();
  chart.dispose();
  const svg = stableNames(raw, meta.prefix)
    // A label's text is drawn once: a stroke on text would be a halo.
    .replace(/(<text[^>]*?) stroke="[^"]*"/g, '$1')
    .replace(/(<text[^>]*?) stroke-width="[^"]*"/g, '$1')
    .replace(/(<text[^>]*?) paint-order="[^"]*"/g, '$1');
  const ids = `${meta.prefix}-title ${meta.prefix}-desc`;
  return svg.replace(
    /<svg([^>]*)>/,
    (_open, attrs: string) =>
      `<svg${attrs.replace(/ width="\d+" height="\d+"/, '')} viewBox="0 0 ${size.width} ${size.height}" role="img" aria-labelledby="${ids}">` +
      `<title id="${meta.prefix}-title">${escapeXml(meta.title)}</title><desc id="${meta.prefix}-desc">${escapeXml(meta.desc)}</desc><style>${DARK_CSS}</style>`,
  );
}
