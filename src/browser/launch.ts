import type { Browser } from 'puppeteer-core';
import { onInterrupt } from '../core/interrupts.ts';
import { requireBrowser } from './find-browser.ts';
import { groupGone, groupsUsingProfile, isRunning, killGroup } from './process-group.ts';
import { makeProfileDirs, type ProfileDirs, removeProfileDirs, removeProfileDirsSync } from './profile-dir.ts';

export interface LaunchOptions {
  /** The browser binary; found with findBrowser when absent. */
  executablePath?: string | undefined;
  /** Defaults to process.env; SALESPLAN_NO_SANDBOX=1 turns the sandbox off. */
  env?: NodeJS.ProcessEnv;
  /** Called once puppeteer-core is loaded and the launch handed to it (it spawns Chromium before it next waits). */
  onSpawning?: () => void;
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

/**
 * What closeBrowser needs of a browser launchBrowser started: its interrupt guard, and its clean-up, which starts
 * when the browser's process exits (however that came about) and settles once its profile folder is gone.
 */
const launched = new WeakMap<Browser, { release: () => void; cleanedUp: Promise<void> }>();

/** Chromium refuses to start sandboxed as root (containers, CI); elsewhere the sandbox stays on. */
export function needsNoSandbox(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.getuid?.() === 0 || env.SALESPLAN_NO_SANDBOX === '1';
}

/**
 * How long an interrupt waits at most for a killed browser's processes to be gone: a hang guard only. The kernel
 * tears a killed process down in milliseconds, but on a loaded machine that can take seconds, and a profile removed
 * before its browser is gone is made again by it.
 */
const HANG_GUARD_MS = 10_000;

/**
 * Headless Chromium with a throwaway profile; close it with closeBrowser so the profile goes too.
 *
 * An interrupt (see core/interrupts.ts) does not wait for the browser: it kills the browser's whole process group
 * at once, also while it is still starting, so a page.pdf() or a diagram render in flight is abandoned, not
 * awaited; then the profile goes. Registered before the profile folder exists.
 */
export async function launchBrowser(opts: LaunchOptions = {}, cancel?: AbortSignal): Promise<Browser> {
  const env = opts.env ?? process.env;
  const executablePath = opts.executablePath ?? requireBrowser(env);
  // Aborting makes puppeteer kill the process group, also during the launch, before we have the process.
  const abort = new AbortController();
  let browser: Browser | undefined;
  let dirs: ProfileDirs | undefined;
  const kill = () => {
    abort.abort();
    // puppeteer starts the browser as the leader of its own process group: kill the renderers and helpers too.
    const child = browser?.process();
    if (child && isRunning(child)) killGroup(child);
  };
  let launching: Promise<unknown> = Promise.resolve();
  const release = onInterrupt(
    async () => {
      kill();
      // A launch still in flight (slow on a loaded machine) has not handed over its process: find it by its profile.
      // Killed before anything is removed: a browser still running writes into the profile while it is removed.
      const starting = dirs ? groupsUsingProfile(dirs.profile) : [];
      await Promise.all(starting.map((pgid) => groupGone(pgid, HANG_GUARD_MS)));
      // A launch killed halfway may never settle (see withDeadline): bounded, like the wait for the exit.
      await settled(launching, 2000);
      const child = browser?.process();
      if (child && isRunning(child)) await settled(new Promise((resolve) => child.once('exit', resolve)), 2000);
      if (child?.pid !== undefined) await groupGone(child.pid, HANG_GUARD_MS);
      if (dirs) await Promise.all(groupsUsingProfile(dirs.profile).map((pgid) => groupGone(pgid, HANG_GUARD_MS)));
      // Synchronous removal: the process is going away, and one sweep beats a thread-pool round trip per file.
      if (dirs) removeProfileDirsSync(dirs);
    },
    () => {
      kill();
      if (dirs) removeProfileDirsSync(dirs);
    },
  );
  // Synchronous: no interrupt can come between making the folders and their clean-up knowing them.
  dirs = makeProfileDirs();
  const own = dirs;
  // `cancel` (a browser started ahead of need that turned out not to be needed) ends the launch as an interrupt does.
  cancel?.addEventListener('abort', () => abort.abort(), { once: true });
  try {
    if (cancel?.aborted) throw new Error('the launch was cancelled');
    // puppeteer-core takes most of a second to load: only a build that needs the browser pays for it.
    const { default: puppeteer } = await import('puppeteer-core');
    const starting = puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: own.profile,
      // Its own TMPDIR (see profile-dir.ts): what Chromium leaves there when it dies goes with the profile.
      env: own.tmp === undefined ? process.env : { ...process.env, TMPDIR: own.tmp },
      pipe: true,
      args: [...ARGS, ...(needsNoSandbox(env) ? ['--no-sandbox'] : [])],
      signal: abort.signal,
      // The CLI owns signals (core/interrupts.ts): the browser is killed by its interrupt guard.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    launching = starting;
    opts.onSpawning?.();
    browser = await starting;
    // Also when the browser dies on its own or someone calls browser.close() directly.
    const child = browser.process();
    const exited = child && isRunning(child) ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
    const cleanedUp = exited.then(async () => {
      if (child?.pid !== undefined) await groupGone(child.pid);
      await removeProfileDirs(own);
    });
    launched.set(browser, { release, cleanedUp });
    return browser;
  } catch (error) {
    await removeProfileDirs(own);
    release();
    throw error;
  }
}

/** Waits for `work` to settle, at most `ms` (a timer that keeps the process alive meanwhile). */
async function settled(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.then(() => {}, () => {}), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * Close the browser, wait for its process (and its helpers) to exit, then remove its profile folder: no fixed
 * pause anywhere, each step waits for the one thing it needs.
 */
export async function closeBrowser(browser: Browser, how: 'close' | 'kill' = 'close'): Promise<void> {
  const own = launched.get(browser);
  const child = browser.process();
  try {
    if (how === 'kill' && child && isRunning(child)) {
      // Nothing of it is needed (see BrowserSession.start): no polite close, its profile is thrown away anyway.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child);
      await exited;
      return;
    }
    // A hung or half-dead browser may never answer close(): after a few seconds it is killed instead.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 5000)));
    const closed = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), gaveUp]);
    clearTimeout(timer);
    if (closed !== 'closed' && child && isRunning(child)) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child);
      await exited;
    }
  } finally {
    if (own) {
      await own.cleanedUp;
      own.release();
    }
  }
}

/**
 * One browser per build, launched on first use only: a build whose diagrams and PDFs all come from the
 * cache never starts Chromium. Concurrent get() calls share one launch. start() launches ahead of need.
 */
export class BrowserSession implements AsyncDisposable {
  #launching: Promise<Browser> | undefined;
  #browser: Browser | undefined;
  /** Crashed browsers being cleaned up; close() waits for them so no profile folder outlives the session. */
  #retiring: Promise<void>[] = [];
  #launched = false;
  #closed = false;
  #launchMs = 0;
  /** Whether anything asked for the browser with get(), rather than only start() starting it. */
  #wanted = false;
  #cancel = new AbortController();
  #spawning: (() => void) | undefined;

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
    this.#wanted = true;
    return this.#launch();
  }

  /**
   * Starts the launch now, before anything asks for the browser: a build knows it will print before it knows
   * whether its plan is valid, and Chromium starts in its own process while the plan is parsed. If nothing called
   * get() by close(), the launch is cancelled (or the browser killed) instead of awaited and closed politely, so a
   * build that stops at a broken plan reports it at once. Resolves once Chromium is being spawned (or the launch
   * failed: get() reports that), so that the caller's synchronous work that follows runs beside Chromium's start.
   */
  start(): Promise<void> {
    if (this.#closed || this.#launching) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.#spawning = () => setImmediate(resolve);
      this.#launch().catch(() => {}).finally(resolve);
    });
  }

  #launch(): Promise<Browser> {
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
      const onSpawning = () => {
        this.#spawning?.();
        this.#spawning = undefined;
      };
      const launching = launchBrowser({ ...this.options, onSpawning }, this.#cancel.signal).then(
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
    if (!this.#wanted) this.#cancel.abort();
    const browser = await launching.catch(() => undefined);
    if (browser) await closeBrowser(browser, this.#wanted ? 'close' : 'kill');
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
