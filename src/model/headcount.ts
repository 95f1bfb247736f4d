import type { TeamSection } from '../validate/index.ts';
import type { Assignment } from './activities.ts';
import type { Calendar } from './calendar.ts';
import { ceil, sum } from '../core/decimal.ts';
import { staffingOf } from './staffing.ts';
import type { HeadcountRow } from './types.ts';

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
    const { current, planned } = staffingOf(team, role.id, calendar);
    const missing = Math.max(0, needed.toNumber() - current - planned);
    return [{ role: role.id, title: role.title, activities, fte, needed, current, planned, missing }];
  });
}
