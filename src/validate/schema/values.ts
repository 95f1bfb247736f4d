import { z } from 'zod';
import { Decimal, isDecimal } from '../../core/decimal.ts';
import { TEXT_LIMITS, VALUE_LIMITS } from '../../core/limits.ts';
import { alternatives } from '../zod-error-map.ts';

/**
 * Scalar schemas for frontmatter values. The YAML reader hands numbers over as exact Decimals
 * built from their source text; plain JS numbers (tests, JSON) are accepted too.
 * Each message says what is wrong and how to write it instead.
 */

/** A parsed value, or what is wrong with it; `expected`/`actual` when the error guesses what was meant. */
type Parsed<T> = { ok: T } | { error: string; expected?: string; actual?: string };

function scalar<T>(parse: (value: unknown) => Parsed<T>) {
  return z.any().transform((value, ctx): T => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: 'is required', params: { missing: true } });
      return z.NEVER;
    }
    const result = parse(value);
    if ('error' in result) {
      const { error, ...guess } = result;
      ctx.addIssue({ code: 'custom', message: error, ...(guess.expected ? { params: guess } : {}) });
      return z.NEVER;
    }
    return result.ok;
  });
}

const PERCENT = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/;

/** JSON Schema for editors (see src/schema): a number in range, or a percent string. Metadata only, no validation. */
function percentOr(description: string, range: Record<string, number>) {
  return { description, anyOf: [{ type: 'number', ...range }, { type: 'string', pattern: '^\\s*-?\\d+(\\.\\d+)?\\s*%\\s*$' }] };
}

export function toDecimal(value: unknown): Decimal | undefined {
  if (isDecimal(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(String(value));
  return undefined;
}

/** A number, or a percent string ("25%") as its fraction. */
function toFraction(value: unknown): Decimal | undefined {
  const d = toDecimal(value);
  if (d) return d;
  const m = typeof value === 'string' ? PERCENT.exec(value) : null;
  return m?.[1] === undefined ? undefined : new Decimal(m[1]).div(100);
}

/** A bare number above 1 is most likely a percent without its sign; a value already written with % is not. */
function outOfRange(reason: string, d: Decimal, value: unknown): { error: string; expected?: string; actual?: string } {
  if (typeof value === 'string' || !d.gt(1) || !d.lte(100)) return { error: reason };
  const meant = `${d.toString()}%`;
  return { error: `${reason}; did you mean ${meant}?`, expected: meant, actual: d.toString() };
}

/** More decimals than the model keeps exact: the message, else undefined. */
function tooPrecise(d: Decimal, decimals: number): { error: string } | undefined {
  return d.decimalPlaces() > decimals ? { error: `must have at most ${decimals} decimals (it has ${d.decimalPlaces()}), the most salesplan keeps exact` } : undefined;
}

/** A conversion or share: in (0, 1]. `25%` and `0.25` are the same. */
export const rate = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a rate such as 25% or 0.25' };
  if (d.lte(0) || d.gt(1)) return outOfRange('must be a rate between 0 and 1', d, value);
  return tooPrecise(d, VALUE_LIMITS.rateDecimals) ?? { ok: d };
}).meta(percentOr('A rate such as 25% or 0.25 (more than 0, at most 1)', { exclusiveMinimum: 0, maximum: 1 }));

/** A fraction that may be zero: attrition, churn, ramp steps. In [0, 1]. */
export const fraction = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a fraction such as 10% or 0.1' };
  if (d.lt(0) || d.gt(1)) return outOfRange('must be between 0 and 1', d, value);
  return tooPrecise(d, VALUE_LIMITS.rateDecimals) ?? { ok: d };
}).meta(percentOr('A fraction such as 10% or 0.1 (0 to 1)', { minimum: 0, maximum: 1 }));

/** Attainment of quota: above 100% is possible, a bare 80 is a forgotten percent sign. */
export const attainment = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a share of quota such as 80% or 0.8' };
  if (d.lte(0) || d.gt(2)) return outOfRange('must be a share of quota between 0 and 2 (200%)', d, value);
  return tooPrecise(d, VALUE_LIMITS.rateDecimals) ?? { ok: d };
}).meta(percentOr('A share of quota such as 80% or 0.8 (up to 200%)', { exclusiveMinimum: 0, maximum: 2 }));

/** An amount of money greater than zero, in the plan's currency, written as a plain number. */
export const money = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: withCurrency(value) ?? 'must be an amount written as a plain number, e.g. 250000 (no currency sign or separators)' };
  if (d.lte(0)) return { error: 'must be an amount greater than 0' };
  return withinAmount(d) ?? { ok: d };
}).meta({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: Number(VALUE_LIMITS.amount.below), description: 'An amount in the plan’s currency, a plain number such as 250000' });

/** Money that may be zero (costs). */
export const amount = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: withCurrency(value) ?? 'must be an amount written as a plain number, e.g. 20000' };
  if (d.lt(0)) return { error: 'must not be negative' };
  return withinAmount(d) ?? { ok: d };
}).meta({ type: 'number', minimum: 0, exclusiveMaximum: Number(VALUE_LIMITS.amount.below), description: 'An amount in the plan’s currency (0 or more), a plain number such as 20000' });

/** An amount past what the model computes exactly with: the message, else undefined. */
function withinAmount(d: Decimal): { error: string } | undefined {
  return withinSize(d, VALUE_LIMITS.amount, 'amount');
}

function withinSize(d: Decimal, limit: { below: string; decimals: number }, what: string): { error: string } | undefined {
  const below = new Decimal(limit.below);
  if (d.abs().gte(below)) {
    const digits = d.abs().trunc().toFixed().length.toLocaleString('en-US');
    return { error: `must be below ${below.toNumber().toLocaleString('en-US')} (this one has ${digits} digits before the point), the largest ${what} salesplan computes exactly with` };
  }
  return tooPrecise(d, limit.decimals);
}

const CURRENCY_SIGNS = /[$€£¥₹₩₽¢]|\b[A-Z]{3}\b|\bkr\b/u;
/** ISO 4217 codes, so `TBD` or `N/A` are not taken for currencies. */
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * `$12,500`, `12500 EUR`, `€65.000`: money written with a currency. A plan has one currency (the plan section's
 * `currency`) and amounts are plain numbers in it, so an amount naming one, the plan's or another, is refused:
 * say which currency was written, and the plain number to write instead when it is clear.
 */
function withCurrency(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const currency = CURRENCY_SIGNS.exec(value)?.[0];
  if (!currency || (/^[A-Z]{3}$/.test(currency) && !ISO_CURRENCIES.has(currency))) return undefined;
  const digits = value.replace(CURRENCY_SIGNS, '').replace(/[\s,'\u00a0]/g, '');
  // Cents only: `65.000` is a European thousands separator, and guessing wrong would be worse than no guess.
  const plain = /^\d+(\.\d{1,2})?$/.test(digits) ? digits : undefined;
  const instead = plain ? `write ${plain}, not ${value.trim()}` : 'write the amount as a plain number, e.g. 250000';
  return `names a currency (${currency}); amounts are plain numbers in the plan's currency (\`currency\` in the plan section): ${instead}`;
}

/** A positive quantity, not necessarily whole: 20 emails a day, 1 in 128, 2.5 demos. */
export const quantity = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: 'must be a number, e.g. 20' };
  if (d.lte(0)) return { error: 'must be greater than 0' };
  return withinSize(d, VALUE_LIMITS.quantity, 'quantity') ?? { ok: d };
}).meta({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: Number(VALUE_LIMITS.quantity.below), description: 'A number greater than 0, such as 20' });

/**
 * A whole number of days, at least `min` and at most VALUE_LIMITS.days (ten years), handed to the model as a plain
 * number: the limit keeps it small, so no date arithmetic leaves the calendar.
 */
export function wholeNumberFrom(min: number, tooSmall: string) {
  const max = VALUE_LIMITS.days;
  return scalar<number>((value) => {
    const d = toDecimal(value);
    if (!d?.isInteger()) return { error: 'must be a whole number, e.g. 45' };
    if (d.lt(0)) return { error: 'must not be negative' };
    if (d.lt(min)) return { error: tooSmall };
    if (d.gt(max)) return { error: `must be at most ${max.toLocaleString('en-US')} days (ten years), not ${d.toFixed()}` };
    return { ok: d.toNumber() };
  }).meta({ type: 'integer', minimum: min, maximum: max, description: `A whole number of days (${min} to ${max}), such as 45` });
}

/** A whole number of days, zero allowed. */
export const wholeNumber = wholeNumberFrom(0, 'must not be negative');

/**
 * One of a few numbers, such as `days: 30 | 60 | 90`. A YAML number reaches the schema as a Decimal, which
 * `z.literal(90)` never equals, so a fixed number is compared here, by value, whether it comes as a Decimal (plan
 * files) or a plain number (tests, JSON). `why` ends the message: what to write when the number wanted is not one.
 */
export function oneOfNumbers<const T extends readonly [number, ...number[]]>(allowed: T, why: string) {
  const words = alternatives(allowed.map(String));
  return scalar<T[number]>((value) => {
    const d = toDecimal(value);
    const match = d ? allowed.find((n) => d.eq(n)) : undefined;
    if (match === undefined) return { error: `must be ${words}; ${why}` };
    return { ok: match };
  }).meta({ type: 'integer', enum: [...allowed], description: `One of ${words}` });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists, written YYYY-MM-DD. */
export const date = scalar<string>((value) => {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const m = text ? ISO_DATE.exec(text) : null;
  if (!text || !m) return { error: 'must be a date written YYYY-MM-DD, e.g. 2026-10-01' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const { from, to } = VALUE_LIMITS.years;
  // Before Date.UTC, which reads years 0-99 as 1900-1999.
  if (y < from || y > to) return { error: `${text} is outside the years ${from}-${to} a plan's dates may be in` };
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    return { error: `${text} is not a date that exists; check the month and the day` };
  }
  return { ok: text };
}).meta({ type: 'string', pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$', description: 'A date written YYYY-MM-DD, such as 2026-10-01' });

/** An identifier other fields refer to: lower case, digits, - and _. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;

export const id = z
  .string({ error: 'must be an id such as `sdr` or `cold_emails`' })
  .regex(ID_PATTERN, { error: 'must be an id in lower case letters, digits, - or _, starting with a letter' });

/**
 * Free text. Decision: a plain number is text too (`target: 50` on a KPI, `age: 42` on a persona): YAML reads it as
 * a number, but to the author it is the words they wrote, so it is kept as the number's text rather than refused.
 */
function boundedText(max: number, what: string) {
  return scalar<string>((value) => {
    if (typeof value === 'string') {
      if (value === '') return { error: 'must not be empty' };
      // Code points, as a reader counts characters (an emoji is one).
      const length = [...value].length;
      if (length > max) return { error: `must be at most ${max.toLocaleString('en-US')} characters (${what}), not ${length.toLocaleString('en-US')}` };
      return { ok: value };
    }
    const d = toDecimal(value);
    return d ? { ok: d.toString() } : { error: 'must be text' };
  }).meta({ anyOf: [{ type: 'string', minLength: 1, maxLength: max }, { type: 'number' }], description: 'Text' });
}

export const text = boundedText(TEXT_LIMITS.text, 'the limit for text');
/** A name or title: what headers, bookmarks, tables and diagrams show. */
export const name = boundedText(TEXT_LIMITS.name, 'the limit for a name or title');
export const textList = z.array(text, { error: 'must be a list of text items (lines starting with "- ")' });
