import { Decimal } from '../../core/decimal.ts';
import { isoDate } from '../../core/dates.ts';
import { VALUE_LIMITS } from '../../core/limits.ts';
import type { RawCell } from './table.ts';

/**
 * How the export writes dates and amounts. `decimal` is the amount's decimal mark (its grouping is the other mark
 * and spaces); `slash` is how an ambiguous 03/04/2026 is read: month first (`mdy`, the US way, the default) or day
 * first (`dmy`). Decision: the export's language does not decide this, since an English export from a European
 * account writes day first: the mapping file's `date_order` does; dd.mm.yyyy is always day first.
 */
export interface ValueFormat {
  decimal: '.' | ',';
  slash: 'mdy' | 'dmy';
}

export const FORMAT_BY_LANGUAGE: Record<'en' | 'sv', ValueFormat> = {
  en: { decimal: '.', slash: 'mdy' },
  sv: { decimal: ',', slash: 'mdy' },
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const EXCEL_EPOCH_DAY = -25_569; // 1899-12-30 as a day number since 1970-01-01

function validDate(y: number, m: number, d: number): Parsed<string> {
  const { from, to } = VALUE_LIMITS.years;
  if (y < from || y > to) return { ok: false, problem: `the year ${y} is outside ${from}-${to}` };
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const day = Date.UTC(y, m - 1, d);
  if (m < 1 || m > 12 || new Date(day).getUTCDate() !== d) return { ok: false, problem: `${iso} is not a date that exists` };
  return { ok: true, value: iso };
}

/** An Excel serial day (1 = 1900-01-01; the fraction is the time of day, dropped). */
function fromSerial(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73_050) return { ok: false, problem: `${serial} is no date` };
  return { ok: true, value: isoDate(EXCEL_EPOCH_DAY + Math.floor(serial)) };
}

// A time after the date (`2026-10-14 09:32`, `…T09:32:00Z`) is dropped: the date is the day the CRM wrote.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

/** A calendar date from ISO, dd.mm.yyyy, m/d/yyyy (or d/m/yyyy) text or an Excel serial. */
export function parseDate(cell: RawCell, format: ValueFormat): Parsed<string> {
  if (typeof cell === 'number') return fromSerial(cell);
  const text = String(cell).trim();
  let m = ISO.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return format.slash === 'mdy' ? validDate(Number(m[3]), a, b) : validDate(Number(m[3]), b, a);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  return { ok: false, problem: `"${text}" is not a date salesplan reads` };
}

const SHAPES = { '.': /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/, ',': /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ } as const;
const SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** An amount as exact decimal, with the currency written beside it (`$`, `USD`, `SEK`) when there is one. */
export function parseAmount(cell: RawCell, format: ValueFormat): Parsed<{ amount: Decimal; currency?: string }> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { ok: true, value: { amount: new Decimal(String(cell)) } } : { ok: false, problem: `${cell} is no amount` };
  }
  let text = String(cell).trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-');
  let currency: string | undefined;
  const code = /^([A-Z]{3})(?=[-\d])|(?<=\d)([A-Z]{3})$/.exec(text);
  if (code) {
    currency = code[1] ?? code[2];
    text = text.replace(code[0], '');
  }
  const symbol = /^-?(US\$|\$|€|£|¥)|(US\$|\$|€|£|¥)$/.exec(text);
  if (symbol) {
    currency = SYMBOLS[symbol[1] ?? symbol[2] ?? ''];
    text = text.replace(symbol[1] ?? symbol[2] ?? '', '');
  }
  // Decision: "kr" names no one currency (SEK, NOK, DKK, ISK): it is dropped and the plan's currency assumed.
  text = text.replace(/(?<=\d),?-?kr\.?$/i, '');
  const group = format.decimal === '.' ? ',' : '.';
  // Groups of three digits only, so 12,500.00 read with decimal commas is refused rather than read as 12.5.
  const shape = SHAPES[format.decimal];
  const plain = text.split(group).join('').replace(format.decimal, '.');
  if (!shape.test(text) || !/^-?\d+(\.\d+)?$/.test(plain)) {
    return { ok: false, problem: `"${String(cell).trim()}" is not an amount written with "${format.decimal}" as the decimal mark` };
  }
  return { ok: true, value: { amount: new Decimal(plain), ...(currency ? { currency } : {}) } };
}

const TRUE_WORDS = new Set(['done', 'klar', 'true', 'yes', 'ja', '1', 'completed', 'complete', 'slutförd', 'avklarad', 'won', 'vunnen', 'sant']);

/** A yes/no cell: Done, Klar, Completed, true, yes, ja, 1 are yes; anything else (Not done, empty) is no. */
export function parseBoolean(cell: RawCell): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  return TRUE_WORDS.has(cell.trim().toLowerCase());
}

const WON = new Set(['won', 'vunnen', 'closed won', 'closedwon', 'stängd vunnen', 'stängd – vunnen', 'stängd och vunnen']);
const LOST = new Set(['lost', 'förlorad', 'closed lost', 'closedlost', 'stängd förlorad', 'stängd – förlorad', 'stängd och förlorad']);

/** A deal's status from a status or stage text: won, lost, open, or undefined when the text says neither. */
export function dealStatus(text: string): 'won' | 'lost' | 'open' | undefined {
  const t = text.trim().toLowerCase();
  if (WON.has(t)) return 'won';
  if (LOST.has(t)) return 'lost';
  if (t === 'open' || t === 'öppen' || t === 'öppna') return 'open';
  return undefined;
}
