import type { VFile } from 'vfile';
import { hasErrors, messageAt } from '../diagnostics/index.ts';
import { computeModel } from '../model/index.ts';
import type { PlanModel } from '../model/types.ts';
import { parseSection } from '../parse/parse-section.ts';
import { readPlan } from '../parse/read-plan.ts';
import type { ParsedSection } from '../parse/types.ts';
import type { RenderInput } from '../render/types.ts';
import { validatePlan } from '../validate/index.ts';
import type { PlanFacts, SectionKey } from '../validate/schema/index.ts';
import { sectionsByKey } from './sections.ts';
import type { Timings } from './types.ts';
import { stopwatch } from './stopwatch.ts';

export interface LoadedPlan {
  files: VFile[];
  parsed: ParsedSection[];
  byKey: Map<SectionKey, ParsedSection>;
  /** Present when the plan validated. */
  facts?: PlanFacts;
  /** Present when the plan validated; may still carry error findings (see `ok`). */
  model?: PlanModel;
  /** The model's warnings, placed at their YAML values, for the pages they belong to. */
  warnings: RenderInput['warnings'];
  ok: boolean;
}

/**
 * The browser-free half of a build: parse, validate, compute. `build`, `check` and `numbers` share it,
 * so all three report exactly the same messages for the same plan.
 */
export async function loadPlan(planDir: string, cwd: string, timings: Timings = {}): Promise<LoadedPlan> {
  const clock = stopwatch(timings);
  const files = await clock('parse', () => readPlan(planDir, cwd));
  const parsed = await clock('parse', () => Promise.all(files.map((file) => parseSection(file))));
  const byKey = sectionsByKey(parsed);
  const warnings: LoadedPlan['warnings'] = [];
  const loaded = (extra: Partial<LoadedPlan> = {}): LoadedPlan => ({
    files,
    parsed,
    byKey,
    warnings,
    ok: !hasErrors(files),
    ...extra,
  });

  const facts = clock.sync('validate', () => validatePlan(parsed));
  if (!facts || hasErrors(files)) return loaded();

  const model = clock.sync('compute', () => computeModel(facts));
  for (const finding of model.messages) {
    const section = byKey.get(finding.at.section);
    if (!section) continue;
    const message = messageAt(section, finding.at.path, finding.message, {
      severity: finding.severity,
      ruleId: finding.code,
      hint: finding.hint,
    });
    if (finding.severity === 'warning') {
      warnings.push({
        file: section.file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: finding.message,
        section: finding.at.section,
      });
    }
  }
  return loaded({ facts, model });
}
