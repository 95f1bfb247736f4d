import type { HTTPRequest, Page } from 'puppeteer-core';

/** The origin pages are loaded from. `.invalid` never resolves (RFC 2606), so nothing can leak to a real host. */
export const FAKE_ORIGIN = 'http://salesplan.invalid/';

export interface RouteResponse {
  body: string | Uint8Array;
  contentType: string;
}

/** Serves the build's own resources, by absolute URL on FAKE_ORIGIN; undefined for "not mine". */
export type Routes = (url: string) => RouteResponse | undefined;

/** What the page tried to fetch and did not get, so the caller can warn about it. */
export interface OfflineLog {
  blocked: string[];
}

/**
 * Keep a page offline: FAKE_ORIGIN URLs are answered from `routes` (404 when unknown), data: and blob:
 * URLs load as usual, everything else is aborted and recorded. Must run before the first navigation.
 */
export async function goOffline(page: Page, routes: Routes = () => undefined): Promise<OfflineLog> {
  const log: OfflineLog = { blocked: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A handler that throws would leave the request hanging; answer every request exactly once.
    handle(request, routes, log).catch(() => {});
  });
  return log;
}

async function handle(request: HTTPRequest, routes: Routes, log: OfflineLog): Promise<void> {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  if (url.startsWith('data:') || url.startsWith('blob:')) return request.continue();
  if (url.startsWith(FAKE_ORIGIN)) {
    const found = routes(url.split('#')[0] ?? url);
    if (found) return request.respond({ status: 200, contentType: found.contentType, body: found.body });
    // Chromium asks for a favicon by itself; nobody wrote that request, so it is not worth a warning.
    if (url !== `${FAKE_ORIGIN}favicon.ico`) log.blocked.push(url);
    return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
  }
  log.blocked.push(url);
  return request.abort('blockedbyclient');
}

/** Routes tried in order; the first that answers wins. */
export function combineRoutes(...routes: (Routes | undefined)[]): Routes {
  return (url) => {
    for (const route of routes) {
      const found = route?.(url);
      if (found) return found;
    }
    return undefined;
  };
}
