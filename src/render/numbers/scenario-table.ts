import type { Labels } from '../../core/labels/index.ts';
import type { ComparisonUnit, ScenarioComparison } from '../../model/index.ts';
import { type Cell, figure, type FigureKind, type NumbersTable } from './cells.ts';

const KIND: Record<Exclude<ComparisonUnit, 'status'>, FigureKind> = { money: 'money', count: 'count', rate: 'percent', months: 'months' };

/**
 * The comparison as one table: a row per figure (group, what it is about, the measure), each scenario's value, and
 * each scenario's difference against the base (`<id>_vs_base`). A coverage row is followed by its status words.
 */
export function scenarioTable(comparison: ScenarioComparison, labels: Labels): NumbersTable {
  const statusWord = { green: labels.status_green, yellow: labels.status_yellow, orange: labels.status_orange, red: labels.status_red };
  const others = comparison.columns.slice(1);
  const rows: Cell[][] = [];
  for (const row of comparison.rows) {
    const kind = KIND[row.unit as Exclude<ComparisonUnit, 'status'>] ?? 'ratio';
    const shown = figure(kind);
    rows.push([row.group, row.subject || undefined, row.measure, ...row.cells.map((c) => shown(c.value)), ...row.cells.slice(1).map((c) => shown(c.delta))]);
    if (row.measure === 'coverage') {
      rows.push([row.group, row.subject || undefined, 'status', ...row.cells.map((c) => (c.status ? statusWord[c.status] : undefined)), ...others.map(() => undefined)]);
    }
  }
  return {
    name: 'scenarios',
    description: 'The scenarios side by side with the plan as written (base): each figure, and each scenario’s difference against the base.',
    columns: [
      { key: 'group' },
      { key: 'subject' },
      { key: 'measure' },
      ...comparison.columns.map((c) => ({ key: c.id })),
      ...others.map((c) => ({ key: `${c.id}_vs_base` })),
    ],
    rows,
  };
}
