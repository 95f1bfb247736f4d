import type { Format } from '../core/format.ts';
import { labelsFor } from '../core/labels/index.ts';
import { gapChartSvg, type RenderInput } from '../render/index.ts';
import type { ComputedScenarios } from './scenarios.ts';

// Apart from scenarios.ts so that computing the scenarios (check, numbers, the language server) loads no renderer.
/** What the document shows of the scenarios: the comparison, what each changes, the gap chart drawn once, the goal-seek. */
export async function scenariosInput(
  scenarios: ComputedScenarios,
  format: Format,
): Promise<NonNullable<RenderInput['scenarios']>> {
  const chart = await gapChartSvg(scenarios.comparison, format, labelsFor(format.locale));
  return {
    comparison: scenarios.comparison,
    runs: scenarios.runs.map(({ id, name, description, overrides }) => ({ id, name, description, overrides })),
    chart,
    goalSeek: scenarios.goalSeek,
  };
}
