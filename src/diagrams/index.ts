import type { PlanModel } from '../model/index.ts';
import { labelsFor, type Labels } from '../core/labels/index.ts';
import type { PlanFacts } from '../validate/index.ts';
import { ganttDiagram } from './generate/gantt.ts';
import { orgDiagram } from './generate/org.ts';
import { processDiagram } from './generate/process.ts';
import type { DiagramSpec } from './types.ts';

export type { DiagramResults, DiagramSpec, RenderedDiagram } from './types.ts';

/** The diagrams every plan gets, computed from its facts and model: ids 'process', 'gantt', 'org'. */
export function generatedDiagrams(facts: PlanFacts, model: PlanModel, labels: Labels = labelsFor(facts.plan.locale)): DiagramSpec[] {
  return [processDiagram(facts, model, labels), ganttDiagram(facts, model, labels), orgDiagram(facts, model, labels)];
}
export { renderDiagrams } from './mermaid-page.ts';
export { placeMermaidError } from './mermaid-error.ts';
