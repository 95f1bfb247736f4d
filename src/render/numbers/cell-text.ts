import type { Format } from '../../core/format.ts';
import { type Cell, type Figure, isDate, isFigure } from './cells.ts';
import { plainDigits, sheetValue } from './round.ts';

export interface PlainOptions {
  exact: boolean;
  minor: number;
  /** The decimal mark written in figures: `.` or `,`. */
  decimal: string;
}

/** A cell as a spreadsheet reads it from CSV: plain digits (no grouping, no symbol), ISO dates, true/false. */
export function plainCell(cell: Cell, options: PlainOptions): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (isDate(cell)) return cell.date;
  const digits = plainDigits(sheetValue(cell, options));
  return options.decimal === '.' ? digits : digits.replace('.', options.decimal);
}

/** A cell as the document shows it (`$250,000.00`, `25.0%`, `12,800`), for the terminal. */
export function shownCell(cell: Cell, f: Format, options: { exact: boolean; minor: number }): string {
  if (!isFigure(cell)) return plainCell(cell, { ...options, decimal: '.' });
  if (options.exact) return `${plainDigits(sheetValue(cell, options))}${cell.kind === 'percent' ? '%' : ''}`;
  return shown(cell, f);
}

function shown({ n, kind }: Figure, f: Format): string {
  switch (kind) {
    case 'money':
      return f.money(n);
    case 'count':
    case 'days':
      return f.count(n);
    case 'percent':
      return f.percent(n);
    case 'fte':
      return f.fte(n);
    case 'rre':
      return f.rre(n);
    case 'rate':
      return f.outcomeRate(n);
    case 'ratio':
      return f.ratio(n);
    case 'months':
      return f.oneDecimal(n);
    case 'multiple':
      return f.multiple(n);
  }
}

/** The locale's decimal mark: `,` for Swedish, `.` for English. */
export function csvConventions(locale: string): { decimal: string } {
  return { decimal: new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.' };
}
