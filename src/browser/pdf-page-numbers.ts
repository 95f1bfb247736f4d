import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer-core';

/**
 * The page (1-based) each named destination of a printed PDF opens: Chromium makes one for every element a link
 * of the document points at (`/Dests` in the catalog, name → [page /XYZ x y z]).
 */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pages = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const found = new Map<string, number>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return found;
  for (const [name, value] of dests.entries()) {
    const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const target = array instanceof PDFDict ? array.lookup(PDFName.of('D')) : array;
    const page = target instanceof PDFArray ? target.get(0) : undefined;
    const number = page instanceof PDFRef ? pages.get(page.toString()) : undefined;
    if (number !== undefined) found.set(name.decodeText(), number);
  }
  return found;
}

/** Runs in the page (a string: see page-margins.ts). Fills each slot, returns whether any changed. */
const FILL_SCRIPT = `([selector, pages]) => {
  let changed = false;
  for (const slot of document.querySelectorAll(selector)) {
    const href = slot.closest('a[href^="#"]')?.getAttribute('href');
    const page = href ? pages[decodeURIComponent(href.slice(1))] : undefined;
    const text = page === undefined ? '' : String(page);
    if (slot.textContent !== text) changed = true;
    slot.textContent = text;
  }
  return changed;
}`;

/** Write into each slot (matching `selector`, inside a link to `#id`) the page its link's target is on. */
export async function fillPageNumbers(page: Page, selector: string, pages: ReadonlyMap<string, number>): Promise<boolean> {
  const args = JSON.stringify([selector, Object.fromEntries(pages)]);
  return (await page.evaluate(`(${FILL_SCRIPT})(${args})`)) as boolean;
}
