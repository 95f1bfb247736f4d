import type { Cadence, Economics, PlanModel } from '../model/index.ts';
import type { Decimal } from '../core/decimal.ts';
import type { GoalsSection } from '../validate/index.ts';
import type { Format } from '../core/format.ts';
import { fillLabel, type Labels } from '../core/labels/index.ts';

/** A need at four cadences, as display strings; perMonth follows the period's months. */
export interface CadenceView {
  period: string;
  perMonth: string[];
  perWeek: string;
  perDay: string;
}

export function cadenceView(c: Cadence, f: Format, outcome = false): CadenceView {
  // Outcomes (won deals) per week or day are small exact rates; what people do is whole and ceiled.
  const small = outcome ? f.outcomeRate : f.count;
  return { period: f.count(c.period), perMonth: c.perMonth.map((m) => f.count(m)), perWeek: small(c.perWeek), perDay: small(c.perDay) };
}

function optional(value: Decimal | undefined, show: (v: Decimal) => string): string | undefined {
  return value === undefined ? undefined : show(value);
}

export function economicsView(e: Economics, stageName: string, f: Format, l: Labels) {
  return {
    pipelineStage: stageName,
    pipelineWinRate: f.percent(e.pipelineWinRate),
    pipelineWinRateLabel: fillLabel(l.pipeline_win_rate, stageName),
    requiredPipeline: f.money(e.requiredPipeline),
    pipelineMultiple: f.multiple(e.pipelineMultiple),
    roles: e.roles.map((r) => ({
      title: r.title,
      ote: optional(r.ote, f.money) ?? l.none,
      annualQuota: optional(r.annualQuota, f.money) ?? l.none,
      quotaToOte: optional(r.quotaToOte, f.multiple) ?? l.none,
      cost: f.money(r.cost),
    })),
    teamCost: f.money(e.teamCost),
    otherCosts: f.money(e.otherCosts),
    totalCost: f.money(e.totalCost),
    cac: f.money(e.cac),
    paybackMonths: optional(e.paybackMonths, f.oneDecimal),
    ltv: optional(e.ltv, f.money),
    ltvToCac: optional(e.ltvToCac, f.multiple),
  };
}

export function goalsView(goals: GoalsSection, model: PlanModel, f: Format, l: Labels) {
  const { deals, period } = model;
  const top = model.funnel[0];
  const roleTitle = new Map(model.staffing.map((s) => [s.role, s.title]));
  const pipelineStage = model.funnel.find((row) => row.id === model.economics.pipelineStage)?.name ?? model.economics.pipelineStage;
  return {
    target: f.money(deals.target),
    averageDealSize: f.money(deals.averageDealSize),
    dealsNeeded: f.count(deals.needed),
    impliedBookings: f.money(deals.impliedBookings),
    overshoot: deals.overshoot.gt(0) ? f.money(deals.overshoot) : undefined,
    workingDays: f.count(period.workingDays),
    grossMargin: optional(goals.gross_margin, f.percent),
    annualChurn: optional(goals.annual_churn, f.percent),
    months: period.months.map((m) => ({ label: f.month(m.key), workingDays: f.count(m.workingDays), target: f.money(m.target) })),
    funnel: model.funnel.map((row) => ({
      name: row.name,
      outcome: row.outcome,
      rate: row.rate ? f.percent(row.rate) : l.none,
      need: cadenceView(row.need, f, row.outcome),
      // The won stage is its own unit: "1 per 1 won" says nothing.
      perWon: row.outcome ? l.none : fillLabel(l.one_per_won, f.ratio(row.perWonDeal)),
    })),
    sourcesHeading: fillLabel(l.sources, top?.name ?? ''),
    stageNeedHeading: fillLabel(l.stage_need, top?.name ?? ''),
    sources: model.sources.map((s) => ({
      name: s.name,
      share: f.percent(s.share),
      oneIn: fillLabel(l.one_in, f.ratio(s.oneIn)),
      stageNeed: f.count(s.stageNeed),
      volume: cadenceView(s.volume, f),
      perWon: fillLabel(l.one_per_won, f.ratio(s.perWonDeal)),
    })),
    activities: model.activities.map((a) => ({
      name: a.name,
      role: roleTitle.get(a.role) ?? a.role,
      team: cadenceView(a.team, f),
      perRep: cadenceView(a.perRep, f),
    })),
    economics: economicsView(model.economics, pipelineStage, f, l),
  };
}

export type GoalsView = ReturnType<typeof goalsView>;
