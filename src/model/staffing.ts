import type { TeamSection } from '../validate/index.ts';
import type { Calendar } from './calendar.ts';
import { sum, type Decimal } from '../core/decimal.ts';
import { members, rampedRepsNeeded } from './people.ts';
import type { HeadcountRow, Staffing } from './types.ts';

/**
 * Who staffs each role in the period: the one rule the headcount table, the org chart and the role handbooks show.
 * - Gone before the period start (an end before it): not counted.
 * - Current: starts on or before the period start. Decision: a planned hire starting before the period counts as
 *   current (they are there by the start), like a roster person.
 * - Planned: starts after the period start, up to its end. Decision: a roster person starting inside the period
 *   counts as planned (a signed hire), like a planned hire.
 * - Later: starts after the period end. Decision: counted in neither current nor planned, in the table or the
 *   chart: they add nothing to this period's work. They are kept apart so the reader can see them.
 * - Leaving: a current person whose end falls inside the period. Decision: still current (there at the start);
 *   the capacity model stops counting them after their end month.
 */
export function staffingOf(team: TeamSection, roleId: string, calendar: Calendar): Omit<Staffing, 'title'> {
  const counts = { current: 0, planned: 0, leaving: 0, later: 0 };
  for (const m of members(team)) {
    if (m.role !== roleId || (m.end !== undefined && m.end < calendar.start)) continue;
    if (m.start > calendar.end) counts.later++;
    else if (m.start > calendar.start) counts.planned++;
    else {
      counts.current++;
      if (m.end !== undefined && m.end < calendar.end) counts.leaving++;
    }
  }
  return { role: roleId, ...counts };
}

/**
 * Every role of the team, in team order, with the heads it needs and the missing ones where the plan sizes it:
 * the headcount model's heads for a role that owns a needed activity; else, for a quota role, the fully ramped
 * reps the target needs (the capacity's rule, people.ts). Missing = max(0, needed − current − planned) either way.
 */
export function computeStaffing(team: TeamSection, calendar: Calendar, headcount: HeadcountRow[], target: Decimal): Staffing[] {
  const lengthInMonths = sum(calendar.months.map((m) => m.fraction));
  return team.roles.map((role): Staffing => {
    const own = staffingOf(team, role.id, calendar);
    const staffing: Staffing = { ...own, title: role.title };
    const row = headcount.find((h) => h.role === role.id);
    const ramped = rampedRepsNeeded(role, lengthInMonths, target);
    if (row) Object.assign(staffing, { needed: row.needed, neededBasis: 'headcount', missing: row.missing });
    else if (ramped) {
      const missing = Math.max(0, ramped.toNumber() - own.current - own.planned);
      Object.assign(staffing, { needed: ramped, neededBasis: 'quota', missing });
    }
    return staffing;
  });
}
