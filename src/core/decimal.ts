import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one decimal type of the project. Numbers enter as the YAML source text and stay exact:
 * 40 significant digits keep repeating quotients (1 / 0.7) far below any rounding that shows.
 * toString() never switches to exponent notation (decimal.js does from 1e21 and below 1e-7 by default): every
 * exact figure in numbers.json, the CSV and a message reads as the plain digits it is.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpPos: 9e15,
  toExpNeg: -9e15,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function dec(value: DecimalJs.Value): Decimal {
  return new Decimal(value);
}

export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/** Ceil to a whole number: what people do and count (deals, meetings, emails, heads). */
export function ceil(value: Decimal): Decimal {
  return value.ceil();
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}
