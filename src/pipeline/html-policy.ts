import type { HtmlPolicy } from '../render/index.ts';
import type { PlanFacts } from '../validate/index.ts';

/**
 * The sanitising policy, decided once the plan validated: trusted when the validated plan section says
 * `trusted_html: true` or the build was run with --trusted-html, else sanitized. Never from unvalidated data:
 * `trusted_html: "yes"` is a validation error, not an opt-in.
 */
export function htmlPolicy(facts: PlanFacts | undefined, trustedFlag: boolean | undefined): HtmlPolicy {
  return trustedFlag === true || facts?.plan.trusted_html === true ? 'trusted' : 'sanitized';
}
