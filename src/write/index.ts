export { createStaging, type Staging } from './staging.ts';
export { unsafeOutputReason } from './guard-paths.ts';
export { writeFileAtomic } from './atomic-file.ts';
export { isInside, readFileInside, readFileInsideSync, RefusedFileError, refusalText, vetFile, vetFileSync } from './confined-read.ts';
export type { RefusedReason, Vetted } from './confined-read.ts';
export { readSealed, writeSealed } from './sealed-file.ts';
export type { CacheDamage, OnCacheDamage } from './sealed-file.ts';
