/**
 * salesplan as a library (`import { build, check, computeModel } from 'salesplan'`), documented in the README's
 * "Use it as a library". What the CLI does, without its flags and messages: `check` reads, validates and computes a
 * plan; `build` also writes its site and PDFs; `computeModel` is the planning model alone, a pure function of
 * validated facts. Paths are relative to `cwd` (default the process's).
 */
import { toJsonMessages, type JsonMessage } from './core/diagnostics/index.ts';
import { loadPlan } from './pipeline/index.ts';
import type { PlanModel } from './model/index.ts';
import type { PlanFacts } from './validate/index.ts';

export { build } from './pipeline/index.ts';
export type { BuildOptions, BuildResult, ProgressEvent, Timings } from './pipeline/index.ts';
export { computeModel } from './model/index.ts';
export type * from './model/index.ts';
export type { PlanFacts } from './validate/index.ts';
export type { JsonMessage } from './core/diagnostics/index.ts';

export interface CheckOptions {
  /** What the plan folder is relative to, and what message paths are relative to; default process.cwd(). */
  cwd?: string;
}

export interface CheckResult {
  /** False when any message is an error (`salesplan check` exits 1). */
  ok: boolean;
  /** Every message, as `salesplan check --format json` prints them: sorted by file, line and column. */
  messages: JsonMessage[];
  /** The validated facts of the plan's sections, when the plan validated. */
  facts?: PlanFacts;
  /** Every figure the plan implies, when the plan validated (it may still carry error findings: see `ok`). */
  model?: PlanModel;
}

/** `salesplan check` as a function: parse, validate and compute the plan in `planDir`; no browser, nothing written. */
export async function check(planDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const plan = await loadPlan(planDir, options.cwd ?? process.cwd());
  return {
    ok: plan.ok,
    messages: toJsonMessages(plan.files),
    ...(plan.facts ? { facts: plan.facts } : {}),
    ...(plan.model ? { model: plan.model } : {}),
  };
}
