import type { SectionKey } from '../validate/index.ts';
import type { Decimal } from '../core/decimal.ts';
import type { ModelMessage } from './types.ts';

/**
 * Every finding the model makes, worded in one place. Each points at the YAML value it is about
 * (section + path) so the CLI can print file:line:column, and says what to do about it.
 */

type Path = (string | number)[];

function error(code: string, section: SectionKey, path: Path, message: string, hint: string): ModelMessage {
  return { severity: 'error', code, message, hint, at: { section, path } };
}

function warning(code: string, section: SectionKey, path: Path, message: string, hint: string): ModelMessage {
  return { severity: 'warning', code, message, hint, at: { section, path } };
}

const pct = (d: Decimal) => `${d.times(100).toFixed(1)}%`;
const num = (d: Decimal, places = 2) => d.toDecimalPlaces(places).toString();

// Errors: the build stops.

export const zeroWorkingDays = (label: string) =>
  error(
    'zero-working-days',
    'plan',
    ['period'],
    `the period ${label} has no working days, so no daily targets or headcount can be computed`,
    'check the period dates, calendar.workweek and calendar.holidays',
  );

export const phasingSum = (sum: Decimal, target: Decimal) =>
  error(
    'phasing-sum',
    'plan',
    ['phasing'],
    `the phased amounts add up to ${num(sum)}, but the target is ${num(target)}`,
    `change the monthly amounts so they add up to ${num(target)}, or use phasing: working_days`,
  );

export const phasingMonthOutside = (key: string, label: string) =>
  error(
    'phasing-month-outside',
    'plan',
    ['phasing', key],
    `${key} is not a month of the period ${label}`,
    'phase the target only over months the period covers',
  );

export const rateMissing = (index: number, stage: string) =>
  error(
    'rate-missing',
    'goals',
    ['funnel', index],
    `funnel stage ${stage} has no rate into the next stage`,
    'add rate: (e.g. 25%); only the last (won) stage has none',
  );

export const sourceYieldMissing = (index: number, activity: string) =>
  error(
    'source-yield-missing',
    'goals',
    ['sources', index],
    `source ${activity} has neither one_in nor rate`,
    'add one_in: 128 (one top-stage unit per 128 activities) or rate: 0.8%',
  );

export const sourceShares = (sum: Decimal) =>
  error(
    'source-shares',
    'goals',
    ['sources'],
    `the source shares add up to ${pct(sum)}, not 100%`,
    'make the shares of all sources add up to 100%',
  );

/** `present`: the capacity is written (as 0); `hasMap`: the role has a capacity map at all. */
export const capacityMissing = (roleIndex: number, role: string, activity: string, present: boolean, hasMap: boolean) =>
  error(
    'capacity-missing',
    'team',
    present
      ? ['roles', roleIndex, 'capacity', activity]
      : hasMap
        ? ['roles', roleIndex, 'capacity']
        : ['roles', roleIndex],
    `${activity} is needed and role ${role} owns it, but its capacity for it is ${present ? '0' : 'not given'}`,
    `set capacity: { ${activity}: <units one rep does in a full day> } on role ${role}`,
  );

export const personEndBeforeStart = (index: number, id: string) =>
  error(
    'end-before-start',
    'team',
    ['people', index, 'end'],
    `${id} ends before they start`,
    'check the start and end dates',
  );

// Warnings: printed and shown in the document.

export const dealsNotDivisible = (target: Decimal, dealSize: Decimal, deals: Decimal, overshoot: Decimal) =>
  warning(
    'target-not-divisible',
    'goals',
    ['average_deal_size'],
    `the target ${num(target)} is not a whole number of ${num(dealSize)} deals: ` +
      `${deals.toString()} deals book ${num(overshoot)} more than the target`,
    'this is fine when intended; otherwise adjust the target or the average deal size',
  );

export const activityUnowned = (index: number, activity: string) =>
  warning(
    'activity-unowned',
    'goals',
    ['sources', index, 'activity'],
    `no role has a capacity for ${activity}, so no headcount is computed for it`,
    `add capacity: { ${activity}: <units per day> } to the role that does it`,
  );

export const capacityUnusual = (roleIndex: number, activity: string, value: Decimal, low: number, high: number) =>
  warning(
    'capacity-unusual',
    'team',
    ['roles', roleIndex, 'capacity', activity],
    `${num(value)} ${activity} a day is far outside the common range of ${low}-${high}`,
    'check the capacity: it drives the headcount; log real activity for a few weeks to measure it',
  );

export const quotaToOte = (roleIndex: number, role: string, ratio: Decimal) =>
  warning(
    'quota-ote',
    'team',
    ['roles', roleIndex, 'quota'],
    `role ${role} has a quota of ${num(ratio, 1)}x its OTE; 3-6x is common`,
    'check the quota and the OTE: below 3x the role rarely pays for itself, above 6x few reps reach it',
  );

export const attainmentHigh = (roleIndex: number, role: string, attainment: Decimal) =>
  warning(
    'attainment-high',
    'team',
    ['roles', roleIndex, 'attainment'],
    `role ${role} is planned at ${pct(attainment)} of quota`,
    'plan with the attainment the team really reaches (often 60-90%)',
  );

export const monthShort = (key: string, coverage: Decimal, periodCovered: boolean) =>
  warning(
    'month-short',
    'goals',
    ['target'],
    `${key}: the team is expected to close ${pct(coverage)} of the month's target` +
      (periodCovered ? ', even though the period as a whole is covered' : ''),
    'hire earlier, phase the target differently, or accept the dip knowingly',
  );

export const periodShort = (label: string, coverage: Decimal, hires: Decimal) =>
  warning(
    'period-short',
    'goals',
    ['target'],
    `the team is expected to close ${pct(coverage)} of the target for ${label}`,
    hires.gt(0)
      ? `about ${hires.toString()} more quota-carrying hire(s) starting at the period start would close the gap`
      : 'hires starting this period do not ramp in time; raise attainment, lower the target or start earlier',
  );

export const requisitionPast = (index: number, role: string, open: string, asOf: string) =>
  warning(
    'requisition-past',
    'team',
    ['hires', index, 'start'],
    `the requisition for the ${role} hire had to open by ${open}, before ${asOf}`,
    'open the requisition now and move the start date, or plan for the later start',
  );

export const paybackLong = (months: Decimal) =>
  warning(
    'payback-long',
    'goals',
    ['gross_margin'],
    `CAC payback is ${num(months, 1)} months, over 12`,
    'lower the cost of acquisition or raise deal size or margin',
  );

export const ltvToCacLow = (ratio: Decimal) =>
  warning(
    'ltv-cac-low',
    'goals',
    ['annual_churn'],
    `LTV:CAC is ${num(ratio, 1)}, below 3`,
    'a sustainable sales motion usually returns at least 3x its acquisition cost',
  );
