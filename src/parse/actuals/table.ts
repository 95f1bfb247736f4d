import { parse } from 'csv-parse/sync';
import { createRequire } from 'node:module';
import { ACTUALS_LIMITS } from '../../core/limits.ts';

/** One cell as the export holds it: CSV text, or an XLSX cell's stored value (a date cell is its serial number). */
export type RawCell = string | number | boolean;

export interface RawTable {
  headers: string[];
  /** `line` is the row's number as a spreadsheet shows it (the header is row 1), or the CSV line it starts on. */
  rows: { line: number; cells: RawCell[] }[];
}

export class TableError extends Error {
  override name = 'TableError';
  constructor(
    message: string,
    readonly hint: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** `;` or `,` (or a tab), whichever the header line holds more of outside quotes: Excel in Sweden writes `;`. */
export function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  const candidates = [';', ',', '\t'].map((c) => ({ c, n: count(c) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0] && candidates[0].n > 0 ? candidates[0].c : ',';
}

// Decision: the XLSX reader is loaded when an export is a workbook, not with every command: it is a large
// module, and check, build and the language server run without one far more often than with one.
let xlsx: typeof import('@e965/xlsx') | undefined;
const xlsxReader = () => {
  xlsx ??= createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
  return xlsx;
};

const decoder = new TextDecoder('utf-8', { fatal: true });

function csvTable(bytes: Buffer): RawTable {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new TableError('the file is not UTF-8 text', 'export it again as "CSV UTF-8", or save it as UTF-8 in a text editor');
  }
  text = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: sniffDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: ACTUALS_LIMITS.cellChars * 50,
      to: ACTUALS_LIMITS.rows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new TableError(`the file is not CSV salesplan can read: ${e.message ?? String(error)}`, 'check the quotes on that line, or export the file again', e.lines);
  }
  const [head, ...rest] = records;
  if (!head) return { headers: [], rows: [] };
  return { headers: head.record, rows: rest.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}

function xlsxTable(bytes: Buffer): RawTable {
  // Decision: only the first sheet is read (what each CRM exports); formulas are never evaluated, a formula cell
  // gives the value the file stored for it. No external links, no macros: the reader does not load them.
  const { read, utils } = xlsxReader();
  let book: ReturnType<typeof read>;
  try {
    book = read(bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellDates: false, sheets: 0, sheetRows: ACTUALS_LIMITS.rows + 2 });
  } catch (error) {
    throw new TableError(`the file is not a workbook salesplan can read (${(error as Error).message})`, 'export it again as .xlsx or .csv');
  }
  const name = book.SheetNames[0];
  const sheet = name ? book.Sheets[name] : undefined;
  if (!sheet) return { headers: [], rows: [] };
  const matrix = utils.sheet_to_json<RawCell[]>(sheet, { header: 1, raw: true, blankrows: false, defval: '' });
  const range = utils.decode_range(sheet['!ref'] ?? 'A1');
  const [head, ...rest] = matrix;
  if (!head) return { headers: [], rows: [] };
  // sheet_to_json with blankrows:false drops empty rows, so each row's number comes from its __rowNum__.
  const rowNumber = (row: RawCell[], i: number) => ((row as unknown as { __rowNum__?: number }).__rowNum__ ?? i + 1 + range.s.r) + 1;
  return { headers: head.map(String), rows: rest.map((cells, i) => ({ line: rowNumber(cells, i + 1), cells })) };
}

export function readTable(name: string, bytes: Buffer): RawTable {
  const table = /\.xlsx$/i.test(name) ? xlsxTable(bytes) : csvTable(bytes);
  if (table.rows.length > ACTUALS_LIMITS.rows) {
    throw new TableError(`the export has more than ${ACTUALS_LIMITS.rows} rows`, 'split it by period or owner, or export only the plan period');
  }
  return table;
}
