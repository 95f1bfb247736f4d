import { z } from 'zod';
import { attainment, date, fraction, id, money, name, quantity, text, textList, wholeNumber } from './values.ts';

export const role = z.strictObject({
  id,
  title: name,
  reports_to: id.optional(),
  summary: text.optional(),
  responsibilities: textList.optional(),
  skills: textList.optional(),
  /** On-target earnings per year; base + variable where the split is given. */
  ote: money.describe('On-target earnings per year: base + variable.').optional(),
  base: money.describe('Base salary per year.').optional(),
  commission: text.describe('How commission is paid, in words.').optional(),
  incentives: textList.optional(),
  quota: money.describe('Quota per `quota_period`; roles with a quota carry the target.').optional(),
  quota_period: z.enum(['year', 'quarter', 'month'], { error: 'must be year, quarter or month' }).optional(),
  attainment: attainment.describe('Expected attainment of quota, such as 80%.').optional(),
  /** Fraction of full productivity by tenure month; 1 after the last entry. */
  ramp: z.array(fraction).describe('Fraction of full productivity by month of tenure, such as [25%, 50%, 75%]; 100% after the last.').optional(),
  time_to_fill_days: wholeNumber.describe('Days from opening a requisition to the hire’s start.').optional(),
  /** Per activity (or funnel stage): units one rep does in a full selling day doing only that. */
  capacity: z.record(id, quantity).describe('Per activity or funnel stage id: how many one person does in a full day doing only that.').optional(),
});

export const person = z.strictObject({ id, name: name.optional(), role: id, start: date, end: date.optional() });
export const hire = z.strictObject({ id: id.optional(), role: id, start: date, note: text.optional() });

export const teamSection = z.strictObject({
  section: z.literal('team').describe('Sales organisation: roles, compensation, capacity, people and planned hires.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  /** Annual fraction of quota-carrying people who leave. */
  attrition: fraction.describe('Annual share of quota-carrying people who leave.').optional(),
  roles: z.array(role).min(1).describe('The roles of the sales team.'),
  people: z.array(person).describe('The people on the team now, each with a role and start date.').optional(),
  hires: z.array(hire).describe('Planned hires: role and start date.').optional(),
});
