import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';

/** Bookmarks below this depth go (1 = a chapter's h1, 3 = an h3): the cards' repeated sub-headings (h4) would flood. */
const MAX_DEPTH = 3;

/** Every heading's text in document order, as a reader reads it (tags dropped, entities decoded, one space). */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h[1-6](?:\s[^>]*)?>([\s\S]*?)<\/h[1-6]>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_x, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_x, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const squash = (text: string) => text.replace(/\s+/g, '');
const titleOf = (item: PDFDict) => {
  const value = item.lookup(PDFName.of('Title'));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
};

function children(item: PDFDict): PDFDict[] {
  const found: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  let child = item.lookup(PDFName.of('First'));
  while (child instanceof PDFDict && !seen.has(child)) {
    seen.add(child);
    found.push(child);
    child = child.lookup(PDFName.of('Next'));
  }
  return found;
}

/**
 * Chromium titles each bookmark with the heading's text as laid out, so a heading that wraps loses the space at
 * its line break ("Activity goals and theheadcount"). Each title is replaced by the heading it stands for (the
 * next heading in document order with the same letters), and bookmarks below MAX_DEPTH are dropped.
 */
export async function fixOutline(bytes: Uint8Array, headings: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  if (!(root instanceof PDFDict)) return bytes;
  let next = 0;
  const visit = (item: PDFDict, depth: number): number => {
    if (depth > 0) {
      const title = titleOf(item);
      const at = title === undefined ? -1 : headings.findIndex((h, i) => i >= next && squash(h) === squash(title));
      if (at >= 0) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]!));
        next = at + 1;
      }
    }
    const kids = children(item);
    if (depth >= MAX_DEPTH && kids.length > 0) {
      for (const key of ['First', 'Last', 'Count']) item.delete(PDFName.of(key));
      return 0;
    }
    // The count of an open item is every visible descendant; a closed one's is minus its children.
    let visible = 0;
    for (const kid of kids) visible += 1 + visit(kid, depth + 1);
    const count = item.lookup(PDFName.of('Count'));
    const open = !(count instanceof PDFNumber) || count.asNumber() >= 0;
    if (kids.length > 0) item.set(PDFName.of('Count'), PDFNumber.of(open ? visible : -kids.length));
    return open ? visible : 0;
  };
  visit(root, 0);
  return doc.save({ updateFieldAppearances: false });
}
