import type { Page } from 'puppeteer-core';
import type { BrowserSession } from './launch.ts';
import { goOffline } from './offline.ts';
import type { OfflineLog, Routes } from './offline.ts';
import { withDeadline } from './retry.ts';

/**
 * Open an offline page (see goOffline), run fn with it, and close the page whatever happens.
 * The page's requests that were refused are in `offline.blocked` for the caller to report.
 */
export async function withPage<T>(
  session: BrowserSession,
  fn: (page: Page, offline: OfflineLog) => Promise<T>,
  routes?: Routes,
): Promise<T> {
  const browser = await session.get();
  const page = await browser.newPage();
  try {
    const offline = await goOffline(page, routes);
    return await fn(page, offline);
  } finally {
    // Bounded: on a dead browser puppeteer's close waits for a "target destroyed" event that never comes.
    await withDeadline(page.close(), 5_000, 'closing a page').catch(() => {});
  }
}
