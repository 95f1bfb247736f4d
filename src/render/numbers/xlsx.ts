import type { CellObject, WorkSheet } from '@e965/xlsx';
import { type Cell, type Figure, header, isDate, isFigure, type NumbersTable } from './cells.ts';
import { sheetValue } from './round.ts';

/** Excel's day 0 is 1899-12-30 (it counts a 1900-02-29 that never was); dates are whole days from it. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000;
}

/** The cell's number format: what the document rounds to, kept visible in the spreadsheet. */
function numberFormat(kind: Figure['kind'], minor: number, exact: boolean): string {
  if (exact) return kind === 'percent' ? '0.0##########%' : 'General';
  const money = minor === 0 ? '#,##0' : `#,##0.${'0'.repeat(minor)}`;
  const formats: Record<Figure['kind'], string> = {
    money,
    count: '#,##0',
    days: '#,##0',
    percent: '0.0%',
    fte: '0.0',
    rre: '0.00',
    rate: '0.00',
    ratio: '#,##0.##',
    months: '0.0',
    multiple: '0.0"×"',
  };
  return formats[kind];
}

function typedCell(cell: Cell, options: { exact: boolean; minor: number }): CellObject | null {
  if (cell === undefined) return null;
  if (typeof cell === 'string') return { t: 's', v: cell };
  if (typeof cell === 'number') return { t: 'n', v: cell };
  if (typeof cell === 'boolean') return { t: 'b', v: cell };
  if (isDate(cell)) return { t: 'n', v: serial(cell.date), z: 'yyyy-mm-dd' };
  if (!isFigure(cell)) return null;
  // A sheet holds a percentage as its fraction; sheetValue gives percentage points.
  const value = sheetValue(cell, options);
  const v = Number((cell.kind === 'percent' ? value.dividedBy(100) : value).toString());
  return { t: 'n', v, z: numberFormat(cell.kind, options.minor, options.exact) };
}

/**
 * One sheet per table: the header row (units in it), then typed cells (numbers, dates, yes/no). The library
 * is loaded only when a workbook is asked for: it is the largest thing `numbers` needs.
 */
export async function numbersXlsx(
  tables: readonly NumbersTable[],
  options: { exact: boolean; minor: number; currency: string },
): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const table of tables) {
    const headers = table.columns.map((c) => header(c, options.currency));
    const sheet: WorkSheet = XLSX.utils.aoa_to_sheet([headers]);
    XLSX.utils.sheet_add_aoa(
      sheet,
      table.rows.map((row) => row.map((cell) => typedCell(cell, options))),
      { origin: 'A2' },
    );
    sheet['!cols'] = headers.map((h, i) => ({ wch: Math.max(h.length, ...table.rows.map((r) => width(r[i]))) + 1 }));
    sheet['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: table.rows.length, c: headers.length - 1 } }) };
    XLSX.utils.book_append_sheet(book, sheet, table.name);
  }
  // No timestamps in the workbook: the same plan gives the same bytes (reproducible builds).
  book.Props = { Title: 'salesplan numbers', CreatedDate: new Date(0), ModifiedDate: new Date(0) };
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

function width(cell: Cell): number {
  if (typeof cell === 'string') return cell.length;
  if (isDate(cell)) return 10;
  return 12;
}
