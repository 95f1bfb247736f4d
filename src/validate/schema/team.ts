import { z } from 'zod';
import { attainment, date, fraction, id, money, quantity, text, textList, wholeNumber } from './values.ts';

export const role = z.strictObject({
  id,
  title: text,
  reports_to: id.optional(),
  summary: text.optional(),
  responsibilities: textList.optional(),
  skills: textList.optional(),
  /** On-target earnings per year; base + variable where the split is given. */
  ote: money.optional(),
  base: money.optional(),
  commission: text.optional(),
  incentives: textList.optional(),
  quota: money.optional(),
  quota_period: z.enum(['year', 'quarter', 'month'], { error: 'must be year, quarter or month' }).optional(),
  attainment: attainment.optional(),
  /** Fraction of full productivity by tenure month; 1 after the last entry. */
  ramp: z.array(fraction).optional(),
  time_to_fill_days: wholeNumber.optional(),
  /** Per activity (or funnel stage): units one rep does in a full selling day doing only that. */
  capacity: z.record(id, quantity).optional(),
});

export const person = z.strictObject({ id, name: text.optional(), role: id, start: date, end: date.optional() });
export const hire = z.strictObject({ id: id.optional(), role: id, start: date, note: text.optional() });

export const teamSection = z.strictObject({
  section: z.literal('team'),
  title: text.optional(),
  /** Annual fraction of quota-carrying people who leave. */
  attrition: fraction.optional(),
  roles: z.array(role).min(1),
  people: z.array(person).optional(),
  hires: z.array(hire).optional(),
});
