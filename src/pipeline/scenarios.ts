import type { Format } from '../core/format.ts';
import { DEFAULT_SENSITIVITY, compareScenarios, computeModel, goalSeek, sensitivity, type GoalSeekResult, type PlanModel, type ScenarioComparison, type ScenarioModel, type Sensitivity, type SensitivityConfig } from '../model/index.ts';
import type { ParsedScenarios, ParsedSection } from '../parse/index.ts';
import { sensitivitySettings, validateScenarios, type PlanFacts } from '../validate/index.ts';
import { reportFindings } from './findings.ts';

/** A scenario computed by the same model as the plan, with the facts it was computed from. */
export interface ComputedScenario extends ScenarioModel {
  facts: PlanFacts;
  overrides: { path: string; value: unknown }[];
  /** What it takes this scenario to reach each goal it misses. */
  goalSeek: GoalSeekResult[];
}

/** `sensitivity:` of scenarios.yaml over the defaults (validated with the file: its errors are placed there). */
function sensitivityConfig(file: ParsedScenarios): SensitivityConfig {
  const parsed = sensitivitySettings.safeParse(file.data?.sensitivity ?? {});
  const settings = parsed.success ? parsed.data : {};
  return { percent: settings.percent ?? DEFAULT_SENSITIVITY.percent, weeks: settings.weeks ?? DEFAULT_SENSITIVITY.weeks };
}

/** The scenarios, their comparison with the base, and what it takes the base to reach the goals it misses. */
export interface ComputedScenarios {
  runs: ComputedScenario[];
  comparison: ScenarioComparison;
  /** Decision: the goal-seek is part of the what-if page, so a plan without scenarios.yaml builds as before. */
  goalSeek: GoalSeekResult[];
  /** Each input of the base moved by ±N %, ranked by its effect on the period's gap; absent without quota roles. */
  sensitivity?: Sensitivity;
}

/**
 * Every scenario of a valid plan, validated and computed by the one model, and the comparison with the base.
 * Their messages (a bad override, a model error a scenario causes) land on the scenarios file; undefined when
 * a scenario has an error (the build stops on it like on any plan error).
 */
export function computeScenarios(
  parsed: readonly ParsedSection[],
  file: ParsedScenarios,
  base: { facts: PlanFacts; model: PlanModel },
  format: Format,
): ComputedScenarios | undefined {
  const runs: ComputedScenario[] = [];
  let complete = true;
  for (const run of validateScenarios(parsed, file)) {
    if (run.facts) {
      const model = computeModel(run.facts);
      reportFindings(model, run.sections, format);
      const computed: ComputedScenario = { id: run.id, name: run.name, model, facts: run.facts, overrides: run.overrides, goalSeek: goalSeek(run.facts, model) };
      if (run.description !== undefined) computed.description = run.description;
      runs.push(computed);
    } else {
      complete = false;
    }
    run.relay();
  }
  if (!complete || file.file.messages.some((m) => m.fatal === true)) return undefined;
  const comparison = compareScenarios({ id: 'base', name: 'base', model: base.model }, runs);
  const computed: ComputedScenarios = { runs, comparison, goalSeek: goalSeek(base.facts, base.model) };
  const ranked = sensitivity(base.facts, base.model, sensitivityConfig(file));
  if (ranked) computed.sensitivity = ranked;
  return computed;
}
