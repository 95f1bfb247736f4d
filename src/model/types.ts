import type { Decimal } from '../core/decimal.ts';
import type { Cadence, RepCadence } from './cadence-types.ts';
import type { Milestone, RolePlan, Staffing } from './role-types.ts';

export type * from './cadence-types.ts';
export type * from './role-types.ts';
import type { ModelMessage } from './messages.ts';
import type { ActualsModel } from './actuals/types.ts';

export type { FindingCode, FindingValues, ModelMessage } from './messages.ts';

/**
 * What the planning model derives from a plan's facts (../shared/docs/planning-model.md).
 * Counts are whole Decimals (ceiled), money is exact and never rounded, rates are fractions.
 * Templates format these values; they never compute with them. `numbers --format json` writes PlanModel with these
 * field names: the per-role part (staffing, role plans, onboarding, milestones) is in role-types.ts, the cadences
 * in cadence-types.ts.
 */

export interface Month {
  /** `2026-10` */
  key: string;
  /** First and last day of the month that fall inside the period. */
  start: string;
  end: string;
  workingDays: number;
  /**
   * How much of the calendar month the period holds: 1 when whole, else its working days in the period / its
   * working days in the whole month. Monthly quota and pay count by it.
   */
  fraction: Decimal;
  /** The target phased into this month. */
  target: Decimal;
}

export interface Period {
  kind: 'quarter' | 'month' | 'range' | 'days';
  /** `2026-Q4`, `2026-10`, or `2026-10-01 – 2026-12-31` for ranges. */
  label: string;
  start: string;
  end: string;
  workingDays: number;
  /** Working weeks: working days / workdays per week (exact). */
  weeks: Decimal;
  months: Month[];
  /** The period's length in months: Σ of the months' fractions (3 for a quarter). A "full month" is period / this. */
  lengthInMonths: Decimal;
}

export interface Deals {
  target: Decimal;
  averageDealSize: Decimal;
  needed: Decimal;
  /** needed × average deal size */
  impliedBookings: Decimal;
  /** impliedBookings − target (0 when divisible). */
  overshoot: Decimal;
}

export interface FunnelRow {
  id: string;
  name: string;
  /** Conversion into the next stage; absent on the bottom (won) stage. */
  rate?: Decimal;
  need: Cadence;
  /** How many of this stage one won deal takes: product of inverse rates below it, exact. */
  perWonDeal: Decimal;
  /** Outcome stages (the won deal) show per-day as an exact rate; the rest are ceiled. */
  outcome: boolean;
}

export interface SourceRow {
  activity: string;
  name: string;
  share: Decimal;
  /** Activities per unit of the top stage (`one_in`, or 1 / rate). */
  oneIn: Decimal;
  /** The top stage units this source must deliver: ceil(top need × share). */
  stageNeed: Decimal;
  /** The activity volume: ceil(stageNeed × oneIn), at each cadence. */
  volume: Cadence;
  /** "1 won deal per N <activity>", exact. */
  perWonDeal: Decimal;
}

/** One stage of the sales process (the process section's order) and what it must deliver in the period. */
export interface StageRow {
  id: string;
  name: string;
  /** The funnel stage the stage produces: the plan's, or the top stage for a source's own stage. */
  funnelStage?: string;
  /** Units of that funnel stage the stage must deliver in the period (stages.ts: computeStages). */
  volume?: Decimal;
  /** The sources of the top stage (their activity ids) that enter the process at this stage. */
  sources: string[];
}

/** An activity a role owns, for the team and for one rep of that role. */
export interface ActivityTarget {
  activity: string;
  name: string;
  role: string;
  /** An outcome done as an activity (a capacity for won deals): per week and per day stay exact rates. */
  outcome: boolean;
  team: Cadence;
  /** team / the role's needed headcount, ceiled; fullMonth = period / the period's length in months. */
  perRep: RepCadence;
}

export interface HeadcountRow {
  role: string;
  title: string;
  activities: { activity: string; dailyNeed: Decimal; capacity: Decimal; fte: Decimal }[];
  fte: Decimal;
  needed: Decimal;
  current: number;
  planned: number;
  /** max(0, needed − current − planned) */
  missing: number;
}

export type Status = 'green' | 'yellow' | 'orange' | 'red';

export interface CapacityRow {
  /** `2026-10`, or the period label for the total row. */
  key: string;
  rre: Decimal;
  streetQuota: Decimal;
  expected: Decimal;
  target: Decimal;
  gap: Decimal;
  /** expected / target */
  coverage: Decimal;
  status: Status;
}

export interface Capacity {
  /** The quota-carrying roles counted. */
  roles: string[];
  months: CapacityRow[];
  total: CapacityRow;
  /** street quota / target over the period */
  overAssignment: Decimal;
  /** target / street quota: the attainment the plan silently relies on */
  requiredAttainment: Decimal;
  /** ceil(target / (quota per period × attainment)) */
  rampedRepsNeeded: Decimal;
  /** Hires of the first quota role that would close the period gap, starting at the period start. */
  hiresToCloseGap: Decimal;
}

export interface HiringRow {
  /** The hire's id, or `<role>-<n>` (its place in `hires`) when the plan gives none. */
  id: string;
  role: string;
  title: string;
  start: string;
  timeToFillDays: number;
  requisitionOpen: string;
  /** The requisition date is before the plan's as-of date. */
  late: boolean;
  /** The first day of the first tenure month at full ramp. */
  fullyRamped: string;
}

export interface RoleEconomics {
  role: string;
  title: string;
  ote?: Decimal;
  base?: Decimal;
  /** ote − base, when both are given. */
  variable?: Decimal;
  annualQuota?: Decimal;
  quotaToOte?: Decimal;
  /** Cost of the role's people in the period: monthly OTE × active months. */
  cost: Decimal;
}

export interface Economics {
  /** The funnel stage pipeline is counted in: goals.pipeline_stage, else `opportunity`, else the top stage. */
  pipelineStage: string;
  /** The product of the rates from the pipeline stage down to the won deal (1 when it is the won stage). */
  pipelineWinRate: Decimal;
  /** target / pipelineWinRate: the value of the pipeline stage the target needs. */
  requiredPipeline: Decimal;
  /** requiredPipeline / target */
  pipelineMultiple: Decimal;
  roles: RoleEconomics[];
  teamCost: Decimal;
  otherCosts: Decimal;
  totalCost: Decimal;
  cac: Decimal;
  paybackMonths?: Decimal;
  ltv?: Decimal;
  ltvToCac?: Decimal;
}

export interface PlanModel {
  currency: string;
  locale: string;
  period: Period;
  deals: Deals;
  funnel: FunnelRow[];
  sources: SourceRow[];
  /** The process stages, each with the volume it delivers. */
  stages: StageRow[];
  activities: ActivityTarget[];
  headcount: HeadcountRow[];
  /** Σ missing over the headcount rows: the seats still to fill. */
  missingHeads: number;
  /** Every role of the team, in team order, by the one staffing rule. */
  staffing: Staffing[];
  /** Every role of the team, in team order: staffing, heads and one rep's targets, quota and onboarding. */
  roles: RolePlan[];
  /** The action plan's milestones with start and end dates worked out. */
  milestones: Milestone[];
  capacity?: Capacity;
  /** The plan against the CRM exports in actuals/ (or --actuals), as of a date: present when there are any. */
  actuals?: ActualsModel;
  hiring: HiringRow[];
  economics: Economics;
  /** What the model found (raw values, worded where they are reported): errors first. See messages.ts. */
  messages: ModelMessage[];
}
