import { stringify } from 'csv-stringify/sync';
import type { Format } from '../../core/format.ts';
import { labelsFor } from '../../core/labels/index.ts';
import type { GoalSeekResult, PlanModel, ScenarioComparison, Sensitivity } from '../../model/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import { header, type NumbersTable } from './cells.ts';
import { csvConventions, plainCell, shownCell } from './cell-text.ts';
import { minorDigits } from './round.ts';
import { goalSeekTable } from './goal-seek-table.ts';
import { scenarioTable } from './scenario-table.ts';
import { numbersTables } from './tables.ts';
import { numbersXlsx } from './xlsx.ts';

export type NumbersFormat = 'table' | 'json' | 'csv' | 'xlsx';

export interface NumbersOptions {
  /** Full precision instead of the document's rounding. */
  exact?: boolean;
  /** CSV only; default from the plan's locale (see csvConventions). */
  delimiter?: string;
  decimal?: string;
}

/** The model's tables in the plan's language (status words, names), each with typed cells. */
export function planTables(model: PlanModel): NumbersTable[] {
  return numbersTables(model, labelsFor(model.locale));
}

/** The scenarios compared with the base, as one table (`numbers --scenarios`). */
export function comparisonTable(comparison: ScenarioComparison, model: PlanModel): NumbersTable {
  return scenarioTable(comparison, labelsFor(model.locale));
}

/** The goal-seek of the base plan as one table (`numbers --scenarios --table goal_seek`). */
export { goalSeekTable };

/**
 * `numbers --scenarios --format json`: the comparison, the base's goal-seek and sensitivity (each input moved by
 * ±N %, ranked by its effect on the period's gap), then each scenario's overrides, goal-seek and whole model.
 */
export function scenariosJson(
  facts: PlanFacts,
  comparison: ScenarioComparison,
  scenarios: readonly { id: string; name: string; description?: string; overrides: { path: string; value: unknown }[]; model: PlanModel }[],
  goalSeek: readonly GoalSeekResult[] = [],
  sensitivity?: Sensitivity,
): string {
  const doc = {
    format: 'salesplan-scenarios/1',
    plan: { title: facts.plan.title, company: facts.plan.company, currency: facts.plan.currency, locale: facts.plan.locale },
    comparison,
    goalSeek,
    ...(sensitivity && { sensitivity }),
    scenarios: scenarios.map(({ model, ...about }) => ({ ...about, model })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * JSON is the model itself (Decimals become exact strings), wrapped with a format version so scripts
 * can rely on it: field names follow src/model/types.ts and change only with `format`.
 */
export function numbersJson(facts: PlanFacts, model: PlanModel, scenario?: { id: string; name: string }): string {
  const { messages, ...figures } = model;
  const doc = {
    format: 'salesplan-numbers/1',
    plan: { title: facts.plan.title, company: facts.plan.company, currency: model.currency, locale: model.locale },
    ...(scenario && { scenario }),
    ...figures,
    messages,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One table as CSV for a spreadsheet: a header row with units, then plain figures in the locale's decimals. */
export function numbersCsv(table: NumbersTable, model: PlanModel, options: NumbersOptions = {}): string {
  const decimal = options.decimal ?? csvConventions(model.locale).decimal;
  // A comma decimal in a comma-separated file would split every figure: the default delimiter follows the decimal.
  const delimiter = options.delimiter ?? (decimal === ',' ? ';' : ',');
  const plain = { exact: options.exact ?? false, minor: minorDigits(model.currency), decimal };
  const rows = [table.columns.map((c) => header(c, model.currency)), ...table.rows.map((r) => r.map((cell) => plainCell(cell, plain)))];
  return stringify(rows, { delimiter, record_delimiter: 'unix' });
}

/** Every table (or the chosen ones) as one workbook, a sheet per table. */
export function numbersWorkbook(tables: readonly NumbersTable[], model: PlanModel, options: NumbersOptions = {}): Promise<Uint8Array> {
  return numbersXlsx(tables, { exact: options.exact ?? false, minor: minorDigits(model.currency), currency: model.currency });
}

/** Aligned plain-text tables for the terminal, figures as the document shows them. */
export function numbersText(tables: readonly NumbersTable[], model: PlanModel, f: Format, options: NumbersOptions = {}): string {
  const shown = { exact: options.exact ?? false, minor: minorDigits(model.currency) };
  return tables
    .map((table) => {
      const all = [table.columns.map((c) => header(c, model.currency)), ...table.rows.map((r) => r.map((cell) => shownCell(cell, f, shown)))];
      const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
      const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
      return [table.name.toUpperCase(), ...all.map(line)].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
