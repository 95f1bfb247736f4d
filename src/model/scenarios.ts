import { Decimal } from '../core/decimal.ts';
import type { PlanModel, Status } from './types.ts';

/**
 * Scenarios side by side (issue 15): the figures a reader compares, one row each, with every scenario's value and
 * its difference against the base (the plan as written), computed here so the document only formats them.
 */

/** One computed scenario: the base (the plan as written) is the first column of a comparison. */
export interface ScenarioModel {
  id: string;
  name: string;
  description?: string;
  model: PlanModel;
}

/** Which way is good for a figure; `undefined`: neither (a target, a deal size). */
export type Better = 'higher' | 'lower' | undefined;
/** How a scenario's value compares with the base's: `changed` when neither way is better. */
export type Trend = 'same' | 'better' | 'worse' | 'changed';

export type ComparisonGroup = 'deals' | 'funnel' | 'activities' | 'headcount' | 'capacity' | 'economics';
export type ComparisonMeasure =
  | 'target'
  | 'average_deal_size'
  | 'deals_needed'
  | 'stage_need'
  | 'per_day'
  | 'needed'
  | 'missing'
  | 'expected'
  | 'gap'
  | 'coverage'
  | 'status'
  | 'total_cost'
  | 'cac'
  | 'payback_months';
export type ComparisonUnit = 'money' | 'count' | 'rate' | 'months' | 'status';

export interface ComparisonCell {
  /** Absent when the scenario has no such figure (a stage or role it lacks, payback without a margin). */
  value?: Decimal;
  status?: Status;
  /** value − the base's value; absent for the base and when either is absent. */
  delta?: Decimal;
  trend: Trend;
}

export interface ComparisonRow {
  group: ComparisonGroup;
  /** Stable across scenarios: `funnel.opportunity`, `capacity.2026-10.gap`. */
  key: string;
  /** What the row is about, as the plan names it: a stage, an activity, a role, a month key; '' for the plan. */
  subject: string;
  measure: ComparisonMeasure;
  unit: ComparisonUnit;
  better: Better;
  /** One per column, the base first. */
  cells: ComparisonCell[];
  /** Some scenario differs from the base here. */
  differs: boolean;
}

export interface ScenarioComparison {
  columns: { id: string; name: string; description?: string }[];
  rows: ComparisonRow[];
  /** The monthly gap (expected − target) per column, for the chart; absent without quota roles. */
  gaps?: { months: string[]; series: { id: string; name: string; gaps: Decimal[] }[] };
}

const STATUS_RANK: Record<Status, number> = { green: 0, yellow: 1, orange: 2, red: 3 };

type Pick = (model: PlanModel) => { value?: Decimal | undefined; status?: Status | undefined } | undefined;
/** A row before it is computed: the row's own fields, and how to read its figure from one scenario's model. */
type RowSpec = Omit<ComparisonRow, 'cells' | 'differs'> & { pick: Pick };

function specs(models: readonly PlanModel[]): RowSpec[] {
  const rows: RowSpec[] = [];
  const add = (group: ComparisonGroup, key: string, subject: string, measure: ComparisonMeasure, unit: ComparisonUnit, better: Better, pick: Pick) => {
    if (!rows.some((r) => r.key === key)) rows.push({ group, key, subject, measure, unit, better, pick });
  };
  add('deals', 'deals.target', '', 'target', 'money', undefined, (m) => ({ value: m.deals.target }));
  add('deals', 'deals.average_deal_size', '', 'average_deal_size', 'money', undefined, (m) => ({ value: m.deals.averageDealSize }));
  add('deals', 'deals.needed', '', 'deals_needed', 'count', 'lower', (m) => ({ value: m.deals.needed }));
  for (const model of models) {
    for (const stage of model.funnel) {
      add('funnel', `funnel.${stage.id}`, stage.name, 'stage_need', 'count', 'lower', (m) => {
        const row = m.funnel.find((f) => f.id === stage.id);
        return row && { value: row.need.period };
      });
    }
  }
  for (const model of models) {
    for (const source of model.sources) {
      add('activities', `activities.${source.activity}`, source.name, 'per_day', 'count', 'lower', (m) => {
        const row = m.sources.find((s) => s.activity === source.activity);
        return row && { value: row.volume.perDay };
      });
    }
  }
  for (const model of models) {
    for (const role of model.headcount) {
      const find = (m: PlanModel) => m.headcount.find((h) => h.role === role.role);
      add('headcount', `headcount.${role.role}.needed`, role.title, 'needed', 'count', 'lower', (m) => {
        const row = find(m);
        return row && { value: row.needed };
      });
      add('headcount', `headcount.${role.role}.missing`, role.title, 'missing', 'count', 'lower', (m) => {
        const row = find(m);
        return row && { value: new Decimal(row.missing) };
      });
    }
  }
  add('headcount', 'headcount.missing', '', 'missing', 'count', 'lower', (m) => ({ value: new Decimal(m.missingHeads) }));
  for (const model of models) {
    const months = [...(model.capacity?.months ?? []), ...(model.capacity ? [model.capacity.total] : [])];
    for (const month of months) {
      const find = (m: PlanModel) => (m.capacity?.total.key === month.key ? m.capacity.total : m.capacity?.months.find((c) => c.key === month.key));
      add('capacity', `capacity.${month.key}.target`, month.key, 'target', 'money', undefined, (m) => {
        const row = find(m);
        return row && { value: row.target };
      });
      add('capacity', `capacity.${month.key}.expected`, month.key, 'expected', 'money', 'higher', (m) => {
        const row = find(m);
        return row && { value: row.expected };
      });
      add('capacity', `capacity.${month.key}.gap`, month.key, 'gap', 'money', 'higher', (m) => {
        const row = find(m);
        return row && { value: row.gap };
      });
      add('capacity', `capacity.${month.key}.coverage`, month.key, 'coverage', 'rate', 'higher', (m) => {
        const row = find(m);
        return row && { value: row.coverage, status: row.status };
      });
    }
  }
  add('economics', 'economics.total_cost', '', 'total_cost', 'money', 'lower', (m) => ({ value: m.economics.totalCost }));
  add('economics', 'economics.cac', '', 'cac', 'money', 'lower', (m) => ({ value: m.economics.cac }));
  add('economics', 'economics.payback_months', '', 'payback_months', 'months', 'lower', (m) => ({ value: m.economics.paybackMonths }));
  return rows;
}

function trendOf(delta: Decimal, better: Better): Trend {
  if (delta.isZero()) return 'same';
  if (better === undefined) return 'changed';
  return delta.gt(0) === (better === 'higher') ? 'better' : 'worse';
}

function cellsOf(spec: RowSpec, models: readonly PlanModel[]): ComparisonCell[] {
  const picked = models.map((m) => spec.pick(m));
  const base = picked[0];
  return picked.map((p, i) => {
    const cell: ComparisonCell = { trend: 'same' };
    if (p?.value !== undefined) cell.value = p.value;
    if (p?.status !== undefined) cell.status = p.status;
    if (i === 0) return cell;
    if (cell.value === undefined || base?.value === undefined) {
      cell.trend = cell.value === base?.value ? 'same' : 'changed';
      return cell;
    }
    cell.delta = cell.value.minus(base.value);
    cell.trend = trendOf(cell.delta, spec.better);
    // The status can move while the coverage barely does; a worse status is what a reader must see.
    if (cell.status && base.status && cell.status !== base.status) cell.trend = STATUS_RANK[cell.status] < STATUS_RANK[base.status] ? 'better' : 'worse';
    return cell;
  });
}

/** The base and its scenarios side by side; `base.model` is the plan as written. */
export function compareScenarios(base: ScenarioModel, scenarios: readonly ScenarioModel[]): ScenarioComparison {
  const all = [base, ...scenarios];
  const models = all.map((s) => s.model);
  const rows = specs(models).map((spec): ComparisonRow => {
    const cells = cellsOf(spec, models);
    const { pick: _pick, ...rest } = spec;
    return { ...rest, cells, differs: cells.some((c) => c.trend !== 'same') };
  });
  const comparison: ScenarioComparison = {
    columns: all.map(({ id, name, description }) => (description === undefined ? { id, name } : { id, name, description })),
    rows,
  };
  if (base.model.capacity) {
    const months = base.model.capacity.months.map((m) => m.key);
    comparison.gaps = {
      months,
      series: all.map((s) => ({
        id: s.id,
        name: s.name,
        gaps: months.map((key) => s.model.capacity?.months.find((m) => m.key === key)?.gap ?? new Decimal(0)),
      })),
    };
  }
  return comparison;
}
