import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text, items joined with spaces, line ends kept. */
  pages: string[];
  /** Bookmark titles, depth first, in document order. */
  outline: string[];
  /** The document information dictionary (Title, Author, Subject, Producer, Creator, dates...). */
  info: Record<string, unknown>;
  /** The document's language (/Lang in the catalog), if set. */
  language: string | undefined;
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

interface Item {
  str: string;
  hasEOL: boolean;
  width: number;
  transform: number[];
}

/**
 * The items' text, a space between two items unless the second starts where the first ends on its line: a glyph the
 * printer wraps in its own run (e.g. a closing quote drawn with a shared glyph) is part of its word.
 */
function joinItems(items: readonly object[]): string {
  let text = '';
  let end: { x: number; y: number } | undefined;
  for (const item of items) {
    if (!('str' in item)) continue;
    const { str, hasEOL, width, transform } = item as Item;
    const [x, y] = [transform[4]!, transform[5]!];
    // A lone space item between two words: the space the join puts there already.
    if (str.trim() === '' && !hasEOL && text.endsWith(' ')) continue;
    // Closer than a tenth of the font size (a space is a quarter): the same word, kerned.
    const size = Math.hypot(transform[0]!, transform[1]!);
    const gap = end ? x - end.x : Number.POSITIVE_INFINITY;
    if (end && text.endsWith(' ') && Math.abs(y - end.y) < 0.5 && gap > -size * 0.3 && gap < size * 0.1) text = text.slice(0, -1);
    text += str + (hasEOL ? '\n' : ' ');
    end = str === '' ? end : { x: x + width, y };
  }
  return text;
}

/** What a reader would get out of a PDF: the text per page, the bookmarks and the metadata. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items));
    }
    const flatten = (nodes: OutlineNode[] | null): string[] => (nodes ?? []).flatMap((node) => [node.title, ...flatten(node.items)]);
    const outline = flatten((await doc.getOutline()) as OutlineNode[] | null);
    const metadata = await doc.getMetadata();
    return { pages, outline, info: metadata.info as Record<string, unknown>, language: (metadata.info as { Language?: string }).Language };
  } finally {
    await doc.destroy();
  }
}
