import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { darwinCandidates } from './finders/darwin.ts';
import { linuxCandidates } from './finders/linux.ts';
import { win32Candidates } from './finders/win32.ts';

/** No browser to render diagrams and print PDFs with; the CLI exits with `exitCode`. */
export class BrowserNotFoundError extends Error {
  readonly exitCode = 2;
  constructor() {
    super(
      'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get update && apt-get install -y chromium) ' +
        'or set CHROME_PATH to its executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The browser to use, in order of preference: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, the platform's
 * usual install locations, then the names on PATH. An explicit variable that points at nothing is
 * skipped rather than trusted, so a stale setting falls back to an installed browser.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const explicit = [env.CHROME_PATH, env.PUPPETEER_EXECUTABLE_PATH].filter((p): p is string => !!p);
  // SALESPLAN_BROWSER_SEARCH=none: only the variables count, so a test (or a locked-down CI) can run as if no
  // browser were installed on a machine that has one.
  const search = env.SALESPLAN_BROWSER_SEARCH === 'none' ? [] : [...platformCandidates(env, platform), ...onPath(env, platform)];
  return [...explicit, ...search].find((candidate) =>
    isExecutable(candidate, platform),
  );
}

/** Like findBrowser, but throws the actionable error when there is none. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const found = findBrowser(env, platform);
  if (!found) throw new BrowserNotFoundError();
  return found;
}

function platformCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') return darwinCandidates(env);
  if (platform === 'win32') return win32Candidates(env);
  return linuxCandidates();
}

function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const win = platform === 'win32';
  const dirs = (env.PATH ?? env.Path ?? '').split(win ? ';' : ':').filter(Boolean);
  const names = win ? ['chrome.exe', 'msedge.exe'] : PATH_NAMES;
  const join = win ? path.win32.join : path.posix.join;
  return names.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    // Windows has no execute bit: existing is enough there.
    if (platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
