import type { Decimal } from '../../core/decimal.ts';

/** A table of the model's figures, unformatted (no currency, no grouping, up to 15 significant digits): what `numbers` prints as table or CSV. */
export interface NumbersTable {
  name: string;
  columns: string[];
  rows: string[][];
}

// 15 significant digits: what a spreadsheet keeps, and enough that OTE / 12 does not print 40 digits.
// JSON keeps the model's full precision.
export const exact = (d: Decimal | undefined) => (d === undefined ? '' : d.toSignificantDigits(15).toString());
