import type { BrowserSession } from './launch.ts';
import { FAKE_ORIGIN, combineRoutes } from './offline.ts';
import type { Routes } from './offline.ts';
import { withPage } from './page.ts';
import { writePdfMetadata } from './pdf-metadata.ts';
import type { PdfMetadata } from './pdf-metadata.ts';

export interface PrintOptions extends PdfMetadata {
  /** Shown at the top of every page. */
  headerTitle: string;
  /** Serves the document's relative assets (images, fonts, CSS) from the fake origin. */
  routes?: Routes;
  /** Told about every request that was refused (external URLs, unknown assets), so the caller can warn. */
  onBlocked?: (urls: string[]) => void;
}

const PAGE_URL = `${FAKE_ORIGIN}print.html`;
const PAGE_NUMBERS = '<span class="pageNumber"></span> / <span class="totalPages"></span>';
const SMALL = 'font-size: 8pt; font-family: sans-serif; color: #555; width: 100%; margin: 0 16mm;';

/**
 * Print an HTML document to an A4 PDF with a header (the plan title), page numbers "n / total", bookmarks from
 * its headings and a tagged structure, then set its document information. Offline: the page is loaded from
 * the fake origin and only `routes` can answer its requests.
 */
export async function printPdf(session: BrowserSession, html: string, opts: PrintOptions): Promise<Uint8Array> {
  const self: Routes = (url) => (url === PAGE_URL ? { body: html, contentType: 'text/html; charset=utf-8' } : undefined);
  const printed = await withPage(
    session,
    async (page, offline) => {
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        // Header and footer templates default to a font size too small to see: set it explicitly.
        headerTemplate: `<div style="${SMALL}">${escapeHtml(opts.headerTitle)}</div>`,
        footerTemplate: `<div style="${SMALL} text-align: center;">${PAGE_NUMBERS}</div>`,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
      });
      if (offline.blocked.length) opts.onBlocked?.([...offline.blocked]);
      return pdf;
    },
    combineRoutes(self, opts.routes),
  );
  return writePdfMetadata(printed, opts);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
