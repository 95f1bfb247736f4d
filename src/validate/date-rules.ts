import { VALUE_LIMITS } from '../core/limits.ts';
import type { CheckContext } from './context.ts';
import type { PlanSettings } from './schema/index.ts';

/** Dates that must come in order, a period of sane years and length, milestones that say when they end one way only. */
export function checkDates(ctx: CheckContext): void {
  const { plan, team, action_plan: actionPlan } = ctx.facts;
  if (plan) checkPeriodRange(ctx, plan.period);

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

/** Year and month of an ISO date or month (`2026-10-01`, `2026-10`) as months since year 0. */
const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * The period lies within VALUE_LIMITS.periodYears and covers at most VALUE_LIMITS.periodMonths: the model lays
 * out each of its months and days, and a period of `0099-Q4` (read as 0099 to 1999) made 22,803 months.
 */
function checkPeriodRange(ctx: CheckContext, period: PlanSettings['period']): void {
  const { from, to } = VALUE_LIMITS.periodYears;
  let first: number;
  let last: number;
  if (typeof period === 'string') {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    first = quarter ? Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3 : monthOf(period);
    last = quarter ? first + 2 : first;
  } else {
    first = monthOf(period.start);
    // {start, days}: at most 90 days, so at most four calendar months.
    last = 'end' in period ? monthOf(period.end) : first + 3;
  }
  const [firstYear, lastYear] = [Math.floor(first / 12), Math.floor(last / 12)];
  if (firstYear < from || lastYear > to) {
    const year = firstYear < from ? firstYear : lastYear;
    ctx.error('plan', ['period'], `the period is in the year ${String(year).padStart(4, '0')}; a plan's period must lie within ${from}-${to}`, {
      ruleId: 'period-range',
      hint: 'check the year: write it with four digits, such as 2026-Q4',
    });
    return;
  }
  const months = last - first + 1;
  if (months > VALUE_LIMITS.periodMonths) {
    ctx.error('plan', ['period'], `the period covers ${months} months; a plan's period is at most ${VALUE_LIMITS.periodMonths} months (five years)`, {
      ruleId: 'period-range',
      hint: 'plan a shorter period (a quarter or a year), and make one plan per period',
    });
  }
}
