import { z } from 'zod';
import { date, id, money, name, oneOfNumbers, text } from './values.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A day of the workweek by its three letters; `Monday` written out is told the short form (too far for a typo). */
const weekday = z.enum(WEEKDAYS, {
  error: (issue) => {
    const full = typeof issue.input === 'string' ? FULL_NAMES.indexOf(issue.input.trim().toLowerCase()) : -1;
    const instead = full === -1 ? '' : `; write \`${WEEKDAYS[full]}\` for ${issue.input as string}`;
    return `must be one of ${WEEKDAYS.join(', ')}${instead}`;
  },
});

/** `2026-Q4`, `2026-10`, `{start, end}` or `{start, days: 30|60|90}`. */
export const period = z.union(
  [
    z.string().regex(/^\d{4}-Q[1-4]$/),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    z.strictObject({ start: date, end: date }),
    z.strictObject({ start: date, days: oneOfNumbers([30, 60, 90], 'for a plan of another length write {start, end}') }),
  ],
  { error: 'must be a quarter (2026-Q4), a month (2026-10), {start, end} or {start, days: 30|60|90}' },
);

export const planSection = z.strictObject({
  section: z.literal('plan').describe('This file holds the plan’s settings: title, company, period, currency, locale.'),
  title: name.describe('The plan’s title, shown on the cover and in every page header.'),
  company: name.describe('The company the plan is for.'),
  author: name.describe('Who wrote the plan, shown as “Prepared by” and the PDFs’ author (default: the company).').optional(),
  period: period.describe('The period the plan covers: 2026-Q4, 2026-10, {start, end} or {start, days: 30|60|90}.'),
  currency: z
    .string({ error: 'must be an ISO 4217 currency code such as USD, EUR or SEK' })
    .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code in capitals, such as USD, EUR or SEK' })
    .describe('ISO 4217 currency of every amount in the plan, such as USD, EUR or SEK.'),
  locale: z.string({ error: 'must be a BCP 47 locale such as en-US or sv-SE' }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    error: 'must be a BCP 47 locale such as en-US or sv-SE',
  }).describe('BCP 47 locale: the language of the labels (en, sv) and how numbers, money and dates are written.'),
  calendar: z
    .strictObject({
      workweek: z.array(weekday).min(1).optional(),
      holidays: z.array(date).optional(),
    })
    .describe('Working days: `workweek` (default mon–fri) and `holidays` (YYYY-MM-DD) that are not worked.')
    .optional(),
  /** How the target is spread over months: by working days (default), evenly, or explicit amounts per YYYY-MM. */
  phasing: z
    .union([z.enum(['working_days', 'even']), z.record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), money)], {
      error: 'must be working_days, even, or amounts per month such as {2026-10: 80000}',
    })
    .describe('How the target is spread over months: working_days (default), even, or amounts per YYYY-MM.')
    .optional(),
  /** The date the plan is read as of: requisitions before it are flagged. Defaults to the period start. */
  as_of: date.describe('The date the plan is read as of; requisitions before it are flagged. Defaults to the period start.').optional(),
  links: z.array(z.strictObject({ title: name, href: text })).describe('Links shown in the site’s footer: wiki, CRM dashboards.').optional(),
  trusted_html: z
    .boolean({ error: 'must be true or false' })
    .describe('Let raw HTML in the prose through unsanitized (scripts included): only when every author is trusted.')
    .optional(),
});

export { WEEKDAYS, id };
