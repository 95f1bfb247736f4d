import type { SectionKey } from '../validate/index.ts';
import type { Decimal } from '../core/decimal.ts';

/**
 * Every finding the model makes, as data: a stable code, a severity, the YAML value it is about (section + path)
 * and the raw values behind it (exact Decimals, ISO dates, ids). The model stays pure and words nothing: the
 * pipeline words each finding in the plan's language and formats its values for the plan's locale where it is
 * reported (src/build/findings.ts), so the CLI, `check --format json` and the document say the same thing.
 *
 * Only what validation cannot know is found here (it needs the calendar or the computed figures). The checks that
 * validation already makes (a funnel stage without a rate, a source without a yield, shares that do not add up,
 * an end before a start) are not repeated: the model never sees facts that fail them.
 */

/** The values each finding carries, by code. */
export interface FindingValues {
  'zero-working-days': { period: string };
  'phasing-sum': { sum: Decimal; target: Decimal };
  'phasing-month-outside': { month: string; period: string };
  'capacity-missing': { role: string; activity: string; hasCapacity: boolean };
  'target-not-divisible': { target: Decimal; dealSize: Decimal; deals: Decimal; overshoot: Decimal };
  'activity-unowned': { activity: string };
  'capacity-unusual': { activity: string; value: Decimal; low: number; high: number };
  'quota-ote': { role: string; ratio: Decimal };
  'attainment-high': { role: string; attainment: Decimal };
  'month-short': { month: string; coverage: Decimal; periodCovered: boolean };
  'period-short': { period: string; coverage: Decimal; hires: Decimal };
  'requisition-past': { role: string; open: string; asOf: string };
  'payback-long': { months: Decimal };
  'ltv-cac-low': { ratio: Decimal };
  'figure-too-large': { name: string; value: Decimal; limit: Decimal };
}

export type FindingCode = keyof FindingValues;

type Path = (string | number)[];

/** A finding about the plan, pointed at the YAML value it is about. `code` is the message's ruleId. */
export type ModelMessage = {
  [C in FindingCode]: {
    severity: 'error' | 'warning';
    code: C;
    at: { section: SectionKey; path: Path };
    values: FindingValues[C];
  };
}[FindingCode];

function error<C extends FindingCode>(code: C, section: SectionKey, path: Path, values: FindingValues[C]): ModelMessage {
  return { severity: 'error', code, at: { section, path }, values } as ModelMessage;
}

function warning<C extends FindingCode>(code: C, section: SectionKey, path: Path, values: FindingValues[C]): ModelMessage {
  return { severity: 'warning', code, at: { section, path }, values } as ModelMessage;
}

// Errors: the build stops.

export const zeroWorkingDays = (period: string) => error('zero-working-days', 'plan', ['period'], { period });

export const phasingSum = (sum: Decimal, target: Decimal) => error('phasing-sum', 'plan', ['phasing'], { sum, target });

export const phasingMonthOutside = (month: string, period: string) =>
  error('phasing-month-outside', 'plan', ['phasing', month], { month, period });

/**
 * A needed activity whose owner (by the process) states no capacity for it. Decision: a capacity of 0 cannot reach
 * here (the schema wants more than 0), so "not given" is the only case; `hasCapacity` says whether the role has a
 * capacity map to add it to.
 */
export const capacityMissing = (roleIndex: number, role: string, activity: string, hasCapacity: boolean) =>
  error('capacity-missing', 'team', hasCapacity ? ['roles', roleIndex, 'capacity'] : ['roles', roleIndex], {
    role,
    activity,
    hasCapacity,
  });

/** A count the plan computes to (deals, a stage's volume, an activity, heads) past VALUE_LIMITS.figureBelow. */
export const figureTooLarge = (name: string, value: Decimal, limit: Decimal) =>
  error('figure-too-large', 'goals', ['target'], { name, value, limit });

// Warnings: printed and shown in the document.

export const dealsNotDivisible = (target: Decimal, dealSize: Decimal, deals: Decimal, overshoot: Decimal) =>
  warning('target-not-divisible', 'goals', ['average_deal_size'], { target, dealSize, deals, overshoot });

export const activityUnowned = (index: number, activity: string) =>
  warning('activity-unowned', 'goals', ['sources', index, 'activity'], { activity });

export const capacityUnusual = (roleIndex: number, activity: string, value: Decimal, low: number, high: number) =>
  warning('capacity-unusual', 'team', ['roles', roleIndex, 'capacity', activity], { activity, value, low, high });

export const quotaToOte = (roleIndex: number, role: string, ratio: Decimal) =>
  warning('quota-ote', 'team', ['roles', roleIndex, 'quota'], { role, ratio });

export const attainmentHigh = (roleIndex: number, role: string, attainment: Decimal) =>
  warning('attainment-high', 'team', ['roles', roleIndex, 'attainment'], { role, attainment });

export const monthShort = (month: string, coverage: Decimal, periodCovered: boolean) =>
  warning('month-short', 'goals', ['target'], { month, coverage, periodCovered });

export const periodShort = (period: string, coverage: Decimal, hires: Decimal) =>
  warning('period-short', 'goals', ['target'], { period, coverage, hires });

export const requisitionPast = (index: number, role: string, open: string, asOf: string) =>
  warning('requisition-past', 'team', ['hires', index, 'start'], { role, open, asOf });

export const paybackLong = (months: Decimal) => warning('payback-long', 'goals', ['gross_margin'], { months });

export const ltvToCacLow = (ratio: Decimal) => warning('ltv-cac-low', 'goals', ['annual_churn'], { ratio });
