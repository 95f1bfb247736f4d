import { readFileSync } from 'node:fs';

/**
 * What every cache key includes: the package version and a format number, bumped when a cached stage's
 * output changes without a release (so a development build never reuses stale entries).
 */
const CACHE_FORMAT = 2;

let version: string | undefined;

export function toolVersion(): string {
  if (version === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    version = `${pkg.version ?? '0'}+cache${CACHE_FORMAT}`;
  }
  return version;
}
