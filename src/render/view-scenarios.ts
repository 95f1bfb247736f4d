import type { Decimal } from '../core/decimal.ts';
import { isDecimal } from '../core/decimal.ts';
import type { Format } from '../core/format.ts';
import { fillLabel, fillLabels, type Labels } from '../core/labels/index.ts';
import type { ComparisonGroup, ComparisonRow, ComparisonUnit, ScenarioComparison, Trend } from '../model/index.ts';
import type { RenderInput } from './types.ts';
import { goalSeekView } from './view-goal-seek.ts';
import { sensitivityView } from './view-sensitivity.ts';

const GROUPS: ComparisonGroup[] = ['deals', 'funnel', 'activities', 'headcount', 'capacity', 'economics'];
const MARK: Record<Trend, string> = { same: '', better: '▲', worse: '▼', changed: '●' };

export function shown(unit: ComparisonUnit, value: Decimal | undefined, f: Format): string | undefined {
  if (value === undefined) return undefined;
  switch (unit) {
    case 'money':
      return f.money(value);
    case 'count':
      return f.count(value);
    case 'rate':
      return f.percent(value);
    case 'months':
      return f.oneDecimal(value);
    case 'status':
      return undefined;
  }
}

/** A difference with its sign, as the capacity table shows a gap: `+$10,000.00`, `−4.0%`, `+6`. */
export function delta(unit: ComparisonUnit, value: Decimal | undefined, f: Format): string | undefined {
  const text = shown(unit, value?.abs(), f);
  if (text === undefined || value === undefined) return undefined;
  return `${value.isNegative() ? '−' : '+'}${text}`;
}

export function rowLabel(row: ComparisonRow, f: Format, l: Labels): string {
  switch (row.measure) {
    case 'stage_need':
      return fillLabel(l.stage_need, row.subject);
    case 'per_day':
      return fillLabel(l.scenario_per_day, row.subject);
    case 'needed':
      return fillLabel(l.scenario_needed, row.subject);
    case 'missing':
      return row.subject ? fillLabel(l.scenario_missing, row.subject) : l.heads_missing;
    case 'target':
    case 'expected':
    case 'gap':
    case 'coverage':
      if (row.group !== 'capacity') return l.target;
      return fillLabels(l.scenario_month, { name: /^\d{4}-\d{2}$/.test(row.subject) ? f.month(row.subject) : row.subject, measure: l[row.measure] });
    default:
      return l[row.measure as 'average_deal_size' | 'deals_needed' | 'total_cost' | 'cac' | 'payback_months'];
  }
}

/** A value of the plan's YAML as the author wrote it, for the list of what a scenario changes. */
function written(value: unknown): string {
  if (isDecimal(value)) return value.toString();
  if (value === null) return '—';
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${written(v)}`).join(', ')} }`;
  }
  return String(value);
}

/** The comparison page: every figure of the model's comparison formatted, each difference with its mark. */
export function scenariosView(scenarios: NonNullable<RenderInput['scenarios']>, f: Format, l: Labels) {
  const comparison: ScenarioComparison = scenarios.comparison;
  const statusWord = { green: l.status_green, yellow: l.status_yellow, orange: l.status_orange, red: l.status_red };
  const trendWord: Record<Trend, string> = { same: '', better: l.scenario_better, worse: l.scenario_worse, changed: l.scenario_changed };
  const columns = comparison.columns.map((c, i) => ({ name: i === 0 ? l.scenario_base : c.name, isBase: i === 0 }));
  const groups = GROUPS.map((group) => ({
    title: l[`scenario_group_${group}`],
    rows: comparison.rows
      .filter((r) => r.group === group)
      .map((row) => ({
        label: rowLabel(row, f, l),
        differs: row.differs,
        cells: row.cells.map((cell, i) => ({
          text: shown(row.unit, cell.value, f) ?? l.none,
          status: cell.status,
          statusLabel: cell.status ? statusWord[cell.status] : undefined,
          delta: i === 0 || cell.trend === 'same' ? undefined : delta(row.unit, cell.delta, f),
          trend: cell.trend,
          mark: MARK[cell.trend],
          trendLabel: trendWord[cell.trend],
        })),
      })),
  })).filter((g) => g.rows.length > 0);
  return {
    columns,
    groups,
    chart: scenarios.chart,
    goalSeek: goalSeekView(scenarios.goalSeek, f, l),
    // Each scenario's own goal-seek, after the base's: what it takes that version of the plan.
    scenarioGoalSeek: scenarios.runs.flatMap((run) => {
      const view = goalSeekView(run.goalSeek, f, l);
      return view ? [{ title: fillLabel(l.goal_seek_in_scenario, run.name), ...view }] : [];
    }),
    sensitivity: sensitivityView(scenarios.sensitivity, f, l),
    tornado: scenarios.tornado,
    changes: scenarios.runs.map((run) => ({
      name: run.name,
      description: run.description,
      overrides: run.overrides.map((o) => ({ path: o.path, value: written(o.value) })),
    })),
  };
}
