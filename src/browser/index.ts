export { BrowserFailedError, failureText, isBrowserFailure, withDeadline } from './retry.ts';
export { BrowserNotFoundError } from './find-browser.ts';
export { BrowserSession } from './launch.ts';
export { FAKE_ORIGIN, combineRoutes, goOffline, type Routes } from './offline.ts';
export { PdfCache, pdfCacheKey } from './pdf-cache.ts';
export { printPdf, type PrintOptions } from './pdf.ts';
