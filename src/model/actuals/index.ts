export { compareActuals } from './compare.ts';
export type * from './types.ts';
