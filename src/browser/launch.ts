import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { requireBrowser } from './find-browser.ts';

export interface LaunchOptions {
  /** The browser binary; found with findBrowser when absent. */
  executablePath?: string;
  /** Defaults to process.env; SALESPLAN_NO_SANDBOX=1 turns the sandbox off. */
  env?: NodeJS.ProcessEnv;
}

/** Quiet, deterministic, offline: no GPU, no first-run UI, no background fetches, hinting off so text measures the same everywhere. */
const ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--font-render-hinting=none',
];

/** Profile folders of the browsers launchBrowser started, removed by closeBrowser. */
const profiles = new WeakMap<Browser, string>();

/** Chromium refuses to start sandboxed as root (containers, CI); elsewhere the sandbox stays on. */
export function needsNoSandbox(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.getuid?.() === 0 || env.SALESPLAN_NO_SANDBOX === '1';
}

/** Headless Chromium with a throwaway profile; close it with closeBrowser so the profile goes too. */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  const env = opts.env ?? process.env;
  const executablePath = opts.executablePath ?? requireBrowser(env);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'salesplan-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      pipe: true,
      args: [...ARGS, ...(needsNoSandbox(env) ? ['--no-sandbox'] : [])],
      // The CLI owns signals: it closes the session in its own finally.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    profiles.set(browser, userDataDir);
    // Also when the browser dies on its own or someone calls browser.close() directly.
    browser.process()?.once('exit', () => void removeProfile(userDataDir));
    return browser;
  } catch (error) {
    await removeProfile(userDataDir);
    throw error;
  }
}

/** Close the browser (waits for its process to exit) and remove its profile folder. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const dir = profiles.get(browser);
  try {
    await browser.close();
  } finally {
    if (dir) await removeProfile(dir);
  }
}

function removeProfile(dir: string): Promise<void> {
  // Chromium's helpers may still be letting go of files for a moment after exit.
  return rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

/**
 * One browser per build, launched on first use only: a build whose diagrams and PDFs all come from the
 * cache never starts Chromium. Concurrent get() calls share one launch.
 */
export class BrowserSession implements AsyncDisposable {
  #launching: Promise<Browser> | undefined;
  #launched = false;
  #launchMs = 0;

  constructor(private readonly options: LaunchOptions = {}) {}

  /** Whether get() ever started a browser (stays true after close, for build reports). */
  get launched(): boolean {
    return this.#launched;
  }

  /** How long the launch took, 0 before it happened. */
  get launchMs(): number {
    return this.#launchMs;
  }

  get(): Promise<Browser> {
    if (!this.#launching) {
      const start = performance.now();
      this.#launched = true;
      this.#launching = launchBrowser(this.options).then((browser) => {
        this.#launchMs = performance.now() - start;
        return browser;
      });
    }
    return this.#launching;
  }

  async close(): Promise<void> {
    const launching = this.#launching;
    this.#launching = undefined;
    if (!launching) return;
    const browser = await launching.catch(() => undefined);
    if (browser) await closeBrowser(browser);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
