export { validatePlan } from './validate-plan.ts';
export { suggest, didYouMean } from './suggest.ts';
