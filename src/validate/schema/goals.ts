import { z } from 'zod';
import { amount, id, money, name, quantity, rate } from './values.ts';

/** A pipeline stage, top to bottom; `rate` converts it into the next stage, the last (won) has none. */
export const funnelStage = z.strictObject({ id, name, rate: rate.describe('Share of this stage that converts into the next; the last stage (won) has none.').optional() });

/** A sourcing activity feeding the top stage: `share` of the top stage, a yield of one per `one_in` (or a `rate`). */
export const source = z.strictObject({
  activity: id,
  name,
  share: rate.describe('Share of the top funnel stage this source brings.'),
  one_in: quantity.describe('Yield: one top-stage result per this many activities (1 in 128). Or give `rate`.').optional(),
  rate: rate.describe('Yield as a rate, instead of `one_in`.').optional(),
});

export const goalsSection = z.strictObject({
  section: z.literal('goals').describe('Goals and objectives: the revenue target broken down into deals, funnel and activities.'),
  title: name.describe('Page title; defaults to the first # heading.').optional(),
  target: money.describe('The revenue target for the period (new business), in the plan’s currency.'),
  average_deal_size: money.describe('Average first-year value of a won deal.'),
  funnel: z.array(funnelStage).min(2, { error: 'needs at least two stages, ending with the won deal' }).describe('Pipeline stages top to bottom, ending with the won deal.'),
  sources: z.array(source).min(1).describe('The activities that feed the top funnel stage.'),
  pipeline_stage: id
    .describe('The funnel stage counted as pipeline for coverage (its id); default `opportunity`, else the top stage.')
    .optional(),
  gross_margin: rate.describe('Gross margin, for customer lifetime value.').optional(),
  annual_churn: rate.describe('Share of customers lost per year, for customer lifetime value.').optional(),
  /** Sales costs in the period besides the team's pay (tools, events, ads). */
  other_sales_costs: amount.describe('Sales costs in the period besides the team’s pay (tools, events, ads).').optional(),
});
