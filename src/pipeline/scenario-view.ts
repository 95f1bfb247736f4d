import type { Format } from '../core/format.ts';
import { labelsFor } from '../core/labels/index.ts';
import { gapChartSvg, type RenderInput } from '../render/index.ts';
import type { ScenarioComparison } from '../model/index.ts';
import type { ComputedScenario } from './scenarios.ts';

// Apart from scenarios.ts so that computing the scenarios (check, numbers, the language server) loads no renderer.
/** What the document shows of the scenarios: the comparison, what each changes, and the gap chart drawn once. */
export async function scenariosInput(
  scenarios: { runs: ComputedScenario[]; comparison: ScenarioComparison },
  format: Format,
): Promise<NonNullable<RenderInput['scenarios']>> {
  const chart = await gapChartSvg(scenarios.comparison, format, labelsFor(format.locale));
  return {
    comparison: scenarios.comparison,
    runs: scenarios.runs.map(({ id, name, description, overrides }) => ({ id, name, description, overrides })),
    chart,
  };
}
