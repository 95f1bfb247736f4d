import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FAKE_ORIGIN } from '../browser/index.ts';
import type { Routes } from '../browser/index.ts';

/** Where mermaid's files are served from inside the page. */
export const MERMAID_BASE = `${FAKE_ORIGIN}mermaid/`;

/** `esm`: the small ESM entry that imports per-diagram chunks lazily; `bundle`: the single IIFE file. */
export type MermaidLoader = 'esm' | 'bundle';

export const LOADER_ENTRY: Record<MermaidLoader, string> = {
  esm: 'mermaid.esm.min.mjs',
  bundle: 'mermaid.min.js',
};

const require = createRequire(import.meta.url);
// Resolved through the package, so hoisting and workspaces do not matter.
const packageJson = require.resolve('mermaid/package.json');
const distDir = path.join(path.dirname(packageJson), 'dist');

export const mermaidVersion: string = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

/** Files are immutable for the life of the process; a build reads each at most once. */
const files = new Map<string, Buffer>();

/** Serve mermaid's dist folder (only its .js/.mjs files) under MERMAID_BASE. */
export const mermaidRoutes: Routes = (url) => {
  if (!url.startsWith(MERMAID_BASE)) return undefined;
  const relative = decodeURIComponent(url.slice(MERMAID_BASE.length).split('?')[0] ?? '');
  const file = path.resolve(distDir, relative);
  if (!file.startsWith(distDir + path.sep) || !/\.m?js$/.test(file)) return undefined;
  let body = files.get(file);
  if (!body) {
    try {
      body = readFileSync(file);
    } catch {
      return undefined;
    }
    files.set(file, body);
  }
  return { body, contentType: 'text/javascript; charset=utf-8' };
};
