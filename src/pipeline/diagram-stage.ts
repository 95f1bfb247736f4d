import type { BrowserSession } from '../browser/index.ts';
import { addMessage } from '../core/diagnostics/index.ts';
import { generatedDiagrams } from '../diagrams/index.ts';
import { placeMermaidError } from '../diagrams/index.ts';
import { renderDiagrams } from '../diagrams/index.ts';
import type { DiagramResults, DiagramSpec } from '../diagrams/index.ts';
import type { Format } from '../core/format.ts';
import type { PlanModel } from '../model/index.ts';
import type { ParsedSection } from '../parse/index.ts';
import type { PlanFacts } from '../validate/index.ts';
import type { OnCacheDamage } from '../write/index.ts';

/** Every diagram of the plan (generated from the model, then the author's own), rendered or from the cache. */
export async function diagramStage(
  facts: PlanFacts,
  model: PlanModel,
  parsed: ParsedSection[],
  opts: {
    session: BrowserSession;
    cacheDir: string;
    format: Format;
    theme?: string | undefined;
    withoutBrowser?: 'fail' | 'skip';
    onCacheDamage?: OnCacheDamage;
  },
): Promise<DiagramResults> {
  const specs = [...generatedDiagrams(facts, model, undefined, opts.format), ...authorDiagrams(parsed)];
  const diagrams = await renderDiagrams(specs, opts);
  placeDiagramErrors(diagrams.errors, parsed);
  return diagrams;
}

/** The author's own ```mermaid blocks, rendered like the generated diagrams. */
export function authorDiagrams(parsed: ParsedSection[]): DiagramSpec[] {
  return parsed.flatMap((section) =>
    section.diagrams.map((diagram, index) => ({
      id: diagram.id,
      source: diagram.source,
      title: `${section.title ?? section.file.stem ?? 'Diagram'}: diagram ${index + 1}`,
      description: `A diagram from ${section.file.path}.`,
    })),
  );
}

/**
 * A diagram that does not render is a plan error at the block that holds it (author diagrams),
 * or an internal error (generated ones: the plan was valid, so the generator is at fault).
 */
export function placeDiagramErrors(errors: { id: string; message: string }[], parsed: ParsedSection[]): void {
  for (const error of errors) {
    const owner = parsed.find((s) => s.diagrams.some((d) => d.id === error.id));
    const block = owner?.diagrams.find((d) => d.id === error.id);
    if (owner && block) {
      const { reason, place } = placeMermaidError(error.message, block);
      addMessage(owner.file, reason, place, { ruleId: 'mermaid-syntax', source: 'diagrams' });
    } else {
      throw new Error(`internal error: the generated diagram "${error.id}" does not render: ${error.message}`);
    }
  }
}
