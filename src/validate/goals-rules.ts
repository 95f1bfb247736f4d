import { ONE, sum } from '../core/decimal.ts';
import type { CheckContext } from './context.ts';

/** The funnel converts stage to stage down to the won deal; sources feed its top stage and split it fully. */
export function checkGoals(ctx: CheckContext): void {
  const goals = ctx.facts.goals;
  if (!goals) return;
  const { funnel, sources } = goals;
  const last = funnel.length - 1;

  funnel.forEach((stage, i) => {
    const next = funnel[i + 1];
    if (i < last && !stage.rate && next) {
      ctx.error('goals', ['funnel', i], `funnel stage \`${stage.id}\` needs a \`rate\`: the share that becomes \`${next.id}\``, {
        ruleId: 'funnel-rate',
        hint: `add \`rate: 50%\` (your own number) under \`id: ${stage.id}\``,
      });
    }
    if (i === last && stage.rate) {
      ctx.error('goals', ['funnel', i, 'rate'], `the last funnel stage \`${stage.id}\` is the won deal and has no \`rate\``, {
        ruleId: 'funnel-rate',
        hint: 'remove this rate; the rate into the won deal goes on the stage above it',
      });
    }
  });

  sources.forEach((source, i) => {
    if (source.one_in && source.rate) {
      ctx.error('goals', ['sources', i, 'rate'], `source \`${source.activity}\` has both \`one_in\` and \`rate\``, {
        ruleId: 'source-yield',
        hint: 'keep one: `one_in: 128` (one per 128) or `rate: 0.78%` say the same thing',
      });
    } else if (!source.one_in && !source.rate) {
      const top = funnel[0]?.id ?? 'top stage';
      ctx.error('goals', ['sources', i], `source \`${source.activity}\` needs \`one_in\` or \`rate\``, {
        ruleId: 'source-yield',
        hint: `add \`one_in: <number>\`: how many ${source.activity} it takes for one \`${top}\``,
      });
    }
  });

  const total = sum(sources.map((s) => s.share));
  if (sources.length > 0 && !total.eq(ONE)) {
    ctx.error('goals', ['sources', 0, 'share'], `the shares of the sources add up to ${total.times(100).toString()}%, not 100%`, {
      ruleId: 'shares-sum',
      hint: 'each share is the part of the top funnel stage a source brings; make them add up to 100%',
    });
  }
}
