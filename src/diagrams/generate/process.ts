import type { PlanModel } from '../../model/types.ts';
import type { PlanFacts } from '../../validate/schema/index.ts';
import type { DiagramSpec } from '../types.ts';
import { labelFormat, labelLines } from './text.ts';

/** Above this many stages the chart runs top-down, so it stays legible on an A4 page. */
const MAX_STAGES_ACROSS = 5;

/**
 * The sales process as a flowchart: the stages in order, each with its owner and, when it produces a funnel
 * stage, the volume the period needs and the conversion into it ("160 Meetings held (80%)").
 */
export function processDiagram(facts: PlanFacts, model: PlanModel): DiagramSpec {
  const stages = facts.process.stages;
  const format = labelFormat(model.locale);
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
    title: facts.process.title ?? 'Sales process',
    description:
      stages.length === 1
        ? `The sales process has one stage, ${first}, with its owner.`
        : `The sales process in ${stages.length} stages from ${first} to ${last}, ` +
          'with the owner of each stage and the volume it must produce.',
    source: [`flowchart ${direction}`, ...nodes, ...edges].join('\n'),
  };
}

/** "12,800 Meetings booked (80%)": the period need of the funnel stage and the rate of the stage above it. */
function funnelLine(stageId: string | undefined, model: PlanModel, format: ReturnType<typeof labelFormat>): string | undefined {
  if (!stageId) return undefined;
  const index = model.funnel.findIndex((row) => row.id === stageId);
  const row = model.funnel[index];
  if (!row) return undefined;
  const into = model.funnel[index - 1]?.rate;
  return `${format.count(row.need.period)} ${row.name}${into ? ` (${format.percent(into)})` : ''}`;
}
