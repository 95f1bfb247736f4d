// The pipeline's browser-free entry: parse, validate and compute, and the parse cache. `check`, `numbers` and the
// language server import this instead of index.ts, whose `build` pulls in the renderer, Handlebars and the
// browser: a command loads only what it runs (the through-index rule in .dependency-cruiser.cjs allows it).
export { loadPlan, type LoadedPlan } from './load-plan.ts';
export { ParseCache } from './cache/parse-cache.ts';
