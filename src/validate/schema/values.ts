import { z } from 'zod';
import { Decimal, isDecimal } from '../../model/decimal.ts';

/**
 * Scalar schemas for frontmatter values. The YAML reader hands numbers over as exact Decimals
 * built from their source text; plain JS numbers (tests, JSON) are accepted too.
 * Each message says what is wrong and how to write it instead.
 */

type Parsed<T> = { ok: T } | { error: string };

function scalar<T>(parse: (value: unknown) => Parsed<T>) {
  return z.any().transform((value, ctx): T => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: 'is required', params: { missing: true } });
      return z.NEVER;
    }
    const result = parse(value);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: result.error });
      return z.NEVER;
    }
    return result.ok;
  });
}

const PERCENT = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/;

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

function looksLikePercent(d: Decimal): string {
  return d.gt(1) && d.lte(100) ? `; did you mean ${d.toString()}%?` : '';
}

/** A conversion or share: in (0, 1]. `25%` and `0.25` are the same. */
export const rate = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a rate such as 25% or 0.25' };
  if (d.lte(0) || d.gt(1)) return { error: `must be a rate between 0 and 1${looksLikePercent(d)}` };
  return { ok: d };
});

/** A fraction that may be zero: attrition, churn, ramp steps. In [0, 1]. */
export const fraction = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a fraction such as 10% or 0.1' };
  if (d.lt(0) || d.gt(1)) return { error: `must be between 0 and 1${looksLikePercent(d)}` };
  return { ok: d };
});

/** Attainment of quota: above 100% is possible, a bare 80 is a forgotten percent sign. */
export const attainment = scalar<Decimal>((value) => {
  const d = toFraction(value);
  if (!d) return { error: 'must be a share of quota such as 80% or 0.8' };
  if (d.lte(0) || d.gt(2)) return { error: `must be a share of quota between 0 and 2 (200%)${looksLikePercent(d)}` };
  return { ok: d };
});

/** An amount of money greater than zero, in the plan's currency, written as a plain number. */
export const money = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: 'must be an amount written as a plain number, e.g. 250000 (no currency sign or separators)' };
  if (d.lte(0)) return { error: 'must be an amount greater than 0' };
  return { ok: d };
});

/** Money that may be zero (costs). */
export const amount = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: 'must be an amount written as a plain number, e.g. 20000' };
  if (d.lt(0)) return { error: 'must not be negative' };
  return { ok: d };
});

/** A positive quantity, not necessarily whole: 20 emails a day, 1 in 128, 2.5 demos. */
export const quantity = scalar<Decimal>((value) => {
  const d = toDecimal(value);
  if (!d) return { error: 'must be a number, e.g. 20' };
  if (d.lte(0)) return { error: 'must be greater than 0' };
  return { ok: d };
});

/** A whole number of days or people, zero allowed. */
export const wholeNumber = scalar<number>((value) => {
  const d = toDecimal(value);
  if (!d || !d.isInteger() || d.lt(0)) return { error: 'must be a whole number, e.g. 45' };
  return { ok: d.toNumber() };
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists, written YYYY-MM-DD. */
export const date = scalar<string>((value) => {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const m = text ? ISO_DATE.exec(text) : null;
  if (!text || !m) return { error: 'must be a date written YYYY-MM-DD, e.g. 2026-10-01' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    return { error: `${text} is not a date that exists; check the month and the day` };
  }
  return { ok: text };
});

/** An identifier other fields refer to: lower case, digits, - and _. */
export const id = z
  .string({ error: 'must be an id such as `sdr` or `cold_emails`' })
  .regex(/^[a-z][a-z0-9_-]*$/, { error: 'must be an id in lower case letters, digits, - or _, starting with a letter' });

export const text = z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' });
export const textList = z.array(text, { error: 'must be a list of text items (lines starting with "- ")' });
