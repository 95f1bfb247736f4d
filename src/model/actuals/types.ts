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
  /** converted / entered; undefined with no deal to measure. */
  rate?: Decimal;
}

export interface Outside {
  wonBefore: { deals: number; amount: Decimal };
  /** Won after `asOf` (an export newer than the date read as of), inside the period or after it. */
  wonAfter: { deals: number; amount: Decimal };
  activities: number;
}
