import { z } from 'zod';
import { id, name, text, textList } from './values.ts';

export const processStage = z.strictObject({
  id,
  name,
  /** The role responsible for the stage. */
  owner: id.describe('Id of the role responsible for the stage.'),
  /** The funnel stage this step produces, so its volume and conversion can be shown. */
  funnel_stage: id.describe('Id of the funnel stage this step produces.').optional(),
  activities: textList.optional(),
  method: id.optional(),
  playbook: text.optional(),
});

export const method = z.strictObject({ id, name, when: text });

export const processSection = z.strictObject({
  section: z.literal('process').describe('Sales strategies and methods: the stages of the sales process, owners, methods, playbooks.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  stages: z.array(processStage).min(1).describe('The stages of the sales process in order.'),
  methods: z.array(method).describe('Sales methods (such as SPIN) and when to use them.').optional(),
});
