export { readPlan, readPlanFile, PlanReadError } from './read-plan.ts';
export { parseSection } from './parse-section.ts';
export { hasYamlErrors } from './file-flags.ts';
export { diagramPlaceholder } from './types.ts';
export type { AuthorDiagram, ParsedSection, YamlIndex } from './types.ts';
export { YamlIndexBuilder } from './yaml-index.ts';
export { parseFrontmatterYaml } from './frontmatter-yaml.ts';
export { leavesPlanFolder } from './outside-links.ts';
