import type { GoalsSection, TeamSection } from '../validate/index.ts';
import type { Calendar } from './calendar.ts';
import { ZERO, sum } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { ltvToCacLow, paybackLong, quotaToOte } from './messages.ts';
import { activeIn, members, type Role } from './people.ts';
import type { Economics, ModelMessage, RoleEconomics } from './types.ts';

const QUOTAS_PER_YEAR = { year: 1, quarter: 4, month: 12 } as const;

function annualQuota(role: Role): Decimal | undefined {
  return role.quota?.times(QUOTAS_PER_YEAR[role.quota_period ?? 'year']);
}

/**
 * Months of pay in the period for the role's people and hires: each period month they are active in, the start and
 * end months whole. Decision: a month the period holds only in part counts by its working-day share, as quota does.
 */
function activeMonths(team: TeamSection, role: Role, calendar: Calendar): Decimal {
  const people = members(team).filter((m) => m.role === role.id);
  return sum(
    calendar.months.flatMap((month) => people.filter((m) => activeIn(m, month.index)).map(() => month.fraction)),
  );
}

function roleEconomics(team: TeamSection, role: Role, calendar: Calendar): RoleEconomics {
  const quota = annualQuota(role);
  const cost = role.ote ? role.ote.div(12).times(activeMonths(team, role, calendar)) : ZERO;
  return {
    role: role.id,
    title: role.title,
    ...(role.ote ? { ote: role.ote } : {}),
    ...(role.base ? { base: role.base } : {}),
    ...(role.ote && role.base ? { variable: role.ote.minus(role.base) } : {}),
    ...(quota ? { annualQuota: quota } : {}),
    ...(quota && role.ote ? { quotaToOte: quota.div(role.ote) } : {}),
    cost,
  };
}

/** Pipeline needed, what the team costs in the period, and what a customer costs and returns. */
export function computeEconomics(
  goals: GoalsSection,
  team: TeamSection,
  calendar: Calendar,
  pipeline: { stage: string; winRate: Decimal },
  dealsNeeded: Decimal,
): { economics: Economics; messages: ModelMessage[] } {
  const messages: ModelMessage[] = [];
  // Pipeline counted at the plan's pipeline stage: target / (Π rates from that stage down to won).
  const requiredPipeline = goals.target.div(pipeline.winRate);
  const roles = team.roles.map((role) => roleEconomics(team, role, calendar));
  roles.forEach((r, i) => {
    if (r.quotaToOte && (r.quotaToOte.lt(3) || r.quotaToOte.gt(6))) messages.push(quotaToOte(i, r.role, r.quotaToOte));
  });
  const teamCost = sum(roles.map((r) => r.cost));
  const otherCosts = goals.other_sales_costs ?? ZERO;
  const totalCost = teamCost.plus(otherCosts);
  const cac = dealsNeeded.isZero() ? ZERO : totalCost.div(dealsNeeded);
  const economics: Economics = {
    pipelineStage: pipeline.stage,
    pipelineWinRate: pipeline.winRate,
    requiredPipeline,
    pipelineMultiple: requiredPipeline.div(goals.target),
    roles,
    teamCost,
    otherCosts,
    totalCost,
    cac,
  };
  const margin = goals.gross_margin;
  if (margin) {
    // average_deal_size is annual contract value, so one month of a deal is a twelfth of it:
    // CAC / (deal / 12 × margin), written as CAC × 12 / (deal × margin) to divide only once.
    economics.paybackMonths = cac.times(12).div(goals.average_deal_size.times(margin));
    if (economics.paybackMonths.gt(12)) messages.push(paybackLong(economics.paybackMonths));
    if (goals.annual_churn) {
      economics.ltv = goals.average_deal_size.times(margin).div(goals.annual_churn);
      // Decision: with no cost at all there is no LTV:CAC ratio to show.
      if (cac.gt(0)) {
        economics.ltvToCac = economics.ltv.div(cac);
        if (economics.ltvToCac.lt(3)) messages.push(ltvToCacLow(economics.ltvToCac));
      }
    }
  }
  return { economics, messages };
}
