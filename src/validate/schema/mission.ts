import { z } from 'zod';
import { text } from './values.ts';

export const missionSection = z.strictObject({
  section: z.literal('mission'),
  title: text.optional(),
  mission: text,
  positioning: text.optional(),
  competitors: z
    .array(
      z.strictObject({
        name: text,
        kind: z.enum(['direct', 'indirect'], { error: 'must be direct or indirect' }),
        note: text.optional(),
      }),
    )
    .min(1),
  value_proposition: z.array(z.strictObject({ feature: text, benefit: text })).min(1),
});
