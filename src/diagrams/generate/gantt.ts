import type { PlanModel } from '../../model/index.ts';
import { fillLabel, fillLabels, labelsFor, type Labels } from '../../core/labels/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { DiagramSpec } from '../types.ts';
import { escapeGanttText } from './text.ts';

type Milestone = PlanFacts['action_plan']['milestones'][number];

/** Words mermaid's gantt lexer reads as a statement at the start of a line. */
const KEYWORDS = new RegExp(
  '^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|click|inclusiveenddates|' +
    'topaxis|weekday|weekend|acctitle|accdescr|displaymode)\\b',
  'i',
);

/**
 * The action plan as a gantt chart: one section per workstream (in order of first appearance), each milestone
 * starting after the dependency that ends last (or on its start date); then a Hiring section with each planned hire's
 * recruiting window (critical when the requisition is already late) and ramp-up to full productivity.
 */
export function ganttDiagram(facts: PlanFacts, model: PlanModel, labels: Labels = labelsFor(model.locale)): DiagramSpec {
  const milestones = facts.action_plan.milestones;
  // Task ids by position: plan ids are free to look like gantt syntax.
  const taskId = new Map(milestones.map((m, i) => [m.id, `m${i}`]));
  const ends = endDays(milestones);
  const sections = new Map<string, string[]>();
  milestones.forEach((milestone, i) => {
    const workstream = milestone.workstream ?? labels.diagram_default_workstream;
    const lines = sections.get(workstream) ?? [];
    lines.push(milestoneTask(milestone, `m${i}`, taskId, ends));
    sections.set(workstream, lines);
  });

  const hiring = model.hiring.flatMap((hire, i) => {
    const lines: string[] = [];
    if (hire.requisitionOpen < hire.start) {
      lines.push(task(fillLabel(labels.diagram_recruit, hire.title), [...(hire.late ? ['crit'] : []), `h${i}r`, hire.requisitionOpen, hire.start]));
    }
    lines.push(
      hire.fullyRamped > hire.start
        ? task(fillLabel(labels.diagram_ramps_up, hire.title), [`h${i}p`, hire.start, hire.fullyRamped])
        : task(fillLabel(labels.diagram_starts, hire.title), ['milestone', `h${i}p`, hire.start, '0d']),
    );
    return lines;
  });

  const streams = sections.size;
  // Mermaid places a section's label by its name: a second section of the same name puts both labels
  // between the two. The hires therefore join the plan's own Hiring workstream when it has one.
  const hiringName = labels.diagram_hiring;
  if (hiring.length) sections.set(hiringName, [...(sections.get(hiringName) ?? []), ...hiring]);

  const source = [
    'gantt',
    '  dateFormat YYYY-MM-DD',
    // Without these the chart would change with the day it is built on and cut a day off each end date.
    '  todayMarker off',
    '  inclusiveEndDates',
    ...[...sections].flatMap(([name, lines]) => [`  section ${taskName(name)}`, ...lines]),
  ].join('\n');

  const hires = model.hiring.length;
  return {
    id: 'gantt',
    title: facts.action_plan.title ? fillLabel(labels.diagram_gantt_title_named, facts.action_plan.title) : labels.diagram_gantt_title,
    description: fillLabels(hires ? labels.diagram_gantt_description_hires : labels.diagram_gantt_description, {
      milestones: count(milestones.length, labels.diagram_milestones_one, labels.diagram_milestones_other),
      workstreams: count(streams, labels.diagram_workstreams_one, labels.diagram_workstreams_other),
      hires: count(hires, labels.diagram_hires_one, labels.diagram_hires_other),
    }),
    source,
  };
}

function milestoneTask(milestone: Milestone, id: string, taskId: Map<string, string>, ends: EndDays): string {
  const after = taskId.get(latestDependency(milestone, ends) ?? '');
  const start = after ? `after ${after}` : milestone.start;
  if (milestone.end) return task(milestone.title, [id, start, milestone.end]);
  if (milestone.duration_days) return task(milestone.title, [id, start, `${milestone.duration_days}d`]);
  return task(milestone.title, ['milestone', id, start, '0d']);
}

function task(name: string, fields: string[]): string {
  return `  ${taskName(name)} :${fields.join(', ')}`;
}

/** Escaped, and a leading keyword disguised as an entity so the line stays a task. */
function taskName(name: string): string {
  const escaped = escapeGanttText(name);
  return KEYWORDS.test(escaped) ? `#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped;
}

function count(n: number, one: string, other: string): string {
  return fillLabels(n === 1 ? one : other, { n: String(n) });
}

type EndDays = (id: string) => number | undefined;

/**
 * The day each milestone ends, as mermaid will lay it out. Needed because mermaid resolves `after a b` only
 * against tasks already read, so a task names the one dependency that ends last (`after b`), which it resolves
 * wherever b is.
 */
function endDays(milestones: Milestone[]): EndDays {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const memo = new Map<string, number | undefined>();
  const end = (id: string, visiting: Set<string>): number | undefined => {
    if (memo.has(id)) return memo.get(id);
    const m = byId.get(id);
    // Unknown ids and cycles are validation errors reported elsewhere; here they just have no end.
    if (!m || visiting.has(id)) return undefined;
    visiting.add(id);
    const deps = (m.depends_on ?? []).map((dep) => end(dep, visiting)).filter((day) => day !== undefined);
    const start = deps.length ? Math.max(...deps) + 1 : day(m.start);
    const result = m.end ? day(m.end) : start + Math.max((m.duration_days ?? 1) - 1, 0);
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  return (id) => end(id, new Set());
}

function latestDependency(milestone: Milestone, ends: EndDays): string | undefined {
  let latest: { id: string; day: number } | undefined;
  for (const dep of milestone.depends_on ?? []) {
    const day = ends(dep);
    if (day !== undefined && (!latest || day > latest.day)) latest = { id: dep, day };
  }
  return latest?.id;
}

function day(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}
