/**
 * Ctrl-C (SIGINT), a CI's SIGTERM or a closed terminal (SIGHUP) must not leave a browser running, a browser profile
 * or a staging folder in the file system, nor half an output folder.
 *
 * The rule that makes this hold whatever the timing: a resource registers its clean-up here *before* it is created
 * (onInterrupt), and after an interrupt nothing new may be created (onInterrupt throws). The CLI installs the signal
 * handlers (handleInterrupts), which run every registered clean-up and exit only once all of them settled. A second
 * signal does not wait: it runs every clean-up's synchronous form (kill, rmSync) and exits at once. The same
 * synchronous forms run if the process exits any other way while a resource is still registered.
 */
export const INTERRUPTED_EXIT_CODE = 130;

export type InterruptSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
const SIGNALS: readonly InterruptSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

interface Guard {
  /** The normal clean-up; may take a moment (a browser's exit, a folder removed). */
  cleanUp: () => Promise<void>;
  /** The same, synchronously and at once: for a second signal or an exit that cannot wait. */
  cleanUpNow: () => void;
  started: boolean;
}

const guards = new Set<Guard>();
const running = new Set<Promise<void>>();
let interruptedBy: InterruptSignal | undefined;
let exitHookInstalled = false;

/** Thrown by onInterrupt once the process is being interrupted: nothing new is started then. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor() {
    super('interrupted');
  }
}

/** True once SIGINT, SIGTERM or SIGHUP arrived: errors the interrupted work throws afterwards are expected. */
export function isInterrupted(): boolean {
  return interruptedBy !== undefined;
}

/**
 * Registers the clean-up of a resource about to be created; call it before creating the resource, and call the
 * returned release once the resource was cleaned up normally. Throws InterruptedError after an interrupt.
 */
export function onInterrupt(cleanUp: () => Promise<void>, cleanUpNow: () => void): () => void {
  if (interruptedBy) throw new InterruptedError();
  const guard: Guard = { cleanUp, cleanUpNow, started: false };
  guards.add(guard);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Whatever ends the process (an exit elsewhere, a crash), what is still registered goes synchronously.
    process.on('exit', runSyncCleanups);
  }
  return () => {
    // A clean-up the interrupt already started stays registered until it settles: a second signal still needs it.
    if (!guard.started) guards.delete(guard);
  };
}

function start(guard: Guard): void {
  if (guard.started) return;
  guard.started = true;
  const done: Promise<void> = guard
    .cleanUp()
    .catch(() => {}) // the process is going away: a clean-up that failed cannot be helped now
    .finally(() => {
      guards.delete(guard);
      running.delete(done);
    });
  running.add(done);
}

/** Runs every registered clean-up once and waits until all of them settled. */
async function runInterruptCleanups(): Promise<void> {
  for (const guard of guards) start(guard);
  while (running.size > 0) await Promise.allSettled([...running]);
}

/** Runs every still registered clean-up's synchronous form, at once. */
function runSyncCleanups(): void {
  for (const guard of guards) {
    try {
      guard.cleanUpNow();
    } catch {
      // Exiting anyway; the next resource still gets its turn.
    }
  }
  guards.clear();
}

export interface InterruptHandling {
  /** Writes a line for the user (stderr). */
  log: (line: string) => void;
  /** What the first signal prints; default: the build's "cleaning up, the output folder is left as it was". */
  announce?: (signal: InterruptSignal) => string;
  /** Run after the registered clean-ups started, awaited like them (dev: stop the server). */
  stop?: () => Promise<void>;
  /** Default 130, the shell's code for an interrupted command. */
  exitCode?: number;
  exit?: (code: number) => void;
}

const WORDS: Record<InterruptSignal, string> = { SIGINT: 'interrupted', SIGTERM: 'terminated', SIGHUP: 'hung up' };

/**
 * Installs handlers for SIGINT, SIGTERM and SIGHUP. The first signal runs every clean-up and exits once they
 * settled; a second one, while they run, runs their synchronous forms and exits at once. Returns a function that
 * removes the handlers, unless a signal already arrived (then they stay, for the second one).
 */
export function handleInterrupts(options: InterruptHandling): () => void {
  const { log, exitCode = INTERRUPTED_EXIT_CODE, exit = (code: number) => process.exit(code) } = options;
  const announce = options.announce ?? ((signal) => `salesplan: ${WORDS[signal]}; cleaning up, the output folder is left as it was.`);
  const say = (line: string) => {
    try {
      log(line);
    } catch {
      // A terminal that hung up cannot show it; the clean-up matters more.
    }
  };
  const handler = (signal: InterruptSignal) => {
    if (interruptedBy) {
      say(`salesplan: ${WORDS[signal]} again; stopping at once (the staging folder and the browser are removed).`);
      runSyncCleanups();
      exit(exitCode);
      return;
    }
    interruptedBy = signal;
    // After SIGHUP the terminal is gone: a write to it fails asynchronously, which must not crash the clean-up.
    process.stdout.on('error', () => {});
    process.stderr.on('error', () => {});
    say(announce(signal));
    const cleaning = runInterruptCleanups();
    const stopping = options.stop ? options.stop().catch(() => {}) : Promise.resolve();
    void Promise.all([cleaning, stopping]).finally(() => exit(exitCode));
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return () => {
    if (interruptedBy) return;
    for (const signal of SIGNALS) process.off(signal, handler);
  };
}
