export { createStaging, type Staging } from './staging.ts';
export { unsafeOutputReason } from './guard-paths.ts';
export { writeFileAtomic } from './atomic-file.ts';
