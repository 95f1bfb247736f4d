import { hireNames, type Milestone, type PlanModel } from '../../model/index.ts';
import { fillLabel, fillLabels, labelsFor, type Labels } from '../../core/labels/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { DiagramSpec } from '../types.ts';
import { escapeGanttText } from './text.ts';

/** Words mermaid's gantt lexer reads as a statement at the start of a line. */
const KEYWORDS = new RegExp(
  '^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|click|inclusiveenddates|' +
    'topaxis|weekday|weekend|acctitle|accdescr|displaymode)\\b',
  'i',
);

/**
 * The action plan as a gantt chart: one section per workstream (in order of first appearance), each milestone on
 * the dates the model worked out (model.milestones: a dependency pushes the start, a duration gives the end), so
 * the chart and the milestones table show the same dates; then a Hiring section with each planned hire's
 * recruiting window (critical when the requisition is already late) and ramp-up to full productivity.
 */
export function ganttDiagram(facts: PlanFacts, model: PlanModel, labels: Labels = labelsFor(model.locale)): DiagramSpec {
  const milestones = model.milestones;
  const sections = new Map<string, string[]>();
  milestones.forEach((milestone, i) => {
    const workstream = milestone.workstream ?? labels.diagram_default_workstream;
    const lines = sections.get(workstream) ?? [];
    // Task ids by position: plan ids are free to look like gantt syntax.
    lines.push(milestoneTask(milestone, `m${i}`));
    sections.set(workstream, lines);
  });

  const names = hireNames(model.hiring);
  const hiring = model.hiring.flatMap((hire, i) => {
    const lines: string[] = [];
    const name = names[i]!;
    if (hire.requisitionOpen < hire.start) {
      lines.push(task(fillLabel(labels.diagram_recruit, name), [...(hire.late ? ['crit'] : []), `h${i}r`, hire.requisitionOpen, hire.start]));
    }
    lines.push(
      hire.fullyRamped > hire.start
        ? task(fillLabel(labels.diagram_ramps_up, name), [`h${i}p`, hire.start, hire.fullyRamped])
        : task(fillLabel(labels.diagram_starts, name), ['milestone', `h${i}p`, hire.start, '0d']),
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
    // d3 writes month names in English only: a language without them in its format gets numeric dates.
    `  axisFormat ${labels.diagram_gantt_axis_format}`,
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

function milestoneTask(milestone: Milestone, id: string): string {
  if (milestone.point) return task(milestone.title, ['milestone', id, milestone.start, '0d']);
  return task(milestone.title, [id, milestone.start, milestone.end]);
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
