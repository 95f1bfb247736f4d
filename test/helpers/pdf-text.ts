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

/** What a reader would get out of a PDF: the text per page, the bookmarks and the metadata. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''),
      );
    }
    const flatten = (nodes: OutlineNode[] | null): string[] => (nodes ?? []).flatMap((node) => [node.title, ...flatten(node.items)]);
    const outline = flatten((await doc.getOutline()) as OutlineNode[] | null);
    const metadata = await doc.getMetadata();
    return { pages, outline, info: metadata.info as Record<string, unknown>, language: (metadata.info as { Language?: string }).Language };
  } finally {
    await doc.destroy();
  }
}
