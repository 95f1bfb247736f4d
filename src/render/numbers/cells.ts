import type { Decimal } from '../../core/decimal.ts';

/**
 * How a figure is shown in the document, which decides how `numbers` rounds it (unless `--exact`) and the number
 * format of its spreadsheet cell. One kind per method of the document's formatter (core/format.ts).
 */
export type FigureKind =
  | 'money' // to the currency's minor unit
  | 'count' // whole things people do, ceiled
  | 'percent' // a fraction, shown as a percentage to one decimal
  | 'fte' // one decimal
  | 'rre' // two decimals
  | 'rate' // an outcome per day or week, two decimals
  | 'ratio' // at most two decimals
  | 'days' // whole days
  | 'months' // one decimal
  | 'multiple'; // one decimal

export interface Figure {
  n: Decimal;
  kind: FigureKind;
}

/** A typed cell: text, a whole number (days, heads), a date (ISO), a yes/no, a figure, or empty. */
export type Cell = string | number | { date: string } | boolean | Figure | undefined;

/** The unit a column's header names: the currency code for money, `%` for percentages. */
export type Unit = 'currency' | '%';

export interface Column {
  /** snake_case, stable across releases: scripts select columns by it. */
  key: string;
  unit?: Unit;
}

/** A table of the model's figures with typed cells; the serialisers (text, CSV, XLSX) format it. */
export interface NumbersTable {
  name: string;
  /** What the table holds, in a sentence (the XLSX sheet's first line, `numbers --list`). */
  description: string;
  columns: Column[];
  rows: Cell[][];
}

export const figure = (kind: FigureKind) => (n: Decimal | undefined): Cell => (n === undefined ? undefined : { n, kind });
export const money = figure('money');
export const count = figure('count');
export const percent = figure('percent');
export const date = (iso: string | undefined): Cell => (iso === undefined ? undefined : { date: iso });

export function isFigure(cell: Cell): cell is Figure {
  return typeof cell === 'object' && 'n' in cell;
}

export function isDate(cell: Cell): cell is { date: string } {
  return typeof cell === 'object' && 'date' in cell;
}

/** `target (USD)`, `rate (%)`, `stage`. */
export function header(column: Column, currency: string): string {
  if (!column.unit) return column.key;
  return `${column.key} (${column.unit === 'currency' ? currency : column.unit})`;
}
