/**
 * Ctrl-C (SIGINT) or a CI's SIGTERM during a build: the browser must not be orphaned, the staging folder and the
 * browser profile must not be left in the file system, and the output folder must stay the last good one (it
 * is only ever replaced by the final rename, which the handler cannot interrupt halfway).
 *
 * A build registers its clean-up while it holds those resources; the CLI installs the handlers, which run every
 * registered clean-up once and then exit with 130 (the shell's code for an interrupted command).
 */
type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
let interrupted = false;

/** True once SIGINT or SIGTERM arrived: errors the interrupted build throws afterwards are expected. */
export function isInterrupted(): boolean {
  return interrupted;
}

/** Registers `cleanup` for an interrupt; call the returned function once the resources are released normally. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs every registered clean-up (each at most once, failures ignored: the process is going away). */
export async function runInterruptCleanups(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  await Promise.all(pending.map((cleanup) => cleanup().catch(() => {})));
}

export const INTERRUPTED_EXIT_CODE = 130;

/**
 * Installs SIGINT and SIGTERM handlers for the CLI. A second signal while cleaning up exits at once.
 * Returns a function that removes them.
 */
export function handleInterrupts(log: (line: string) => void, exit: (code: number) => void = process.exit): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return exit(INTERRUPTED_EXIT_CODE);
    stopping = true;
    interrupted = true;
    log(`salesplan: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; cleaning up, the output folder is left as it was.`);
    void runInterruptCleanups().finally(() => exit(INTERRUPTED_EXIT_CODE));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
