import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * The page (1-based, as the footer counts) of every named destination of a PDF Chromium printed: it writes one
 * in the catalog's /Dests for each element id that a link in the document points at, so the contents' links
 * say where each heading landed.
 */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const found = new Map<string, number>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return found;
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    const page = array instanceof PDFArray ? array.get(0) : undefined;
    const number = page instanceof PDFRef ? pages.get(page.toString()) : undefined;
    if (number !== undefined) found.set(name.decodeText(), number);
  }
  return found;
}

const SLOT = /(<span class="toc-page" data-page-of="([^"]+)">)[^<]*(<\/span>)/g;

/** Whether a document has a contents with page-number slots (render/anchors.ts writes them). */
export const hasPageSlots = (html: string): boolean => html.includes('class="toc-page" data-page-of="');

/** The document with each contents entry's slot holding the page its target is on (empty where unknown). */
export function fillPageSlots(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(SLOT, (_m, open: string, id: string, close: string) => `${open}${pages.get(id) ?? ''}${close}`);
}
