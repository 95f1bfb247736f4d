import { Decimal } from './decimal.ts';

/**
 * Display formatting for one plan's locale and currency. Decimals are handed to Intl as plain-notation
 * strings (toFixed() without digits), which Node formats exactly, so no binary float creeps into what shows.
 * One Intl object per kind, made once per plan: a build formats thousands of cells.
 */
export interface Format {
  locale: string;
  currency: string;
  /**
   * `$250,000` for a whole amount, `$5,937.50` for one with minor units: the cents show only where the figure
   * has them, so a table of whole targets does not read as accounting.
   */
  money(value: Decimal): string;
  /**
   * `$2,344`: money rounded to the whole currency unit (half away from zero), for a table of one rep's amounts
   * where the minor unit only adds width.
   */
  moneyWhole(value: Decimal): string;
  /** A signed difference of money, with the currency, cents as money() shows them: `+$11,875`, `−$5,937.50`. */
  gap(value: Decimal): string;
  /** gap() without the currency, for a chart's bar labels, whose axis gives the unit: `+11,875`, `−5,937.50`. */
  gapAmount(value: Decimal): string;
  /** Whole things people do or count, grouped: `12,800`. Ceiled if a fraction slips through. */
  count(value: Decimal | number): string;
  /** A fraction as a percentage to at most one decimal: `25%`, `27.1%` (no needless `.0`). */
  percent(value: Decimal): string;
  /** Full-time equivalents, one decimal: `10.0`. */
  fte(value: Decimal): string;
  /** Ramped rep equivalents, two decimals: `2.25`. */
  rre(value: Decimal): string;
  /** An outcome per day or week (deals), two decimals: `0.31`. */
  outcomeRate(value: Decimal): string;
  /** An exact ratio shown to at most two decimals, trailing zeros dropped: `1,280`, `1.43`. */
  ratio(value: Decimal): string;
  /** A multiple to one decimal: `4.0×`. */
  multiple(value: Decimal): string;
  /** A number to one decimal (months of payback). */
  oneDecimal(value: Decimal): string;
  /** `2026-10-02` as `Oct 2, 2026`. */
  date(iso: string): string;
  /** `2026-10` as `Oct 2026`. */
  month(key: string): string;
  /** An ISO timestamp as date and time (UTC). */
  timestamp(iso: string): string;
  /** The plural category of a count, to pick a label: `one`, `other`... */
  plural(n: number): Intl.LDMLPluralRule;
}

const MINUS = '\u2212';

function plain(value: Decimal | number): string {
  return typeof value === 'number' ? String(value) : value.toFixed();
}

/** Intl writes a hyphen-minus in some locales; a real minus sign reads better in a table of gaps. */
function realMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

function fixed(locale: string, digits: number, extra: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...extra });
}

function utcDate(iso: string): Date | undefined {
  const date = new Date(/^\d{4}-\d{2}(-\d{2})?$/.test(iso) ? `${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function createFormat(locale: string, currency: string): Format {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const moneyWhole = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const gap = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay: 'exceptZero' });
  const minor = money.resolvedOptions().maximumFractionDigits ?? 2;
  const gapAmount = fixed(locale, minor, { signDisplay: 'exceptZero' });
  // Whole as shown: a prorated 32,499.99999… prints as 32,500.00, which reads as a whole amount with needless cents.
  const wholeShown = (v: Decimal) => v.toDecimalPlaces(minor, Decimal.ROUND_HALF_UP).isInteger();
  const gapAmountWhole = fixed(locale, 0, { signDisplay: 'exceptZero' });
  const gapWhole = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay: 'exceptZero', minimumFractionDigits: 0, maximumFractionDigits: 0 });
  // roundingMode is Intl.NumberFormat v3 (Node 20); the ES2023 lib typings predate it.
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, roundingMode: 'ceil' } as Intl.NumberFormatOptions);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const one = fixed(locale, 1);
  const two = fixed(locale, 2);
  const ratio = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const timestamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const plural = new Intl.PluralRules(locale);
  // Intl's typings take number | bigint; at run time a decimal string is formatted exactly.
  const fmt = (nf: Intl.NumberFormat, value: Decimal | number) => nf.format(plain(value) as unknown as number);
  const dated = (df: Intl.DateTimeFormat, iso: string) => {
    const d = utcDate(iso);
    return d ? df.format(d) : iso;
  };
  return {
    locale,
    currency,
    money: (v) => realMinus(fmt(wholeShown(v) ? moneyWhole : money, v)),
    moneyWhole: (v) => realMinus(fmt(moneyWhole, v)),
    gap: (v) => realMinus(fmt(wholeShown(v) ? gapWhole : gap, v)),
    gapAmount: (v) => realMinus(fmt(wholeShown(v) ? gapAmountWhole : gapAmount, v)),
    count: (v) => realMinus(fmt(count, v)),
    percent: (v) => realMinus(fmt(percent, v)),
    fte: (v) => fmt(one, v),
    rre: (v) => fmt(two, v),
    outcomeRate: (v) => fmt(two, v),
    ratio: (v) => fmt(ratio, v),
    multiple: (v) => `${fmt(one, v)}×`,
    oneDecimal: (v) => realMinus(fmt(one, v)),
    date: (iso) => dated(date, iso),
    month: (key) => dated(month, key),
    timestamp: (iso) => dated(timestamp, iso),
    plural: (n) => plural.select(n),
  };
}

/** The formatter of a plan's locale and currency: a build makes one (see present.ts) and hands it to every output. */
export function formatFor(plan: { locale: string; currency: string }): Format {
  return createFormat(plan.locale, plan.currency);
}
