import type { Decimal } from '../../core/decimal.ts';

/**
 * The plan against the CRM's actuals, as of a date (`actuals.ts`). Money is exact, rates are fractions, counts
 * are whole. Every figure the dashboard and `numbers` show; `numbers --format json` writes these field names.
 */
export interface ActualsModel {
  /** The date the actuals are read as of: the plan's `as_of`, or `--as-of`. */
  asOf: string;
  /** Working days of the period from its start through `asOf` (the day itself counted), and after it. */
  elapsedWorkingDays: number;
  remainingWorkingDays: number;
  bookings: BookingsToDate;
  months: MonthActual[];
  reps: RepActual[];
  forecast: Forecast;
  activities: ActivityActual[];
  conversion: ConversionActual[];
  /** The bookings chart's lines: one point per working day of the period. */
  series: BookingsPoint[];
  /** Each funnel stage: the plan's need by `asOf` against the deals that entered it. */
  funnel: FunnelActual[];
  /** A dashboard per team: the development roles (SDR, BDR), the quota roles (AE), and the leader's. */
  dashboards: Dashboard[];
  /** The rates the actuals imply against the plan's, and the plan recomputed with those resting on enough deals. */
  recalibration: Recalibration;
  /** Deals and activities the exports hold outside the period up to `asOf`: counted here, not in the figures. */
  outside: Outside;
  counts: { deals: number; won: number; lost: number; open: number; activities: number; notDone: number; ignored: number };
  exports: { file: string; crm: string; kind: 'deals' | 'activities'; language: 'en' | 'sv'; rows: number }[];
}

export interface BookingsToDate {
  /** The period target. */
  target: Decimal;
  /** What should have been booked by `asOf`: each month's phased target × its working days elapsed / its working days. */
  pacing: Decimal;
  /** Σ amount of the deals won from the period start through `asOf`. */
  booked: Decimal;
  wonDeals: number;
  /** booked − pacing: ahead (> 0) or behind. */
  vsPacing: Decimal;
  /** booked / target, and booked / pacing (undefined while pacing is 0). */
  attainment: Decimal;
  pacingAttainment?: Decimal;
}

export interface MonthActual {
  key: string;
  target: Decimal;
  /** The month's target × its working days elapsed by `asOf` / its working days. */
  pacing: Decimal;
  booked: Decimal;
  wonDeals: number;
  /** booked / target */
  attainment: Decimal;
}

export interface RepActual {
  person: string;
  name: string;
  role: string;
  booked: Decimal;
  wonDeals: number;
  openDeals: number;
  openAmount: Decimal;
  /** Σ open amount × the plan's win rate from each deal's stage. */
  weightedPipeline: Decimal;
  /**
   * For a quota role: the quota due by `asOf`, Σ over the months of monthly quota × the month's fraction × the
   * rep's ramp in that tenure month × the month's working days elapsed / its working days. booked / that.
   */
  quotaToDate?: Decimal;
  attainmentToDate?: Decimal;
}

export interface Forecast {
  target: Decimal;
  /** booked / elapsed working days × the period's working days (undefined before the first working day). */
  runRate?: Decimal;
  /** booked + weighted open pipeline. */
  pipeline: Decimal;
  booked: Decimal;
  /** Σ open amount × the plan's win rate from the deal's stage (the product of the stage rates to won). */
  weightedOpen: Decimal;
  openDeals: number;
  /** Open deals expected to close after the period end: left out of the forecast. */
  closingLater: { deals: number; amount: Decimal };
  /** forecast / target */
  runRateCoverage?: Decimal;
  pipelineCoverage: Decimal;
}

export interface ActivityActual {
  person: string;
  name: string;
  role: string;
  activity: string;
  /** Done from max(period start, the person's start) through `asOf`. */
  done: number;
  /** The person's working days in that span. */
  workingDays: number;
  /** done / workingDays (undefined with no working day yet). */
  perDay?: Decimal;
  /** The role's daily target for one rep (RolePlan.activities perRep.perDay), when the role owns the activity. */
  targetPerDay?: Decimal;
  /** perDay / targetPerDay */
  attainment?: Decimal;
}

export interface ConversionActual {
  from: string;
  to: string;
  planRate: Decimal;
  /** Deals that entered `from` in the period through `asOf` (from stage-entry dates), and those that went on. */
  entered: number;
  converted: number;
  /** Of the rest: lost while in `from`, and still open in it (no outcome yet). */
  lost: number;
  open: number;
  /** converted / entered; undefined with no deal to measure. */
  rate?: Decimal;
}

/** A working day of the period: what should have been booked by its end (the phased target so far), and what was. */
export interface BookingsPoint {
  date: string;
  /** Σ each month's target × its working days through `date` / its working days. */
  pacing: Decimal;
  /** Σ amount won from the period start through `date`; absent after `asOf`. */
  booked?: Decimal;
}

export interface FunnelActual {
  stage: string;
  name: string;
  /** The stage's need for the period (FunnelRow.need.period). */
  periodNeed: Decimal;
  /** periodNeed × pacing / target: the share of the need the phasing asks for by `asOf`. */
  needToDate: Decimal;
  /** Deals that entered the stage in the period through `asOf`; absent without stage-entry dates (the won stage: won deals). */
  actual?: number;
  /** actual / needToDate */
  attainment?: Decimal;
}

export type DashboardKind = 'development' | 'closing' | 'leader';

export interface Dashboard {
  /** `sdr-bdr` (its roles' ids), `ae`, or the leader's role id: its page is `dashboard-<id>.html`. */
  id: string;
  kind: DashboardKind;
  /** The roles whose reps it shows (the leader's: the top role, the whole team in `teams`). */
  roles: string[];
  scorecards: Scorecard[];
  /** The team's reps together. */
  totals: TeamTotals;
  /** The leader's page: each other dashboard's totals. */
  teams?: { id: string; kind: DashboardKind; roles: string[]; totals: TeamTotals }[];
}

export interface TeamTotals {
  reps: number;
  booked: Decimal;
  wonDeals: number;
  /** Σ the reps' quota due by `asOf`, and booked / that; absent for a team without quota. */
  quotaToDate?: Decimal;
  attainmentToDate?: Decimal;
  /** Per activity: Σ done / Σ working days against the daily target of one rep. */
  activities: { activity: string; done: number; workingDays: number; perDay?: Decimal; targetPerDay?: Decimal; attainment?: Decimal }[];
}

/** One rep: bookings against the quota due, activities per day against target, the conversion of their own deals. */
export interface Scorecard {
  person: string;
  name: string;
  role: string;
  bookings?: { booked: Decimal; wonDeals: number; openDeals: number; weightedPipeline: Decimal; quotaToDate?: Decimal; attainmentToDate?: Decimal };
  activities: ActivityActual[];
  /** Stage to stage over the deals the rep owns (only the stages any of them entered). */
  conversion: ConversionActual[];
}

/** A fact of the plan the actuals measure, as a path a scenario override takes (`goals.funnel.opportunity.rate`). */
export interface RecalibratedFact {
  path: string;
  unit: 'rate' | 'money';
  /** The funnel stage it is about (rates), or '' (the deal size). */
  subject: string;
  plan: Decimal;
  /** Measured over the decided deals: converted / (converted + lost) for a rate, booked / won for the deal size. */
  measured?: Decimal;
  /** The deals the measured value rests on. */
  deals: number;
  /** measured, rounded as a plan writes it (a rate to 0.1%, money to whole units): set when deals ≥ minDeals. */
  suggested?: Decimal;
}

export interface Recalibration {
  /** The fewest deals a measured value must rest on to be suggested. */
  minDeals: number;
  facts: RecalibratedFact[];
  /** The suggested values that differ from the plan: a scenario's overrides, in the facts' order. */
  overrides: { path: string; value: Decimal; unit: 'rate' | 'money' }[];
  /**
   * The plan as written against the plan recomputed with the overrides, the figures a scenario comparison shows
   * (ComparisonRow's group, key, subject, measure and unit), only those that change; empty without overrides.
   */
  recomputed: RecomputedRow[];
}

export interface RecomputedRow {
  group: string;
  key: string;
  subject: string;
  measure: string;
  unit: 'money' | 'count' | 'rate' | 'months';
  plan?: Decimal;
  measured?: Decimal;
  /** measured − plan */
  delta?: Decimal;
  trend: 'same' | 'better' | 'worse' | 'changed';
}

export interface Outside {
  wonBefore: { deals: number; amount: Decimal };
  /** Won after `asOf` (an export newer than the date read as of), inside the period or after it. */
  wonAfter: { deals: number; amount: Decimal };
  activities: number;
}
