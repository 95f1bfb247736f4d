export { createStaging, type Staging, type StagingOptions } from './staging.ts';
export { checkOutputFolder, prepareCacheFolder, type CacheCheck, type OutputCheck } from './guard-paths.ts';
export { makeFolders } from './make-folders.ts';
export { CACHE_TAG, OUTPUT_MARKER } from './owned-folders.ts';
export { displayPath, realLocation, isWithin, type Location } from './real-location.ts';
export { writeFileAtomic } from './atomic-file.ts';
