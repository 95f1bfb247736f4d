import type { FunnelRow, PlanModel, SourceRow } from '../../model/index.ts';
import { formatFor, type Format } from '../../core/format.ts';
import { fillLabels, labelsFor, type Labels } from '../../core/labels/index.ts';
import { narrowDiagramId } from '../../core/diagram-ids.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { DiagramSpec } from '../types.ts';
import { processSteps, sourceLanes, type SourceLane } from './lanes.ts';
import { labelLines, wrapRows } from './text.ts';

/** Left to right for a wide screen (id `process`), top-down for a phone (id `process-narrow`). */
export type ProcessDirection = 'LR' | 'TD';

/**
 * The sales process as a flowchart: the stages in order, each with its owner and, when it produces a funnel
 * stage, the conversion into it with the period volumes ("200 Meetings booked → 160 Meetings held (80%)").
 * The sources of the top stage run side by side, each with its own volume, never one after the other: a stage
 * that is one source's alone ("Prospecting by email") is that source's lane and shows its activity volume; a
 * source that shares its stage is a node of its own feeding that stage. The edge out of each source carries
 * what it delivers ("100 Meetings booked"). Every figure is the model's, through the plan's formatter, so the
 * diagram says what the funnel and sources tables say.
 */
export function processDiagram(
  facts: PlanFacts,
  model: PlanModel,
  labels: Labels = labelsFor(model.locale),
  format: Format = formatFor(model),
  direction: ProcessDirection = 'LR',
): DiagramSpec {
  const stages = facts.process.stages;
  const lanes = sourceLanes(facts, model);
  const first = stages[0]!.name;
  const last = stages[stages.length - 1]!.name;
  const description =
    stages.length === 1
      ? fillLabels(labels.diagram_process_one_stage, { first })
      : fillLabels(labels.diagram_process_description, { count: String(stages.length), first, last });
  const names = new Intl.ListFormat(model.locale, { type: 'conjunction' }).format(lanes.map((lane) => lane.source.name));
  return {
    id: direction === 'LR' ? 'process' : narrowDiagramId('process'),
    title: facts.process.title ?? labels.diagram_process_title,
    description: lanes.length > 1 ? `${description} ${fillLabels(labels.diagram_process_sources, { names })}` : description,
    source: [...LAYOUT, `flowchart ${direction}`, ...flowchart(facts, model, format, lanes)].join('\n'),
  };
}

/**
 * Mermaid's layout for this diagram (frontmatter, its per-diagram config): labels come wrapped in rows of ROW
 * characters (about 130 px; mermaid's own wrapping is off, see wrapRows) and the ranks sit closer than mermaid's
 * 50 px, so eight stages left to right keep 12 px text or more in a laptop's column.
 */
const ROW = 18;
const LAYOUT = ['---', 'config:', '  flowchart:', '    wrappingWidth: 2000', '    nodeSpacing: 30', '    rankSpacing: 35', '    padding: 10', '---'];

/** A node or edge label: each line wrapped into rows, escaped, joined with mermaid's line break. */
const label = (...lines: (string | undefined)[]) => labelLines(...lines.flatMap((line) => (line ? wrapRows(line, ROW) : [])));

/** Node and edge lines. Node ids by position: plan ids may hold `--`, which mermaid would read as an edge. */
function flowchart(facts: PlanFacts, model: PlanModel, format: Format, lanes: SourceLane[]): string[] {
  const stages = facts.process.stages;
  const roleTitle = new Map(facts.team.roles.map((role) => [role.id, role.title]));
  const laneAt = new Map(lanes.flatMap((lane) => (lane.own ? [[lane.stage, lane] as const] : [])));
  const top = model.funnel[0];

  const nodes = stages.map((stage, i) => {
    const lane = laneAt.get(i);
    const figure = lane ? activityLine(lane.source, format) : funnelLine(stage.funnel_stage, model, format);
    return `  s${i}["${label(stage.name, roleTitle.get(stage.owner) ?? stage.owner, figure)}"]`;
  });
  const feeders = lanes.flatMap((lane, j) => {
    if (lane.own) return [];
    const node = `  src${j}["${label(lane.source.name, format.count(lane.source.volume.period))}"]`;
    return [node, edge(`src${j}`, `s${lane.stage}`, lane.source, top, format)];
  });
  const steps = processSteps(stages.length, lanes);
  const edges = steps.slice(1).flatMap((step, k) =>
    steps[k]!.flatMap((from) => {
      const lane = laneAt.get(from);
      return step.map((to) => (lane ? edge(`s${from}`, `s${to}`, lane.source, top, format) : `  s${from} --> s${to}`));
    }),
  );
  return [...feeders, ...nodes, ...edges];
}

/** "12,800 Cold emails": the activity volume of the period behind one source. */
function activityLine(source: SourceRow, format: Format): string {
  return `${format.count(source.volume.period)} ${source.name}`;
}

/** An edge out of a source, labelled with what it delivers into the top stage: "100 Meetings booked". */
function edge(from: string, to: string, source: SourceRow, top: FunnelRow | undefined, format: Format): string {
  const delivered = top ? `${format.count(source.stageNeed)} ${top.name}` : format.count(source.stageNeed);
  return `  ${from} -->|"${label(delivered)}"| ${to}`;
}

/**
 * "200 Meeting booked → 160 Meeting held (80%)": the period need of the stage above, what this funnel stage must
 * produce from it and the conversion between them; the top stage shows only its own volume.
 */
function funnelLine(stageId: string | undefined, model: PlanModel, format: Format): string | undefined {
  if (!stageId) return undefined;
  const index = model.funnel.findIndex((row) => row.id === stageId);
  const row = model.funnel[index];
  if (!row) return undefined;
  const own = `${format.count(row.need.period)} ${row.name}`;
  const above = model.funnel[index - 1];
  if (!above?.rate) return own;
  return `${format.count(above.need.period)} ${above.name} → ${own} (${format.percent(above.rate)})`;
}
