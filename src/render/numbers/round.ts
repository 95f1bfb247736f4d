import { Decimal } from '../../core/decimal.ts';
import type { Figure, FigureKind } from './cells.ts';

/** Decimal places the document shows per kind (money: the currency's minor unit, passed in). */
const PLACES: Record<Exclude<FigureKind, 'money' | 'percent'>, number> = {
  count: 0,
  fte: 1,
  rre: 2,
  rate: 2,
  ratio: 2,
  days: 0,
  months: 1,
  multiple: 1,
};

/** The currency's minor unit as Intl knows it: 2 for USD and SEK, 0 for JPY. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A figure as the number a spreadsheet should hold: percentages in percentage points (25.0 for 25%), rounded as
 * the document shows it (half away from zero as Intl does; counts ceiled, as the document ceils them), or exact.
 */
export function sheetValue(figure: Figure, options: { exact: boolean; minor: number }): Decimal {
  const value = figure.kind === 'percent' ? figure.n.times(100) : figure.n;
  if (options.exact) return value;
  if (figure.kind === 'count') return value.toDecimalPlaces(0, Decimal.ROUND_CEIL);
  const places = figure.kind === 'money' ? options.minor : figure.kind === 'percent' ? 1 : PLACES[figure.kind];
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Decimals as plain digits: never exponent notation, however large or small. */
export function plainDigits(value: Decimal): string {
  return value.toFixed();
}
