import { z } from 'zod';
import { name, text } from './values.ts';

export const missionSection = z.strictObject({
  section: z.literal('mission').describe('Mission and positioning: why the company exists, competitors, value proposition.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  mission: text.describe('Why the company exists and the value it commits to bring, in a sentence or two.'),
  positioning: text.describe('Where the product sits in the market and why.').optional(),
  competitors: z
    .array(
      z.strictObject({
        name,
        kind: z.enum(['direct', 'indirect'], { error: 'must be direct or indirect' }).describe('direct: a similar product; indirect: solves the same problem another way.'),
        note: text.optional(),
      }),
    )
    .min(1)
    .describe('Competitors, direct and indirect.'),
  value_proposition: z.array(z.strictObject({ feature: text, benefit: text })).min(1).describe('What the product delivers: a feature and the benefit to the customer.'),
});
