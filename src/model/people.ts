import type { TeamSection } from '../validate/index.ts';
import { ONE, ZERO, ceil } from '../core/decimal.ts';
import type { Decimal } from '../core/decimal.ts';
import { monthIndex, tenureMonth } from '../core/dates.ts';

export type Role = TeamSection['roles'][number];

/** Someone who is or will be on the team: a person of the roster or a planned hire. */
export interface Member {
  role: string;
  start: string;
  end?: string;
  kind: 'person' | 'hire';
  /** Index in team.people or team.hires. */
  index: number;
}

export function members(team: TeamSection): Member[] {
  const people = (team.people ?? []).map(
    (p, index): Member => ({ role: p.role, start: p.start, ...(p.end ? { end: p.end } : {}), kind: 'person', index }),
  );
  const hires = (team.hires ?? []).map((h, index): Member => ({ role: h.role, start: h.start, kind: 'hire', index }));
  return [...people, ...hires];
}

/** Whether the member counts in the month `index`: from their start month, through their end month, both whole. */
export function activeIn(member: Member, index: number): boolean {
  if (tenureMonth(member.start, index) < 1) return false;
  return member.end === undefined || index <= monthIndex(member.end);
}

/** Fraction of full productivity in a tenure month (1-based); 1 after the last ramp entry or without a ramp. */
export function rampAt(role: Role, tenure: number): Decimal {
  if (tenure < 1) return ZERO;
  return role.ramp?.[tenure - 1] ?? ONE;
}

/** The first tenure month at full ramp. */
export function fullRampTenure(role: Role): number {
  const ramp = role.ramp ?? [];
  const first = ramp.findIndex((step) => step.gte(ONE));
  return first === -1 ? ramp.length + 1 : first + 1;
}

/** The role's quota per month: quota_period year → /12, quarter → /3, month as is (default year). */
export function monthlyQuota(role: Role): Decimal | undefined {
  if (!role.quota) return undefined;
  const per = { year: 12, quarter: 3, month: 1 }[role.quota_period ?? 'year'];
  return role.quota.div(per);
}

/**
 * The fully ramped reps of a quota role the target needs: ceil(target / (period quota × attainment)), the period
 * quota being the monthly quota × the period's length in months. Undefined for a role without quota or with
 * nothing to expect of a rep (attainment 0).
 */
export function rampedRepsNeeded(role: Role, lengthInMonths: Decimal, target: Decimal): Decimal | undefined {
  const expected = (monthlyQuota(role) ?? ZERO).times(lengthInMonths).times(role.attainment ?? ONE);
  return expected.gt(0) ? ceil(target.div(expected)) : undefined;
}
