import type { TeamSection } from '../validate/index.ts';
import type { Calendar } from './calendar.ts';
import { members } from './people.ts';
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

/** Every role of the team, in team order; needed and missing where the headcount model sized the role. */
export function computeStaffing(team: TeamSection, calendar: Calendar, headcount: HeadcountRow[]): Staffing[] {
  return team.roles.map((role): Staffing => {
    const row = headcount.find((h) => h.role === role.id);
    const own = staffingOf(team, role.id, calendar);
    const staffing: Staffing = { ...own, title: role.title };
    if (row) Object.assign(staffing, { needed: row.needed, missing: row.missing });
    return staffing;
  });
}
