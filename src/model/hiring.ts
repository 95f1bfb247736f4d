import type { TeamSection } from '../validate/index.ts';
import { addDays, firstOfMonth, monthIndex } from '../core/dates.ts';
import { requisitionPast } from './messages.ts';
import { fullRampTenure } from './people.ts';
import type { HiringRow, ModelMessage } from './types.ts';

/**
 * Each planned hire: the requisition must open time_to_fill_days before the start (late when that is before the
 * as-of date), and the day the hire reaches full ramp.
 */
export function computeHiring(team: TeamSection, asOf: string): { rows: HiringRow[]; messages: ModelMessage[] } {
  const messages: ModelMessage[] = [];
  const rows = (team.hires ?? []).map((hire, i): HiringRow => {
    const role = team.roles.find((r) => r.id === hire.role);
    // Decision: a role without time_to_fill_days fills instantly (requisition on the start date).
    const timeToFillDays = role?.time_to_fill_days ?? 0;
    const requisitionOpen = addDays(hire.start, -timeToFillDays);
    const late = requisitionOpen < asOf;
    if (late) messages.push(requisitionPast(i, hire.role, requisitionOpen, asOf));
    const tenure = role ? fullRampTenure(role) : 1;
    // Full ramp from tenure month 1 means from the start day itself, not the first of that month.
    const fullyRamped = tenure === 1 ? hire.start : firstOfMonth(monthIndex(hire.start) + tenure - 1);
    const title = role?.title ?? hire.role;
    // Decision: a hire without an id is named by its role and place in the list (`ae-3`), so two hires of one
    // role on one date stay two identifiable rows.
    const id = hire.id ?? `${hire.role}-${i + 1}`;
    return { id, role: hire.role, title, start: hire.start, timeToFillDays, requisitionOpen, late, fullyRamped };
  });
  return { rows, messages };
}

/**
 * A name per hire that tells it from the others: its role's title, with its id where two hires share the title
 * (two SDRs of one cohort), so two bars of a timeline or two rows of a table never read the same.
 */
export function hireNames(rows: readonly Pick<HiringRow, 'id' | 'title'>[]): string[] {
  const uses = new Map<string, number>();
  for (const row of rows) uses.set(row.title, (uses.get(row.title) ?? 0) + 1);
  return rows.map((row) => ((uses.get(row.title) ?? 0) > 1 ? `${row.title} (${row.id})` : row.title));
}
