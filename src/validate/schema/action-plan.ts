import { z } from 'zod';
import { date, id, text, wholeNumber } from './values.ts';

export const milestone = z.strictObject({
  id,
  title: text,
  /** The role accountable for it. */
  owner: id.describe('Id of the role accountable for it.'),
  workstream: text.describe('Groups milestones into rows of the timeline.').optional(),
  start: date,
  end: date.describe('End date; or give `duration_days`; neither makes it a single-day milestone.').optional(),
  duration_days: wholeNumber.optional(),
  depends_on: z.array(id).describe('Ids of milestones that must finish first.').optional(),
});

export const actionPlanSection = z.strictObject({
  section: z.literal('action_plan').describe('Action plan: milestones and their timeline.'),
  title: text.describe('Page title; defaults to the first # heading.').optional(),
  milestones: z.array(milestone).min(1).describe('Key milestones, with dates and owners.'),
});
