import { z } from 'zod';
import { date, id, name, wholeNumberFrom } from './values.ts';

export const milestone = z.strictObject({
  id,
  title: name,
  /** The role accountable for it. */
  owner: id.describe('Id of the role accountable for it.'),
  workstream: name.describe('Groups milestones into rows of the timeline.').optional(),
  start: date,
  end: date.describe('Last day; give this or `duration_days`, not both.').optional(),
  duration_days: wholeNumberFrom(1, 'must be at least 1: a milestone takes one day or more').describe('How many days it takes, the start day included; give this or `end`, not both.').optional(),
  depends_on: z.array(id).describe('Ids of milestones that must finish first.').optional(),
});

export const actionPlanSection = z.strictObject({
  section: z.literal('action_plan').describe('Action plan: milestones and their timeline.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  milestones: z.array(milestone).min(1).describe('Key milestones, with dates and owners.'),
});
