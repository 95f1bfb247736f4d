import type { PlanModel } from '../../model/index.ts';
import { formatFor, type Format } from '../../core/format.ts';
import { fillLabels, labelsFor, type Labels } from '../../core/labels/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { DiagramSpec } from '../types.ts';
import { labelLines } from './text.ts';

/** Above this many stages the chart runs top-down, so it stays legible on an A4 page. */
const MAX_STAGES_ACROSS = 5;

/**
 * The sales process as a flowchart: the stages in order, each with its owner and, when it produces a funnel
 * stage, the conversion into it with the period volumes ("200 Meetings booked → 160 Meetings held (80.0%)").
 * Counts and rates go through the plan's formatter, so the diagram says what the funnel table says.
 */
export function processDiagram(
  facts: PlanFacts,
  model: PlanModel,
  labels: Labels = labelsFor(model.locale),
  format: Format = formatFor(model),
): DiagramSpec {
  const stages = facts.process.stages;
  const roleTitle = new Map(facts.team.roles.map((role) => [role.id, role.title]));
  const direction = stages.length > MAX_STAGES_ACROSS ? 'TD' : 'LR';

  const nodes = stages.map((stage, i) => {
    const label = labelLines(stage.name, roleTitle.get(stage.owner) ?? stage.owner, funnelLine(stage.funnel_stage, model, format));
    return `  s${i}["${label}"]`;
  });
  // Node ids by position: plan ids may hold `--`, which mermaid would read as an edge.
  const edges = stages.slice(1).map((_, i) => `  s${i} --> s${i + 1}`);

  const first = stages[0]!.name;
  const last = stages[stages.length - 1]!.name;
  return {
    id: 'process',
    title: facts.process.title ?? labels.diagram_process_title,
    description:
      stages.length === 1
        ? fillLabels(labels.diagram_process_one_stage, { first })
        : fillLabels(labels.diagram_process_description, { count: String(stages.length), first, last }),
    source: [`flowchart ${direction}`, ...nodes, ...edges].join('\n'),
  };
}

/**
 * "200 Meeting booked → 160 Meeting held (80.0%)": the period need of the stage above, what this funnel stage must
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
