export { compareActuals } from './compare.ts';
export { dashboardTeams } from './dashboards.ts';
export { MIN_DEALS, recalibratedFacts } from './recalibrate.ts';
export type * from './types.ts';
