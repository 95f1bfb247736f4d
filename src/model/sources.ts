import type { GoalsSection } from '../validate/index.ts';
import { cadence, type CadenceBasis } from './cadence.ts';
import { ONE, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import type { FunnelRow, SourceRow } from './types.ts';

/**
 * Activities per top-stage unit: `one_in`, or 1 / `rate`. Validation wants exactly one of them (rule
 * source-yield), so the fallback of 1 only keeps the function total.
 */
function oneIn(source: GoalsSection['sources'][number]): Decimal {
  if (source.one_in) return source.one_in;
  return source.rate ? ONE.div(source.rate) : ONE;
}

/**
 * What each source must deliver into the top stage, ceil(top need × share), and the activity volume behind it,
 * ceil(stage need × one_in). The sources may add up to more than the top need: the safe direction. (That the
 * shares add up to 100% is validation's rule shares-sum.)
 */
export function computeSources(goals: GoalsSection, top: FunnelRow, basis: CadenceBasis): { rows: SourceRow[] } {
  const rows = goals.sources.map((source): SourceRow => {
    const yieldInverse = oneIn(source);
    const stageNeed = ceil(top.need.period.times(source.share));
    return {
      activity: source.activity,
      name: source.name,
      share: source.share,
      oneIn: yieldInverse,
      stageNeed,
      volume: cadence(ceil(stageNeed.times(yieldInverse)), basis),
      perWonDeal: yieldInverse.times(top.perWonDeal),
    };
  });
  return { rows };
}
