import { z } from 'zod';
import { date, id, text, wholeNumber } from './values.ts';

export const milestone = z.strictObject({
  id,
  title: text,
  /** The role accountable for it. */
  owner: id,
  workstream: text.optional(),
  start: date,
  end: date.optional(),
  duration_days: wholeNumber.optional(),
  depends_on: z.array(id).optional(),
});

export const actionPlanSection = z.strictObject({
  section: z.literal('action_plan'),
  title: text.optional(),
  milestones: z.array(milestone).min(1),
});
