import type { BrowserSession } from './launch.ts';
import { FAKE_ORIGIN, combineRoutes } from './offline.ts';
import type { Routes } from './offline.ts';
import { withPage } from './page.ts';
import { retryOnce } from './retry.ts';
import type { PdfMetadata } from './pdf-metadata.ts';
import { DEFAULT_PAPER, toPoints, type Paper } from '../core/paper.ts';

export interface PrintOptions extends PdfMetadata {
  /** Shown at the top of every page. */
  headerTitle: string;
  /**
   * Instead of headerTitle alone, stamp "headerTitle · section" on each page after printing: `sections` are the
   * top-level bookmark titles that start a section, `skipPages` the pages at the start that get no header.
   */
  runningHeader?: { sections: string[]; skipPages?: number };
  /** Size and margins; default DEFAULT_PAPER (the document's own `@page` rule should say the same: pageRule). */
  paper?: Paper;
  /** The footer, with `{page}` and `{total}` for the numbers; default "{page} / {total}". */
  pageLabel?: string;
  /** Serves the document's relative assets (images, fonts, CSS) from the fake origin. */
  routes?: Routes;
  /** Told about every request that was refused (external URLs, unknown assets), so the caller can warn. */
  onBlocked?: (urls: string[]) => void;
}

const PAGE_URL = `${FAKE_ORIGIN}print.html`;
/** Header and footer text: 8 pt (the templates' default is too small to see), inside the side margins. */
const small = (paper: Paper) =>
  `font-size: 8pt; font-family: sans-serif; color: #555; width: 100%; margin: 0 ${paper.margin.right} 0 ${paper.margin.left};`;

/**
 * Print an HTML document to a PDF on the given paper (A4 by default) with a header (the plan title), page numbers "n / total", bookmarks from
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
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({
        format: paper.size,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="${small(paper)}">${opts.runningHeader ? '' : escapeHtml(opts.headerTitle)}</div>`,
        footerTemplate: `<div style="${small(paper)} text-align: center;">${pageNumbers(opts.pageLabel)}</div>`,
        margin: { ...paper.margin },
        outline: true,
        tagged: true,
      });
      if (offline.blocked.length) opts.onBlocked?.([...offline.blocked]);
      return pdf;
    },
    combineRoutes(self, opts.routes),
  ));
  // pdf-lib (about half a second to load) comes in with the first PDF, not with every command.
  const { finishPdf } = await import('./pdf-finish.ts');
  const header = opts.runningHeader && { planTitle: opts.headerTitle, left: toPoints(paper.margin.left), ...opts.runningHeader };
  return finishPdf(printed, opts, header);
}

/** The footer's text with Chromium's page number placeholders. */
function pageNumbers(label = '{page} / {total}'): string {
  return escapeHtml(label)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
