/**
 * A browser that crashed or hung is an environment problem, not a plan error: the work is tried once more with
 * a fresh page (and, when the browser died, a fresh browser), then given up with an error naming what was being
 * drawn or printed. Exit code 2, like a missing browser.
 */
export class BrowserFailedError extends Error {
  readonly exitCode = 2;
  override name = 'BrowserFailedError';
}

/** Errors that mean "the browser or its page went away or stopped answering", as puppeteer reports them. */
export function isBrowserFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (['TimeoutError', 'TargetCloseError', 'ProtocolError'].includes(error.name)) return true;
  return /target closed|session closed|connection closed|browser has disconnected|frame was detached|failed to launch the browser process|browser process exited|page crashed|execution context was destroyed/i.test(
    error.message,
  );
}

/** The first line of a puppeteer error, which is all a user needs. */
export function failureText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/**
 * Runs `attempt`; when it fails because of the browser, calls `reset` (replace the page, relaunch a dead browser)
 * and tries once more. A second browser failure becomes a BrowserFailedError about `what`.
 */
export async function retryOnce<T>(
  what: string,
  attempt: () => Promise<T>,
  reset: () => Promise<void> = async () => {},
  deadlineMs = 90_000,
): Promise<T> {
  try {
    return await withDeadline(attempt(), deadlineMs, what);
  } catch (first) {
    if (!isBrowserFailure(first)) throw first;
    await reset();
    try {
      return await withDeadline(attempt(), deadlineMs, what);
    } catch (second) {
      if (!isBrowserFailure(second)) throw second;
      throw new BrowserFailedError(`the browser failed twice while ${what}: ${failureText(second)}`, { cause: second });
    }
  }
}

/**
 * A browser killed while it starts can leave puppeteer waiting on an event that never comes, with no socket or
 * timer left to keep Node alive: the process then ends with code 13 mid-build. A deadline turns that into a
 * timeout (a browser failure, so it is retried) and its timer keeps the process alive until then.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`the browser did not answer within ${ms / 1000} s while ${what}`);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
  });
  work.catch(() => {}); // abandoned after a deadline; its late rejection is expected
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
