import { isDecimal } from '../core/decimal.ts';
import type { Format } from '../core/format.ts';
import { fillLabels, type Labels } from '../core/labels/index.ts';
import type { Sensitivity, SensitivityFigures, SensitivityRow } from '../model/index.ts';
import type { TornadoChart } from './charts/tornado-chart.ts';

/** What the table and the chart call an input: `Win rate`, `Account Executive quota`, `Start of hire-ae-4 (AE)`. */
export function inputLabel(row: SensitivityRow, f: Format, l: Labels): string {
  const activity = (row.activityName ?? '').toLocaleLowerCase(f.locale);
  if (row.kind === 'stage_rate' && row.winRate) return l.sens_win_rate;
  if (row.kind === 'source_yield' && row.unit === 'rate') return fillLabels(l.sens_source_rate, { name: row.name });
  return fillLabels(l[`sens_${row.kind}`], { name: row.name, activity });
}

function valueText(row: SensitivityRow, value: SensitivityRow['base'], f: Format): string {
  if (!isDecimal(value)) return f.date(value);
  switch (row.unit) {
    case 'rate':
      return f.percent(value);
    case 'money':
      return f.money(value);
    default:
      return f.ratio(value);
  }
}

function figures(fig: SensitivityFigures, f: Format, l: Labels) {
  return {
    gap: f.gap(fig.gap),
    deals: f.count(fig.deals),
    heads: fillLabels(l.sensitivity_heads_value, { needed: f.count(fig.headsNeeded), missing: f.count(fig.headsMissing) }),
  };
}

/** The ranked table and the tornado's input, every figure the model's, formatted here. */
export function sensitivityView(sensitivity: Sensitivity | undefined, f: Format, l: Labels) {
  if (!sensitivity) return undefined;
  const percent = f.percent(sensitivity.config.percent.div(100));
  const terms = { percent, weeks: f.count(sensitivity.config.weeks), period: sensitivity.period, gap: f.gap(sensitivity.base.gap) };
  return {
    intro: fillLabels(l.sensitivity_intro, terms),
    chartTitle: fillLabels(l.sensitivity_chart, terms),
    chartCaption: fillLabels(l.sensitivity_chart_caption, terms),
    base: figures(sensitivity.base, f, l),
    rows: sensitivity.rows.map((row) => ({
      label: inputLabel(row, f, l),
      path: row.path,
      plan: fillLabels(l.sensitivity_plan_value, { value: valueText(row, row.base, f) }),
      low: { change: fillLabels(row.unit === 'date' ? l.sensitivity_earlier : l.sensitivity_low_short, terms), value: valueText(row, row.low.value, f), ...figures(row.low.figures, f, l) },
      high: { change: fillLabels(row.unit === 'date' ? l.sensitivity_later : l.sensitivity_high_short, terms), value: valueText(row, row.high.value, f), ...figures(row.high.figures, f, l) },
    })),
  };
}

/** The tornado's rows: the inputs that move the gap, ranked as the model ranked them. */
export function tornadoInput(sensitivity: Sensitivity, f: Format, l: Labels): TornadoChart {
  const percent = f.percent(sensitivity.config.percent.div(100));
  const rows = sensitivity.rows
    .filter((r) => !r.swing.isZero())
    .map((r) => ({ label: inputLabel(r, f, l), lowGap: r.low.figures.gap, highGap: r.high.figures.gap, lowText: f.gapAmount(r.low.figures.gap), highText: f.gapAmount(r.high.figures.gap) }));
  const terms = { period: sensitivity.period, gap: f.gap(sensitivity.base.gap), count: f.count(rows.length) };
  const top = rows[0];
  return {
    title: fillLabels(l.sensitivity_chart, terms),
    desc: fillLabels(l.sensitivity_chart_desc, { ...terms, name: top?.label ?? '', low: top ? f.gap(top.lowGap) : '', high: top ? f.gap(top.highGap) : '' }),
    lowName: fillLabels(l.sensitivity_low_short, { percent }),
    highName: fillLabels(l.sensitivity_high_short, { percent }),
    base: sensitivity.base.gap,
    baseText: f.gapAmount(sensitivity.base.gap),
    tick: (v) => f.count(Math.round(v)),
    rows,
  };
}
