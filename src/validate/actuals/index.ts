export { resolveActuals } from './resolve-actuals.ts';
export type { ActualActivity, ActualDeal, Actuals, ActualSource } from './types.ts';
