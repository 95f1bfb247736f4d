import type { PlanModel } from '../../model/index.ts';
import { formatFor, type Format } from '../../core/format.ts';
import { fillLabel, fillLabels, labelsFor, type Labels } from '../../core/labels/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import type { DiagramSpec } from '../types.ts';
import { labelLines } from './text.ts';

/**
 * The org chart: one node per role with its current and planned heads (model.staffing, the rule the headcount
 * table and the role handbooks show), edges from whom it reports to.
 */
export function orgDiagram(
  facts: PlanFacts,
  model: PlanModel,
  labels: Labels = labelsFor(model.locale),
  format: Format = formatFor(model),
): DiagramSpec {
  const roles = facts.team.roles;
  // Node ids by position: plan ids may hold `--`, which mermaid would read as an edge.
  const nodeId = new Map(roles.map((role, i) => [role.id, `r${i}`]));

  const nodes = roles.map((role) => {
    const staffing = model.staffing.find((s) => s.role === role.id);
    const [current, planned] = [staffing?.current ?? 0, staffing?.planned ?? 0];
    // "Title: N current + M planned", broken after the colon so the counts stay on one line.
    const countsLabel = format.plural(planned) === 'one' ? labels.diagram_org_counts_one_planned : labels.diagram_org_counts;
    const counts = fillLabels(countsLabel, { current: format.count(current), planned: format.count(planned) });
    const label = labelLines(`${role.title}:`, counts);
    return `  ${nodeId.get(role.id)}["${label}"]`;
  });
  const edges = roles.flatMap((role) =>
    role.reports_to && nodeId.has(role.reports_to) ? [`  ${nodeId.get(role.reports_to)} --> ${nodeId.get(role.id)}`] : [],
  );
  return {
    id: 'org',
    title: facts.team.title ? fillLabel(labels.diagram_org_title_named, facts.team.title) : labels.diagram_org_title,
    description: fillLabels(labels.diagram_org_description, {
      roles: fillLabels(roles.length === 1 ? labels.diagram_roles_one : labels.diagram_roles_other, { n: String(roles.length) }),
    }),
    source: ['flowchart TD', ...nodes, ...edges].join('\n'),
  };
}
