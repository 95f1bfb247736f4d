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

/** `--as-of`: a calendar date that exists, written YYYY-MM-DD. */
export function asOfFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
  if (!ok) throw new UsageError(`--as-of must be a date written YYYY-MM-DD such as 2026-11-15, not ${JSON.stringify(value)}`);
  return value;
}

/** `--actuals`: a folder of CRM exports that exists. */
export async function actualsFlag(value: string | undefined, cwd: string): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const { stat } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const stats = await stat(resolve(cwd, value)).catch(() => undefined);
  if (!stats?.isDirectory()) throw new UsageError(`--actuals ${value} ${stats ? 'is not a folder' : 'was not found'}: give the folder that holds the CRM exports`);
  return value;
}
