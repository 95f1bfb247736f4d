import { z } from 'zod';
import { Decimal } from '../../core/decimal.ts';
import { toDecimal } from '../schema/values.ts';

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/** Decision: at most 90 % (a rate moved by 100 % is zero, past the model's domain) and a year of weeks. */
export const MAX_SENSITIVITY_PERCENT = 90;
export const MAX_SENSITIVITY_WEEKS = 52;

/** How far the sensitivity moves each input: `10` or `10%` of its value. */
const percent = z.any().transform((value, ctx): Decimal => {
  const match = typeof value === 'string' ? PERCENT.exec(value) : null;
  const d = match?.[1] !== undefined ? new Decimal(match[1]) : toDecimal(value);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'must be a percentage such as 10 or 10%' });
    return z.NEVER;
  }
  if (d.lte(0) || d.gt(MAX_SENSITIVITY_PERCENT) || d.decimalPlaces() > 2) {
    ctx.addIssue({ code: 'custom', message: `must be more than 0 and at most ${MAX_SENSITIVITY_PERCENT} (%), with at most 2 decimals, not ${d.toString()}` });
    return z.NEVER;
  }
  return d;
});

/** How many weeks earlier and later a hire's start moves. */
const weeks = z.any().transform((value, ctx): number => {
  const d = toDecimal(value);
  if (!d?.isInteger() || d.lt(1) || d.gt(MAX_SENSITIVITY_WEEKS)) {
    ctx.addIssue({ code: 'custom', message: `must be a whole number of weeks from 1 to ${MAX_SENSITIVITY_WEEKS}, such as 4` });
    return z.NEVER;
  }
  return d.toNumber();
});

export const sensitivitySettings = z
  .strictObject({
    percent: percent.describe('How far each rate, yield, capacity, deal size, quota and attainment moves, down and up: default 10 (%).').optional(),
    weeks: weeks.describe('How many weeks earlier and later each hire’s start moves: default 4.').optional(),
  })
  .describe('The sensitivity on the Scenarios page: each input moved by ±percent (a start by ±weeks), ranked by its effect on the gap.');

export type SensitivitySettings = z.output<typeof sensitivitySettings>;
