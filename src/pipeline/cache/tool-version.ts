import { readFileSync } from 'node:fs';
import { codeFingerprint } from '../../core/code-fingerprint.ts';

/**
 * What every cache key includes: the package version, a format number (bumped when an entry's layout changes)
 * and the digest of the code itself, so no build reuses what other code wrote (core/code-fingerprint.ts).
 */
const CACHE_FORMAT = 2;

let version: string | undefined;

export function toolVersion(): string {
  if (version === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    version = `${pkg.version ?? '0'}+cache${CACHE_FORMAT}+${codeFingerprint()}`;
  }
  return version;
}
