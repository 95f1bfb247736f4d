import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** A top-level bookmark and the page (0-based) it points at. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** The page a bookmark's /Dest (or GoTo action) points at: Chromium writes explicit [page /XYZ x y z] arrays. */
function targetPage(doc: PDFDocument, item: PDFDict, pages: Map<string, number>): number | undefined {
  let dest = item.lookup(PDFName.of('Dest'));
  if (!dest) {
    const action = item.lookup(PDFName.of('A'));
    if (action instanceof PDFDict) dest = action.lookup(PDFName.of('D'));
  }
  if (dest instanceof PDFArray) {
    const page = dest.get(0);
    if (page instanceof PDFRef) return pages.get(page.toString());
  }
  const name = text(dest) ?? (dest instanceof PDFName ? dest.decodeText() : undefined);
  if (name !== undefined) {
    // A named destination: look it up in the catalog's /Dests (old style) or the /Names tree's flat /Names array.
    const names = doc.catalog.lookup(PDFName.of('Names'));
    const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
    const flat = tree instanceof PDFDict ? tree.lookup(PDFName.of('Names')) : undefined;
    if (flat instanceof PDFArray) {
      for (let i = 0; i + 1 < flat.size(); i += 2) {
        if (text(flat.lookup(i)) !== name) continue;
        const value = flat.lookup(i + 1);
        const array = value instanceof PDFDict ? value.lookup(PDFName.of('D')) : value;
        const page = array instanceof PDFArray ? array.get(0) : undefined;
        if (page instanceof PDFRef) return pages.get(page.toString());
      }
    }
  }
  return undefined;
}

/** The document's top-level bookmarks in order, each with the page it opens; [] when it has no outline. */
export function topLevelOutline(doc: PDFDocument): OutlineEntry[] {
  const pages = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]));
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (!(outlines instanceof PDFDict)) return [];
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  let item = outlines.lookup(PDFName.of('First'));
  while (item instanceof PDFDict && !seen.has(item)) {
    seen.add(item);
    const title = text(item.lookup(PDFName.of('Title')));
    const pageIndex = targetPage(doc, item, pages);
    if (title !== undefined && pageIndex !== undefined) entries.push({ title, pageIndex });
    item = item.lookup(PDFName.of('Next'));
  }
  return entries;
}
