import { z } from 'zod';
import { amount, id, money, quantity, rate, text } from './values.ts';

/** A pipeline stage, top to bottom; `rate` converts it into the next stage, the last (won) has none. */
export const funnelStage = z.strictObject({ id, name: text, rate: rate.optional() });

/** A sourcing activity feeding the top stage: `share` of the top stage, a yield of one per `one_in` (or a `rate`). */
export const source = z.strictObject({
  activity: id,
  name: text,
  share: rate,
  one_in: quantity.optional(),
  rate: rate.optional(),
});

export const goalsSection = z.strictObject({
  section: z.literal('goals'),
  title: text.optional(),
  target: money,
  average_deal_size: money,
  funnel: z.array(funnelStage).min(2, { error: 'needs at least two stages, ending with the won deal' }),
  sources: z.array(source).min(1),
  gross_margin: rate.optional(),
  annual_churn: rate.optional(),
  /** Sales costs in the period besides the team's pay (tools, events, ads). */
  other_sales_costs: amount.optional(),
});
