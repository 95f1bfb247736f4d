import type { Format } from '../core/format.ts';
import { labelsFor } from '../core/labels/index.ts';
import { TORNADO_NARROW, TORNADO_WIDE, gapChartSvg, tornadoChartSvg, tornadoInput, type RenderInput } from '../render/index.ts';
import type { ComputedScenarios } from './scenarios.ts';

// Apart from scenarios.ts so that computing the scenarios (check, numbers, the language server) loads no renderer.
/** What the document shows of the scenarios: the comparison, what each changes, the gap chart drawn once, the goal-seek. */
export async function scenariosInput(
  scenarios: ComputedScenarios,
  format: Format,
): Promise<NonNullable<RenderInput['scenarios']>> {
  const labels = labelsFor(format.locale);
  const chart = await gapChartSvg(scenarios.comparison, format, labels);
  const input = scenarios.sensitivity && tornadoInput(scenarios.sensitivity, format, labels);
  const wide = input && (await tornadoChartSvg(input, TORNADO_WIDE, 'tornado-chart'));
  const narrow = input && (await tornadoChartSvg(input, TORNADO_NARROW, 'tornado-chart-narrow'));
  const tornado = wide && narrow ? { wide, narrow } : undefined;
  return {
    comparison: scenarios.comparison,
    runs: scenarios.runs.map(({ id, name, description, overrides, goalSeek }) => ({ id, name, description, overrides, goalSeek })),
    chart,
    goalSeek: scenarios.goalSeek,
    sensitivity: scenarios.sensitivity,
    tornado,
  };
}
