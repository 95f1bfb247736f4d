import type { Decimal } from '../core/decimal.ts';
import type { RepCadence } from './cadence-types.ts';

/**
 * The per-role part of the model: who is on each role's team, and one rep's plan. Part of PlanModel (re-exported
 * from types.ts); `numbers --format json` writes these field names as they are here.
 */

/**
 * Who staffs a role in the period, by one rule (staffing.ts) that the headcount table, the org chart and the
 * role handbooks all show.
 */
export interface Staffing {
  role: string;
  title: string;
  /** On the team at the period start (roster people and hires starting on or before it, not gone by then). */
  current: number;
  /** Joining inside the period: roster people or planned hires with a start after the period start, up to its end. */
  planned: number;
  /** Current people whose end date falls inside the period (counted in `current`). */
  leaving: number;
  /** Roster people or hires starting after the period end: not counted for this period. */
  later: number;
  /**
   * Heads the plan needs: the headcount the activities need (`neededBasis: 'headcount'`) for a role that owns a
   * needed activity; else, for a quota role, the fully ramped reps the target needs (`'quota'`), ceil(target /
   * (period quota × attainment)), the capacity's `rampedRepsNeeded`. Absent for any other role.
   */
  needed?: Decimal;
  neededBasis?: 'headcount' | 'quota';
  /** max(0, needed − current − planned), where `needed` is known. */
  missing?: number;
}

/** One target of a role: an activity it does, a funnel stage it is paid on, or the bookings of a quota role. */
export interface RoleTarget {
  /** The activity id, the funnel stage id, or `bookings`. */
  id: string;
  /** The activity's or stage's name; absent for `bookings` (the document labels it in its language). */
  name?: string;
  kind: 'activity' | 'stage' | 'bookings';
  /** `count`: whole things people do or reach (ceiled); `money`: exact amounts in the plan's currency. */
  unit: 'count' | 'money';
  /**
   * Week, day and full-month figures are exact rates rather than ceiled counts (outcomes: 0.78 meetings a week,
   * 3.33 in a full month), as the won deals of the funnel are. Period and month figures of a count stay whole,
   * and an outcome's months add up to its period (cadence.ts, outcomeCadence).
   */
  exactRates: boolean;
  /** What the role's whole team must deliver in the period. */
  teamNeed: Decimal;
  /** One rep's share: see roles.ts for how it is divided. */
  perRep: RepCadence;
}

/** A quota role's quota per period month and the bookings expected at its attainment. */
export interface RoleQuota {
  /** The quota as the plan writes it, and the period it is per. */
  amount: Decimal;
  per: 'year' | 'quarter' | 'month';
  /** The quota of one calendar month (quota / 12 for a yearly quota). */
  monthly: Decimal;
  attainment: Decimal;
  /** Per period month: monthly quota × the month's working-day fraction, and that × attainment. */
  months: { key: string; quota: Decimal; expected: Decimal }[];
  period: { quota: Decimal; expected: Decimal };
  /** A full month: the period figures / the period's length in months. */
  fullMonth: { quota: Decimal; expected: Decimal };
}

/** One target at a tenure month of the ramp: the rep's figures scaled by the month's productivity. */
export interface OnboardingTarget {
  /** The RoleTarget it scales (same id and kind). */
  id: string;
  kind: RoleTarget['kind'];
  perDay: Decimal;
  perWeek: Decimal;
  /** RoleTarget.perRep.fullMonth × productivity. */
  fullMonth: Decimal;
}

/** One month of the 30/60/90-day onboarding plan. */
export interface OnboardingMonth {
  /** Tenure month 1, 2 or 3. */
  month: number;
  /** Days on the job the month covers: 1-30, 31-60, 61-90. */
  firstDay: number;
  lastDay: number;
  /** The role's ramp at that tenure month (1 after the ramp ends). */
  productivity: Decimal;
  /** productivity ≥ 1 */
  full: boolean;
  /**
   * productivity = 0: every target of the month is 0 (kept in `targets` for the numbers), so the handbook says
   * what the month is for instead of printing a table of zeros.
   */
  noTargets: boolean;
  targets: OnboardingTarget[];
  /** For a quota role: the full month's quota and expected bookings, scaled. */
  quota?: { quota: Decimal; expected: Decimal };
}

/** How the heads a rep's share is divided among were found. */
export type HeadsBasis = 'headcount' | 'quota' | 'staffed';

/** One role's plan: for a rep of the role, the targets the handbook shows (its staffing is PlanModel.staffing). */
export interface RolePlan {
  role: string;
  title: string;
  /**
   * The heads the role's staffing needs (Staffing.needed): the needed headcount (`headcount`) for a role that owns
   * an activity; else, for a quota role, the ramped reps the target needs (`quota`); else the role's current and
   * planned people, at least 1 (`staffed`). The team's activities, and a role without quota's outcomes, are
   * divided among them.
   */
  heads: Decimal;
  headsBasis: HeadsBasis;
  /** The activities the role owns (the same needs as PlanModel.activities). */
  activities: RoleTarget[];
  /**
   * What the role is paid on: funnel stages (see outcomes.ts) and, for a quota role, bookings. A quota role's
   * per-rep figures come from one rep's quota (quota-targets.ts): bookings = the quota, deals and stages above
   * through the plan's deal size and funnel.
   */
  outcomes: RoleTarget[];
  quota?: RoleQuota;
  /** The role's ramp by tenure month as the plan writes it (1 after the last entry; empty: full from the start). */
  ramp: Decimal[];
  /** What one rep does in a full selling day, per activity or funnel stage id, as the plan writes it. */
  capacity: { id: string; perDay: Decimal }[];
  timeToFillDays?: number;
  /** Tenure months 1-3; empty for a role with no targets and no quota. */
  onboarding: OnboardingMonth[];
  /** The role gets its own handbook: it has targets or carries a quota. */
  handbook: boolean;
}

/** A milestone of the action plan with its dates worked out (milestones.ts). */
export interface Milestone {
  id: string;
  title: string;
  owner: string;
  workstream?: string;
  /** Its own start, or the day after the last of its dependencies ends, whichever is later. */
  start: string;
  /** `end` as written, or start + duration_days − 1 (inclusive), or the start for a one-day point. */
  end: string;
  /** Calendar days from start to end, both included. */
  days: number;
  /** Neither `end` nor `duration_days` was given: a single-day point in time. */
  point: boolean;
  /** The start was pushed past the written one by a dependency. */
  delayed: boolean;
  dependsOn: string[];
}
