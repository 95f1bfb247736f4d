import type { TeamSection } from '../validate/index.ts';
import type { Assignment } from './activities.ts';
import type { Calendar } from './calendar.ts';
import { ceil, sum } from '../core/decimal.ts';
import { members } from './people.ts';
import type { HeadcountRow } from './types.ts';

/**
 * Who is there at the period start and who joins during it. Current: on the roster with start <= period start
 * and no end before it. Planned: hires starting within the period.
 * Decision: a roster person starting inside the period counts as planned (a signed hire), and a planned hire
 * starting before the period counts as current (they are there by the start).
 */
function staffing(team: TeamSection, role: string, calendar: Calendar): { current: number; planned: number } {
  let current = 0;
  let planned = 0;
  for (const m of members(team)) {
    if (m.role !== role || (m.end !== undefined && m.end < calendar.start)) continue;
    if (m.start <= calendar.start) current++;
    else if (m.start <= calendar.end) planned++;
  }
  return { current, planned };
}

/** Headcount from activity: FTE = Σ daily need / capacity over the role's activities; heads = ceil(FTE). */
export function computeHeadcount(team: TeamSection, assignments: Assignment[], calendar: Calendar): HeadcountRow[] {
  return team.roles.flatMap((role): HeadcountRow[] => {
    const own = assignments.filter((a) => a.role.id === role.id);
    // Decision: only roles that own a needed activity get a row; quota capacity is planned in `capacity`.
    if (own.length === 0) return [];
    const activities = own.map((a) => ({
      activity: a.activity,
      dailyNeed: a.team.perDay,
      capacity: a.capacity,
      fte: a.team.perDay.div(a.capacity),
    }));
    const fte = sum(activities.map((a) => a.fte));
    const needed = ceil(fte);
    const { current, planned } = staffing(team, role.id, calendar);
    const missing = Math.max(0, needed.toNumber() - current - planned);
    return [{ role: role.id, title: role.title, activities, fte, needed, current, planned, missing }];
  });
}
