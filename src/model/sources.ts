import type { GoalsSection } from '../validate/index.ts';
import { cadence, type CadenceBasis } from './cadence.ts';
import { ONE, ceil, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { sourceShares, sourceYieldMissing } from './messages.ts';
import type { FunnelRow, ModelMessage, SourceRow } from './types.ts';

/** Activities per top-stage unit. Decision: when both are written, one_in wins over rate. */
function oneIn(source: GoalsSection['sources'][number]): Decimal | undefined {
  if (source.one_in) return source.one_in;
  return source.rate ? ONE.div(source.rate) : undefined;
}

/**
 * What each source must deliver into the top stage, ceil(top need × share), and the activity volume behind it,
 * ceil(stage need × one_in). The sources may add up to more than the top need: the safe direction.
 */
export function computeSources(
  goals: GoalsSection,
  top: FunnelRow,
  basis: CadenceBasis,
): { rows: SourceRow[]; messages: ModelMessage[] } {
  const messages: ModelMessage[] = [];
  const shareSum = sum(goals.sources.map((s) => s.share));
  if (!shareSum.eq(ONE)) messages.push(sourceShares(shareSum));
  const rows = goals.sources.map((source, i): SourceRow => {
    let yieldInverse = oneIn(source);
    if (!yieldInverse) {
      messages.push(sourceYieldMissing(i, source.activity));
      yieldInverse = ONE;
    }
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
  return { rows, messages };
}
