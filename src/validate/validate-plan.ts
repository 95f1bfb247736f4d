import { hasErrors } from '../core/diagnostics/message.ts';
import type { ParsedSection } from '../parse/index.ts';
import { CheckContext } from './context.ts';
import { checkCycles } from './cycles.ts';
import { checkDates } from './date-rules.ts';
import { checkGoals } from './goals-rules.ts';
import { checkDuplicateIds } from './ids.ts';
import { checkPlanLinks } from './link-rules.ts';
import { checkLocaleAndCurrency } from './plan-rules.ts';
import { checkReferences } from './references.ts';
import { SECTION_KEYS, type PlanFacts } from './schema/index.ts';
import { assignSections, validateSections } from './validate-sections.ts';

/**
 * Validates a parsed plan: one file per section, each section's schema, then the checks across
 * sections (ids, references, funnel and sources, dates, cycles, locale and currency, the plan's links).
 * Every problem becomes a message on its file; the facts are returned only when no file has an error.
 */
export function validatePlan(sections: readonly ParsedSection[]): PlanFacts | undefined {
  const files = assignSections(sections);
  const ctx = new CheckContext(validateSections(files), files);
  checkDuplicateIds(ctx);
  checkReferences(ctx);
  checkGoals(ctx);
  checkDates(ctx);
  checkCycles(ctx);
  checkLocaleAndCurrency(ctx);
  checkPlanLinks(ctx);

  const complete = SECTION_KEYS.every((key) => ctx.facts[key] !== undefined);
  if (!complete || hasErrors(sections.map((s) => s.file))) return undefined;
  return ctx.facts as PlanFacts;
}
