export { build } from './build.ts';
export type { BuildOptions, BuildResult, ProgressEvent, Timings } from './types.ts';
export { loadPlan, type LoadedPlan } from './load-plan.ts';
export { ParseCache } from './cache/parse-cache.ts';
export { SitePageCache } from './cache/page-cache.ts';
export { OUTPUTS, emitOutputs, outputSettings, planOutputs, type Output, type OutputSettings } from './outputs/index.ts';
export { applyPageTransforms, type PageTransform } from './page-transforms.ts';
export { cacheDamageWarning } from './cache/damage-warning.ts';
