import { UsageError } from './exit-codes.ts';

/**
 * Values of flags that commander takes as plain strings, checked before anything runs, so a bad one is one line
 * and exit 2 rather than a failure deep in the build. (Flags with a fixed set of values use commander's
 * `.choices`; the config file's values are checked by its schema, with the same rules as here.)
 */

/** `--base-url`: what `baseUrl` in salesplan.config.json accepts, an absolute http(s) URL. */
export function baseUrlFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.host) {
    throw new UsageError(`--base-url must be an absolute http(s) URL such as https://plans.example.com/q4/, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** `--port`: 0 (any free port) to 65535. */
export function portFlag(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number from 0 to 65535, not ${JSON.stringify(value)}`);
  return port;
}
