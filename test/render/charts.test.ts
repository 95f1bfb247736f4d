import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFor, type Format } from '../../src/core/format.ts';
import { labelsFor, type Labels } from '../../src/core/labels/index.ts';
import { computeModel, type PlanModel } from '../../src/model/index.ts';
import { parseSection, readPlan } from '../../src/parse/index.ts';
import { DARK, FONT_FAMILY, INK, NARROW, SERIES_COLOURS, STATUS_COLOURS, WIDE } from '../../src/render/charts/echarts-svg.ts';
import { funnelLayout, legendLines } from '../../src/render/charts/plan-chart-options.ts';
import { planCharts, rampRoles, type PlanCharts } from '../../src/render/charts/plan-charts.ts';
import { validatePlan } from '../../src/validate/index.ts';

// The charts of both example plans, drawn from their real models: what they draw is read back from the SVG.
const ROOT = path.join(import.meta.dirname, '..', '..');
interface Drawn {
  model: PlanModel;
  f: Format;
  l: Labels;
  charts: PlanCharts;
}
const drawn: Record<string, Drawn> = {};

beforeAll(async () => {
  for (const [name, dir] of [['en', ROOT], ['sv', path.join(ROOT, 'examples', 'sv')]] as const) {
    const facts = validatePlan((await readPlan('content', dir)).map((file) => parseSection(file)));
    if (!facts) throw new Error(`the ${name} example does not validate`);
    const model = computeModel(facts);
    const f = formatFor(facts.plan);
    const l = labelsFor(facts.plan.locale);
    drawn[name] = { model, f, l, charts: await planCharts(model, f, l) };
  }
});

/** Filled rectangles (ECharts' bars: `M x y l w 0 l 0 h l -w 0 Z`) in one of `colours`. */
function bars(svg: string, colours: readonly string[]) {
  const found = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l([\d.]+) 0l0 (-?[\d.]+)l-[\d.]+ 0Z" fill="(#[0-9a-f]{6})"/g)];
  return found.filter((m) => colours.includes(m[5]!)).map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: -Number(m[4]), fill: m[5]! }));
}
/** Symbols (a line's points) in `colour`: their centres. */
function points(svg: string, colour: string) {
  return [...svg.matchAll(/transform="matrix\([\d.]+,0,0,[\d.]+,([\d.]+),([\d.]+)\)" fill="([^"]+)"/g)]
    .filter((m) => m[3] === colour)
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
/** y of the value axis' zero: the axis line, the lowest horizontal stroke. */
const baseline = (svg: string) => Math.max(...[...svg.matchAll(/d="M[\d.]+ ([\d.]+)L[\d.]+ \1"/g)].map((m) => Number(m[1])));
const same = (ratios: number[]) => Math.max(...ratios) / Math.min(...ratios);

describe.each(['en', 'sv'])('the %s example’s charts', (name) => {
  it('capacity: a bar per month at its expected bookings, in its status’s colour; the target line at each month’s target', () => {
    const { model, charts } = drawn[name]!;
    const months = model.capacity!.months;
    for (const svg of [charts.capacity!.wide, charts.capacity!.narrow]) {
      const drawnBars = bars(svg, Object.values(STATUS_COLOURS)).sort((a, b) => a.x - b.x);
      expect(drawnBars.map((b) => b.fill)).toEqual(months.map((m) => STATUS_COLOURS[m.status]));
      // One scale for bars and line: pixels per unit of currency, the same for every month (within half a pixel).
      const scale = drawnBars.map((b, i) => b.height / Number(months[i]!.expected.toFixed(2)));
      expect(same(scale)).toBeLessThan(1 + 1 / Math.min(...drawnBars.map((b) => b.height)));
      const zero = baseline(svg);
      const target = points(svg, INK.target).sort((a, b) => a.x - b.x);
      expect(target).toHaveLength(months.length);
      target.forEach((p, i) => {
        expect(zero - p.y).toBeCloseTo(Number(months[i]!.target.toFixed(2)) * scale[0]!, -0.3);
      });
    }
  });

  it('capacity: months, statuses and amounts in the plan’s language, the description with the exact figures', () => {
    const { model, f, l, charts } = drawn[name]!;
    const months = model.capacity!.months;
    const labels = texts(charts.capacity!.wide);
    for (const m of months) expect(labels).toContain(f.month(m.key));
    for (const s of new Set(months.map((m) => m.status))) expect(labels).toContain(l[`status_${s}`]);
    expect(labels).toContain(l.chart_target_line);
    expect(labels).toContain(f.moneyWhole(model.capacity!.months[0]!.expected.mul(0)));
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(charts.capacity!.wide)![1]!;
    for (const m of months) expect(desc).toContain(`${f.month(m.key)}: ${f.money(m.expected)}`);
    for (const m of months) expect(desc).toContain(`${f.money(m.target)}, ${l[`status_${m.status}`].toLocaleLowerCase(f.locale)}`);
  });

  it('funnel: a bar per stage, its length the volume the stage needs (a linear scale), labelled with it', () => {
    const { model, f, charts } = drawn[name]!;
    for (const svg of [charts.funnel!.wide, charts.funnel!.narrow]) {
      const drawnBars = bars(svg, [SERIES_COLOURS[0]!]).sort((a, b) => a.y - b.y);
      expect(drawnBars).toHaveLength(model.funnel.length);
      const scale = drawnBars.map((b, i) => b.width / Number(model.funnel[i]!.need.period.toFixed(2)));
      expect(same(scale)).toBeLessThan(1.02);
      const labels = texts(svg);
      for (const s of model.funnel) expect(labels).toContain(f.count(s.need.period));
    }
  });

  it('ramp: a line per quota role, each point its ramp month’s productivity, ending at full productivity', () => {
    const { model, f, charts } = drawn[name]!;
    const roles = rampRoles(model);
    expect(roles.length).toBeGreaterThan(0);
    const svg = charts.ramp!.wide;
    const ramp = roles[0]!.ramp;
    const line = points(svg, SERIES_COLOURS[0]!).sort((a, b) => a.x - b.x);
    expect(line).toHaveLength(ramp.length + 1);
    const zero = baseline(svg);
    const full = zero - line.at(-1)!.y;
    ramp.forEach((step, i) => {
      expect((zero - line[i]!.y) / full).toBeCloseTo(Number(step.toFixed(4)), 2);
    });
    const labels = texts(svg);
    expect(labels).toContain(roles[0]!.title);
    expect(labels).toContain(f.percent(ramp.at(-1)!.mul(0).add(1)));
  });

  it('every chart: one viewBox, the product’s font from one constant, dark pairs for its ink, no halo', () => {
    const { charts } = drawn[name]!;
    for (const chart of [charts.capacity!, charts.funnel!, charts.ramp!]) {
      for (const svg of [chart.wide, chart.narrow]) {
        const open = /<svg[^>]*>/.exec(svg)![0];
        expect(open.match(/viewBox=/g)).toHaveLength(1);
        const families = [...svg.matchAll(/<text[^>]*font-family:([^;"]+)/g)].map((m) => m[1]);
        expect(new Set(families)).toEqual(new Set([FONT_FAMILY]));
        expect(svg).toContain(`[stroke="${INK.grid}"]{stroke:${DARK.grid}}`);
        expect(svg).not.toMatch(/<text[^>]* stroke=/);
      }
    }
  });
});

describe('legendLines', () => {
  it('puts the names in lines that fit the chart, in order, a line more the narrower it is', () => {
    expect(legendLines(['Short', 'On track', 'Target'], NARROW)).toEqual([['Short', 'On track', 'Target']]);
    const many = ['Sales Development Representative', 'Account Executive', 'Enterprise Account Executive', 'Partner Manager'];
    const lines = legendLines(many, NARROW);
    expect(lines.flat()).toEqual(many);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(legendLines(many, WIDE).length).toBeLessThan(lines.length);
  });
});

describe('funnelLayout', () => {
  it('wraps long stage names to the names’ column and makes the chart as tall as their lines', () => {
    const { model } = drawn.en!;
    const short = funnelLayout(model.funnel, NARROW);
    const long = funnelLayout(model.funnel.map((s) => ({ ...s, name: `${s.name} after a qualification call with the buyer` })), NARROW);
    expect(short.names).toEqual(model.funnel.map((s) => s.name));
    for (const name of long.names) expect(name.split('\n').length).toBeGreaterThan(1);
    expect(long.size.height).toBeGreaterThan(short.size.height);
    expect(long.size.width).toBe(NARROW.width);
  });
});
