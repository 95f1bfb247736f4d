import { dayNumber, isoDate } from '../core/dates.ts';
import type { PlanFacts } from '../validate/index.ts';
import type { Milestone } from './types.ts';

type ActionPlanSection = PlanFacts['action_plan'];
type Written = ActionPlanSection['milestones'][number];

/**
 * Every milestone with its dates worked out, in plan order.
 * Decision: a milestone starts on its own start date, or the day after the last of its dependencies ends,
 * whichever is later (so the table and the gantt chart show one start, and neither draws work before what it
 * waits for). Its end is `end` as written, or start + duration_days − 1 (end dates are inclusive); with neither it is
 * a one-day point. A written end before a pushed start moves to the start, so the chart never runs backwards.
 * Unknown dependencies and cycles are validation errors; here they are skipped.
 */
export function computeMilestones(section: ActionPlanSection): Milestone[] {
  const byId = new Map(section.milestones.map((m) => [m.id, m]));
  const done = new Map<string, Milestone>();
  const resolve = (m: Written, visiting: Set<string>): Milestone => {
    const known = done.get(m.id);
    if (known) return known;
    visiting.add(m.id);
    const dependencyEnds = (m.depends_on ?? []).flatMap((id) => {
      const dep = byId.get(id);
      return dep && !visiting.has(id) ? [dayNumber(resolve(dep, visiting).end)] : [];
    });
    visiting.delete(m.id);
    const own = dayNumber(m.start);
    const start = Math.max(own, ...dependencyEnds.map((day) => day + 1));
    const point = m.end === undefined && m.duration_days === undefined;
    const written = m.end !== undefined ? dayNumber(m.end) : start + Math.max((m.duration_days ?? 1) - 1, 0);
    const end = Math.max(written, start);
    const milestone: Milestone = {
      id: m.id,
      title: m.title,
      owner: m.owner,
      ...(m.workstream !== undefined ? { workstream: m.workstream } : {}),
      start: isoDate(start),
      end: isoDate(end),
      days: end - start + 1,
      point,
      delayed: start > own,
      dependsOn: m.depends_on ?? [],
    };
    done.set(m.id, milestone);
    return milestone;
  };
  return section.milestones.map((m) => resolve(m, new Set()));
}
