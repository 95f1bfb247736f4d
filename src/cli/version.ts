import { readFileSync } from 'node:fs';

/**
 * salesplan's version, from its package.json. This file is src/cli/version.ts in a clone and dist/cli/version.js
 * in the package: package.json is two folders up from both.
 */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
