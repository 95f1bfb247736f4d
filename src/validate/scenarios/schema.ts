import { z } from 'zod';
import { id, name, text } from '../schema/values.ts';
import { sensitivitySettings } from './sensitivity-schema.ts';

/** Decision: more scenarios than this do not fit side by side on a page or a screen. */
export const MAX_SCENARIOS = 6;

/** `base` names the plan as written in the comparison, so no scenario may take it. */
export const BASE_ID = 'base';

export const scenario = z.strictObject({
  id: id.refine((value) => value !== BASE_ID, { error: '`base` is the plan as written; give the scenario another id' }),
  name: name.describe('What the comparison calls the scenario; default its id.').optional(),
  description: text.describe('What the scenario assumes, in words.').optional(),
  overrides: z
    .record(z.string(), z.unknown(), { error: 'must be `path: value` pairs, such as `goals.funnel.opportunity.rate: 20%`' })
    .describe('Facts of the plan by their path (`goals.target`, `team.hires.hire-ae-4.start`) and the value they take in this scenario.'),
});

export const scenariosFile = z.strictObject({
  scenarios: z
    .array(scenario)
    .min(1, { error: 'lists no scenario' })
    .max(MAX_SCENARIOS, { error: `at most ${MAX_SCENARIOS} scenarios fit side by side` })
    .describe('Named what-if versions of the plan, each overriding some of its facts.'),
  sensitivity: sensitivitySettings.optional(),
});

export type ScenarioEntry = z.output<typeof scenario>;
