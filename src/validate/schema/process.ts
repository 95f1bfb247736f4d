import { z } from 'zod';
import { id, text, textList } from './values.ts';

export const processStage = z.strictObject({
  id,
  name: text,
  /** The role responsible for the stage. */
  owner: id,
  /** The funnel stage this step produces, so its volume and conversion can be shown. */
  funnel_stage: id.optional(),
  activities: textList.optional(),
  method: id.optional(),
  playbook: text.optional(),
});

export const method = z.strictObject({ id, name: text, when: text });

export const processSection = z.strictObject({
  section: z.literal('process'),
  title: text.optional(),
  stages: z.array(processStage).min(1),
  methods: z.array(method).optional(),
});
