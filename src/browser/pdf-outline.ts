import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

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

/**
 * Bookmarks to `maxDepth` levels (the section, its headings and theirs): Chromium bookmarks every heading, and
 * the cards' own sub-headings (each role's "Responsibilities", "Skills", "Compensation", each persona's six
 * fields, each dashboard's "Widgets") would repeat down the outline dozens of times. The items below are
 * removed, and every count recomputed, so a reader's bookmarks panel opens as before.
 */
export function pruneOutline(doc: PDFDocument, maxDepth = 3): void {
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) visible(doc, outlines, 0, maxDepth);
}

const FIRST = PDFName.of('First');
const LAST = PDFName.of('Last');
const NEXT = PDFName.of('Next');
const COUNT = PDFName.of('Count');

/** Prunes below `maxDepth` and sets /Count; returns how many items show under `node` when it is open. */
function visible(doc: PDFDocument, node: PDFDict, depth: number, maxDepth: number): number {
  if (depth === maxDepth) {
    dropChildren(doc, node);
    return 0;
  }
  let shown = 0;
  const seen = new Set<PDFDict>();
  for (let child = node.lookup(FIRST); child instanceof PDFDict && !seen.has(child); child = child.lookup(NEXT)) {
    seen.add(child);
    const open = !(child.lookup(COUNT) instanceof PDFNumber && (child.lookup(COUNT) as PDFNumber).asNumber() < 0);
    const below = visible(doc, child, depth + 1, maxDepth);
    if (below === 0) child.delete(COUNT);
    else child.set(COUNT, PDFNumber.of(open ? below : -below));
    shown += 1 + (open ? below : 0);
  }
  // The outline dictionary's own count: the items at the top that show, with the open ones' descendants.
  if (depth === 0) node.set(COUNT, PDFNumber.of(shown));
  return shown;
}

function dropChildren(doc: PDFDocument, node: PDFDict): void {
  const seen = new Set<PDFRef>();
  let ref = node.get(FIRST);
  while (ref instanceof PDFRef && !seen.has(ref)) {
    seen.add(ref);
    const child = doc.context.lookup(ref);
    if (!(child instanceof PDFDict)) break;
    dropChildren(doc, child);
    doc.context.delete(ref);
    ref = child.get(NEXT);
  }
  node.delete(FIRST);
  node.delete(LAST);
  node.delete(COUNT);
}
