import type { CheckContext } from './context.ts';

/** Dates that must come in order, and milestones that must say when they end one way only. */
export function checkDates(ctx: CheckContext): void {
  const { plan, team, action_plan: actionPlan } = ctx.facts;

  if (plan && typeof plan.period === 'object' && 'end' in plan.period && plan.period.end < plan.period.start) {
    ctx.error('plan', ['period', 'end'], `period end ${plan.period.end} is before its start ${plan.period.start}`, {
      ruleId: 'end-before-start',
      hint: 'swap the two dates, or fix the one that is wrong',
    });
  }

  team?.people?.forEach((person, i) => {
    if (person.end !== undefined && person.end < person.start) {
      ctx.error('team', ['people', i, 'end'], `end ${person.end} is before start ${person.start} for \`${person.id}\``, {
        ruleId: 'end-before-start',
        hint: 'end is the last day the person works here',
      });
    }
  });

  actionPlan?.milestones.forEach((milestone, i) => {
    const hasEnd = milestone.end !== undefined;
    const hasDuration = milestone.duration_days !== undefined;
    if (hasEnd && hasDuration) {
      const reason = `milestone \`${milestone.id}\` has both \`end\` and \`duration_days\``;
      ctx.error('action_plan', ['milestones', i, 'duration_days'], reason, {
        ruleId: 'milestone-end',
        hint: 'keep one of them: the end date, or the number of days it takes',
      });
    } else if (!hasEnd && !hasDuration) {
      ctx.error('action_plan', ['milestones', i], `milestone \`${milestone.id}\` needs \`end\` or \`duration_days\``, {
        ruleId: 'milestone-end',
        hint: 'add `end: YYYY-MM-DD` or `duration_days: <days>`',
      });
    }
    if (milestone.end !== undefined && milestone.end < milestone.start) {
      const reason = `milestone \`${milestone.id}\` ends ${milestone.end}, before it starts ${milestone.start}`;
      ctx.error('action_plan', ['milestones', i, 'end'], reason, {
        ruleId: 'end-before-start',
        hint: 'swap the two dates, or fix the one that is wrong',
      });
    }
  });
}
