export { validatePlan } from './validate-plan.ts';
export { suggest, didYouMean } from '../core/suggest.ts';
export { SECTION_KEYS, sectionSchemas, type GoalsSection, type PlanFacts, type PlanSettings, type SectionKey, type TeamSection } from './schema/index.ts';
export { describeIssues } from './zod-messages.ts';
export { friendlyErrors } from './zod-error-map.ts';
export { type ValidPage, validatePages } from './pages.ts';
export { PAGE_SECTION, pageSection } from './schema/page.ts';
export { list } from './ids.ts';
export { ID_DEFINITIONS, ID_REFERENCES, expandPattern, valueAt, type IdKind, type IdReference } from './id-references.ts';
