import { z } from 'zod';
import { id, name, text, textList } from './values.ts';

export const kpi = z.strictObject({
  id,
  name,
  kind: z.enum(['primary', 'secondary'], { error: 'must be primary or secondary' }).describe('primary: the true north (new-business revenue); secondary: the rest.'),
  /** Funnel stage the KPI measures. */
  stage: id.optional(),
  role: id.optional(),
  target: text.optional(),
  measured_by: text.optional(),
});

export const dashboard = z.strictObject({ role: id, tool: text, why: text, widgets: textList });

export const metricsSection = z.strictObject({
  section: z.literal('metrics').describe('Performance and metrics: KPIs per stage, dashboards per role, tools.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  kpis: z.array(kpi).min(1).describe('KPIs, each tied to a funnel stage or role.'),
  dashboards: z.array(dashboard).optional(),
  tools: z.array(z.strictObject({ name, measures: text })).optional(),
});
