import { z } from 'zod';
import { id, name, text, textList } from './values.ts';

export const persona = z.strictObject({
  id,
  name,
  role: text,
  career_path: text.optional(),
  priorities: textList.optional(),
  demographics: z
    .strictObject({ age: text.optional(), income: text.optional(), living: text.optional() })
    .optional(),
  attributes: textList.optional(),
  challenges: textList,
  goals: textList,
  how_we_help: text,
});

export const customersSection = z.strictObject({
  section: z.literal('customers').describe('Target audience: ideal customer profile and buyer personas.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  icp: z.strictObject({
    industries: textList,
    employees: text,
    funding: text.optional(),
    regions: textList.optional(),
    challenges: textList,
  }),
  personas: z.array(persona).min(1).describe('Buyer personas: profile, demographics, attributes, challenges, goals and how we help.'),
});
