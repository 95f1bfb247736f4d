import type { BrowserSession } from './launch.ts';
import { FAKE_ORIGIN, combineRoutes } from './offline.ts';
import type { Routes } from './offline.ts';
import { withPage } from './page.ts';
import { retryOnce } from './retry.ts';
import type { PdfMetadata } from './pdf-metadata.ts';
import type { PDFDocument } from 'pdf-lib';
import { DEFAULT_PAPER, type Paper } from '../core/paper.ts';
import { fitHeaderLines, headerLines, pageMarginCss } from './page-margins.ts';

export interface PrintOptions extends PdfMetadata {
  /** Shown at the top of every page. */
  headerTitle: string;
  /**
   * "headerTitle · section" on the pages of each section (the element with that id); the pages of the `bare`
   * elements (a CSS selector: the cover) get no header and no footer.
   */
  runningHeader?: { sections: { id: string; title: string }[]; bare?: string };
  /** Size and margins; default DEFAULT_PAPER (the document's own `@page` rule should say the same: pageRule). */
  paper?: Paper;
  /** The footer, with `{page}` and `{total}` for the numbers; default "{page} / {total}". */
  pageLabel?: string;
  /**
   * Slots (a CSS selector; each inside a link to `#id`) to fill with the page their link's target is on: the
   * contents' page numbers. The document is printed, the numbers read from the PDF, written in, and printed
   * again; the slots keep their width, so the second print has the same pages (checked: a third print if not).
   */
  pageNumbers?: string;
  /** Serves the document's relative assets (images, fonts, CSS) from the fake origin. */
  routes?: Routes;
  /** Told about every request that was refused (external URLs, unknown assets), so the caller can warn. */
  onBlocked?: (urls: string[]) => void;
}

const PAGE_URL = `${FAKE_ORIGIN}print.html`;

/**
 * Print an HTML document to a PDF on the given paper (A4 by default) with a header (the plan title, and the section's),
 * page numbers "n / total", bookmarks from
 * its headings and a tagged structure, then set its document information. Offline: the page is loaded from
 * the fake origin and only `routes` can answer its requests.
 */
export async function printPdf(session: BrowserSession, html: string, opts: PrintOptions): Promise<Uint8Array> {
  const paper = opts.paper ?? DEFAULT_PAPER;
  const self: Routes = (url) => (url === PAGE_URL ? { body: html, contentType: 'text/html; charset=utf-8' } : undefined);
  // A crashed or hung browser: one more try (session.get() relaunches a dead one), then an error naming the PDF.
  const printed = await retryOnce(`printing the PDF "${opts.title}"`, () => withPage(
    session,
    async (page, offline) => {
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      const margins = { headerTitle: opts.headerTitle, pageLabel: opts.pageLabel, ...opts.runningHeader };
      const lines = await fitHeaderLines(page, headerLines(margins), paper);
      await page.addStyleTag({ content: pageMarginCss(margins, lines) });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const print = () =>
        page.pdf({
          format: paper.size,
          printBackground: true,
          // The header and footer are the document's page-margin boxes (page-margins.ts), sized by its @page rule.
          displayHeaderFooter: false,
          preferCSSPageSize: true,
          margin: { ...paper.margin },
          outline: true,
          tagged: true,
        });
      let pdf = await print();
      // The last print as parsed to read its pages: when no number moved, the finish step works on it as it is.
      let parsed: PDFDocument | undefined;
      for (let pass = 0; opts.pageNumbers && pass < 2; pass++) {
        const { destinationPages, fillPageNumbers } = await import('./pdf-page-numbers.ts');
        const { loadPrinted } = await import('./pdf-finish.ts');
        const doc = await loadPrinted(pdf);
        if (!(await fillPageNumbers(page, opts.pageNumbers, destinationPages(doc)))) {
          parsed = doc;
          break;
        }
        pdf = await print();
      }
      if (offline.blocked.length) opts.onBlocked?.([...offline.blocked]);
      return parsed ?? pdf;
    },
    combineRoutes(self, opts.routes),
  ));
  // pdf-lib (about half a second to load) comes in with the first PDF, not with every command.
  const { finishPdf } = await import('./pdf-finish.ts');
  return finishPdf(printed, opts);
}
