import { Decimal } from '../core/decimal.ts';
import { VALUE_LIMITS } from '../core/limits.ts';
import { figureTooLarge } from './messages.ts';
import type { Deals, FunnelRow, HeadcountRow, ModelMessage, SourceRow, Staffing } from './types.ts';

/**
 * The first count the plan computes to that is past VALUE_LIMITS.figureBelow, as an error: each input may be in its
 * range and their product still absurd (a deal size of 0.0001, rates of 1%), and a count that large is no longer
 * exact where it is shown as a whole number (the heads missing, the tables' counts). One message: the rest follow.
 */
export function figuresOutOfRange(figures: {
  deals: Deals;
  funnel: readonly FunnelRow[];
  sources: readonly SourceRow[];
  headcount: readonly HeadcountRow[];
  staffing: readonly Staffing[];
}): ModelMessage[] {
  const limit = new Decimal(VALUE_LIMITS.figureBelow);
  const counts: [string, Decimal | undefined][] = [
    ['deals', figures.deals.needed],
    ...figures.funnel.map((row): [string, Decimal] => [row.name, row.need.period]),
    ...figures.sources.map((row): [string, Decimal] => [row.name, row.volume.period]),
    ...figures.headcount.map((row): [string, Decimal] => [`${row.title} heads`, row.needed]),
    ...figures.staffing.map((row): [string, Decimal | undefined] => [`${row.title} heads`, row.needed]),
  ];
  const found = counts.find(([, value]) => value?.gte(limit));
  return found?.[1] ? [figureTooLarge(found[0], found[1], limit)] : [];
}
