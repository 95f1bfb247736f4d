import { existsSync } from 'node:fs';
import { mkdtemp, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { requireBrowser } from './find-browser.ts';

export interface LaunchOptions {
  /** The browser binary; found with findBrowser when absent. */
  executablePath?: string | undefined;
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
    // puppeteer-core takes most of a second to load: only a build that needs the browser pays for it.
    const { default: puppeteer } = await import('puppeteer-core');
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
  const child = browser.process();
  try {
    // A hung or half-dead browser may never answer close(): after a few seconds it is killed instead.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 5000)));
    const closed = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), gaveUp]);
    clearTimeout(timer);
    if (closed !== 'closed' && child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  } finally {
    if (dir) await removeProfile(dir);
  }
}

async function removeProfile(dir: string): Promise<void> {
  // Chromium keeps its singleton socket in a folder of its own next to the profile (SingletonSocket links to it)
  // and removes it only on a clean exit: after a crash or a kill it would stay in the temp folder.
  const socket = await readlink(path.join(dir, 'SingletonSocket')).catch(() => undefined);
  const socketDir = socket ? path.dirname(socket) : undefined;
  // Chromium's helper processes may outlive the main one by a moment and create the folder again (seen when a
  // browser is closed right after its launch, as Ctrl-C does): remove it, then look again a little later, and
  // keep looking for a while longer once it has come back.
  let cameBack = false;
  for (let attempt = 0; attempt < (cameBack ? 8 : 3); attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    if (attempt > 0 && existsSync(dir)) cameBack = true;
    if (attempt === 0 || existsSync(dir)) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
  if (socketDir && path.basename(socketDir).startsWith('org.chromium.')) {
    await rm(socketDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
}

/**
 * One browser per build, launched on first use only: a build whose diagrams and PDFs all come from the
 * cache never starts Chromium. Concurrent get() calls share one launch.
 */
export class BrowserSession implements AsyncDisposable {
  #launching: Promise<Browser> | undefined;
  #browser: Browser | undefined;
  /** Crashed browsers being cleaned up; close() waits for them so no profile folder outlives the session. */
  #retiring: Promise<void>[] = [];
  #launched = false;
  #closed = false;
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

  /**
   * The session's browser. One that crashed (disconnected) is cleaned up and replaced, and a launch that failed
   * is tried again on the next call: that is what lets the diagram and PDF stages retry once.
   */
  get(): Promise<Browser> {
    // After close (a finished build, or Ctrl-C while a stage was still running) nothing may start a new browser.
    if (this.#closed) return Promise.reject(new Error('the browser session is closed'));
    const current = this.#browser;
    if (current && !current.connected) {
      this.#browser = undefined;
      this.#launching = undefined;
      this.#retiring.push(closeBrowser(current).catch(() => {}));
    }
    if (!this.#launching) {
      const start = performance.now();
      this.#launched = true;
      const launching = launchBrowser(this.options).then(
        (browser) => {
          this.#launchMs = performance.now() - start;
          this.#browser = browser;
          return browser;
        },
        (error: unknown) => {
          if (this.#launching === launching) this.#launching = undefined;
          throw error;
        },
      );
      this.#launching = launching;
    }
    return this.#launching;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const launching = this.#launching;
    this.#launching = undefined;
    this.#browser = undefined;
    await Promise.all(this.#retiring.splice(0));
    if (!launching) return;
    const browser = await launching.catch(() => undefined);
    if (browser) await closeBrowser(browser);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
