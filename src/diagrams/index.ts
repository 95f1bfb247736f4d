import type { PlanModel } from '../model/index.ts';
import { formatFor, type Format } from '../core/format.ts';
import { labelsFor, type Labels } from '../core/labels/index.ts';
import type { PlanFacts } from '../validate/index.ts';
import { ganttDiagram } from './generate/gantt.ts';
import { orgDiagram } from './generate/org.ts';
import { processDiagram } from './generate/process.ts';
import type { DiagramSpec } from './types.ts';

export type { DiagramResults, DiagramSpec, RenderedDiagram } from './types.ts';

/**
 * The diagrams every plan gets, computed from its facts and model: ids 'process' (left to right) and
 * 'process-narrow' (the same top-down, for a phone), 'gantt', 'org'. Their numbers
 * go through the build's one formatter (the tables' own), so a figure reads the same in a diagram and a table.
 */
export function generatedDiagrams(
  facts: PlanFacts,
  model: PlanModel,
  labels: Labels = labelsFor(facts.plan.locale),
  format: Format = formatFor(model),
): DiagramSpec[] {
  return [
    processDiagram(facts, model, labels, format, 'LR'),
    processDiagram(facts, model, labels, format, 'TD'),
    ganttDiagram(facts, model, labels),
    orgDiagram(facts, model, labels, format),
  ];
}
export { renderDiagrams } from './mermaid-page.ts';
export { placeMermaidError } from './mermaid-error.ts';
export { authorDiagramProblem, generatedDiagramProblem, type LimitProblem } from './limits.ts';
