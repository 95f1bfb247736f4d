import { addMessage, messageAt, readmeUrl } from '../core/diagnostics/index.ts';
import type { Format } from '../core/format.ts';
import { authorDiagramProblem, generatedDiagramProblem, generatedDiagrams } from '../diagrams/index.ts';
import type { PlanModel } from '../model/index.ts';
import type { ParsedSection } from '../parse/index.ts';
import type { PlanFacts, SectionKey } from '../validate/index.ts';

/** The frontmatter list each generated diagram is drawn from: where a diagram too big for Mermaid is reported. */
const DRAWN_FROM: Record<string, { section: SectionKey; path: string[]; items: string }> = {
  process: { section: 'process', path: ['stages'], items: 'stages' },
  gantt: { section: 'action_plan', path: ['milestones'], items: 'milestones' },
  org: { section: 'team', path: ['roles'], items: 'roles' },
};

const OPTIONS = { ruleId: 'diagram-too-large', source: 'diagrams', url: readmeUrl('limits-and-ranges') } as const;

/**
 * Mermaid's limits (core/limits.ts DIAGRAM_LIMITS), checked without a browser so `check` reports them too: an
 * author's block over the text limit is an error at the block; a generated diagram over either limit is an error
 * at the list it is drawn from (Mermaid would draw a box saying "Maximum text size in diagram exceeded", or stop).
 */
export function checkAuthorDiagramLimits(parsed: readonly ParsedSection[]): void {
  for (const section of parsed) {
    for (const diagram of section.diagrams) {
      const problem = authorDiagramProblem(diagram.source);
      if (problem) addMessage(section.file, problem.reason, diagram.position, { ...OPTIONS, hint: problem.hint });
    }
  }
}

export function checkGeneratedDiagramLimits(
  facts: PlanFacts,
  model: PlanModel,
  byKey: ReadonlyMap<SectionKey, ParsedSection>,
  format: Format,
): void {
  for (const spec of generatedDiagrams(facts, model, undefined, format)) {
    const from = DRAWN_FROM[spec.id];
    const section = from && byKey.get(from.section);
    const problem = from && generatedDiagramProblem(spec, from.items);
    if (section && problem) messageAt(section, from.path, problem.reason, { ...OPTIONS, at: 'key', hint: problem.hint });
  }
}
