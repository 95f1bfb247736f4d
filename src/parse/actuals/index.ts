export { readActuals, MAPPING_FILE } from './read-actuals.ts';
export { dealStatus, parseDate, parseAmount, type ValueFormat } from './values.ts';
export type { ActualsInput, ExportActivity, ExportDeal, ExportTable } from './types.ts';
export type { ActualsMapping, MappedName } from './mapping.ts';
export { mapKey } from './mapping.ts';
