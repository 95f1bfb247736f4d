import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or undefined: `/` and folders mean their index.html, there is
 * no directory listing, and nothing outside root is reachable (not by `..`, encoded slashes, NUL bytes,
 * nor a symlink that points out of the site).
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = path.posix.normalize(`/${decoded}`).slice(1);
  if (relative.split('/').includes('..')) return undefined;
  const base = await realpath(root).catch(() => undefined);
  if (!base) return undefined;
  let candidate = path.join(base, relative);
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isDirectory()) candidate = path.join(candidate, 'index.html');
  const real = await realpath(candidate).catch(() => undefined);
  if (!real) return undefined;
  const inside = path.relative(base, real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  const file = await stat(real).catch(() => undefined);
  return file?.isFile() ? real : undefined;
}

export async function readSiteFile(file: string): Promise<Buffer> {
  return readFile(file);
}
